import { Decimal } from '../../../_lib/decimal';
import { CrmRulesError } from '../../../errors';
import type { FxOpenItem } from '../../DocumentInputs';

/** Internal: the open items of one currency, summed by kind. */
export interface NetPosition {
  readonly currency: string;
  readonly receivables: Decimal;
  readonly payables: Decimal;
  readonly hedgesBought: Decimal;
  readonly hedgesSold: Decimal;
  /** receivables + hedges bought − payables − hedges sold */
  readonly net: Decimal;
}

type Sums = { -readonly [K in Exclude<keyof NetPosition, 'currency' | 'net'>]: Decimal };
const FIELD = {
  receivable: 'receivables',
  payable: 'payables',
  'hedge-buy': 'hedgesBought',
  'hedge-sell': 'hedgesSold',
} as const satisfies Record<FxOpenItem['kind'], keyof Sums>;

/**
 * Internal: sums open items per currency other than the base (items in the base currency carry
 * no FX risk), sorted by currency code. Item ids are unique.
 */
export function netPositions(items: readonly FxOpenItem[], baseCurrency: string): NetPosition[] {
  const ids = new Set<string>();
  const sums = new Map<string, Sums>();
  items.forEach((item, index) => {
    if (ids.has(item.id))
      throw new CrmRulesError('INVALID_INPUT', 'duplicate open item id', {
        path: ['documents', index, 'id'],
        value: item.id,
      });
    ids.add(item.id);
    const currency = item.amount.currency;
    if (currency === baseCurrency) return;
    const zero = new Decimal(0);
    const sum = sums.get(currency) ?? {
      receivables: zero,
      payables: zero,
      hedgesBought: zero,
      hedgesSold: zero,
    };
    sum[FIELD[item.kind]] = sum[FIELD[item.kind]].plus(item.amount.amount);
    sums.set(currency, sum);
  });
  return [...sums.keys()].sort().map((currency) => {
    const s = sums.get(currency) as Sums;
    const net = s.receivables.plus(s.hedgesBought).minus(s.payables).minus(s.hedgesSold);
    return { currency, ...s, net };
  });
}
