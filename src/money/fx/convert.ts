import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import { requireObject, requireOptions } from '../../errors/_lib/argumentGuards';
import { requireMoney } from '../_lib/moneyGuards';
import { Decimal } from '../decimal';
import { type Money, money } from '../Money';
import type { FxLookup, FxQuote } from './FxRate';
import type { FxTable } from './FxTable';
import { type FindRateOptions, findRate } from './findRate';

/** The result of a conversion: what went in, what came out, and the rate used. */
export interface Conversion {
  readonly from: Money;
  readonly to: Money;
  readonly quote: FxQuote;
}

/**
 * Converts money into another currency at the rate a lookup picks, keeping full precision (round
 * afterwards by policy). The conversion records the rate, its date and source.
 *
 * @throws CrmRulesError `MISSING_FX_RATE` when no rate satisfies the lookup (never a silent 1),
 * `UNKNOWN_CURRENCY`, `INVALID_INPUT` for a malformed lookup
 * @example
 * ```ts
 * const table = createFxTable([{ base: 'USD', quote: 'CNY', rate: '7.1', date: '2026-06-30', source: 'PBOC' }]);
 * const { to, quote } = convert(money('100', 'USD'), 'CNY', table, { method: 'exact', date: '2026-06-30' });
 * [to.amount.toString(), quote.rate, quote.date, quote.source];
 * //=> ['710', '7.1', '2026-06-30', 'PBOC']
 * ```
 */
export function convert(
  value: Money,
  currency: string,
  table: FxTable,
  lookup: FxLookup,
  options: FindRateOptions = {},
): Conversion {
  requireMoney(value, 'value');
  requireObject(table, 'table');
  requireObject(lookup, 'lookup');
  requireOptions(options);
  const quote = findRate(table, value.currency, currency, lookup, options);
  if (quote === null) {
    throw new CrmRulesError(
      'MISSING_FX_RATE',
      `no ${value.currency}/${currency} rate for ${describe(lookup)}`,
      {
        path: options.path ?? [],
        value: { base: value.currency, quote: currency, ...lookup },
      },
    );
  }
  return { from: value, to: money(value.amount.times(new Decimal(quote.rate)), currency), quote };
}

/**
 * Like {@link convert}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeConvert(null, null, null, null).success;
 * //=> false
 * ```
 */
export function safeConvert(
  value: Money,
  currency: string,
  table: FxTable,
  lookup: FxLookup,
  options: FindRateOptions = {},
): SafeResult<Conversion> {
  return attempt(() => convert(value, currency, table, lookup, options));
}

function describe(lookup: FxLookup): string {
  switch (lookup.method) {
    case 'exact':
      return `exactly ${lookup.date}`;
    case 'on-or-before':
      return `on or before ${lookup.date}${lookup.maxAgeDays === undefined ? '' : ` (at most ${lookup.maxAgeDays} days old)`}`;
    case 'average':
      return `an average over [${lookup.start}, ${lookup.end})`;
  }
}
