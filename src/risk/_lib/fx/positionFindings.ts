import { Decimal } from '../../../_lib/decimal';
import { CrmRulesError } from '../../../errors';
import { decimalToString, minorUnits } from '../../../money';
import type { FxExposurePolicy } from '../../DocumentPolicies';
import type { Finding } from '../../Finding';
import { documentFinding } from '../catalog/documentFinding';

/** Internal: one valued position, before it is written out. */
export interface ValuedPosition {
  readonly currency: string;
  readonly net: Decimal;
  readonly baseValue: Decimal;
  readonly scenarios: ReadonlyArray<{ readonly shock: string; readonly change: Decimal }>;
}

function limitIn(
  limit: { amount: string; currency: string } | undefined,
  base: string,
  key: string,
) {
  if (limit === undefined) return undefined;
  if (limit.currency !== base)
    throw new CrmRulesError('CURRENCY_MISMATCH', `the limit must be in the base currency ${base}`, {
      path: ['options', 'policy', key, 'currency'],
      value: limit.currency,
    });
  return new Decimal(limit.amount);
}

/**
 * Internal: `fx.open-position.exceeded` when |value in base| is above `maxOpenPosition`;
 * `fx.shock-loss.exceeded` when the worst scenario's loss is above `maxShockLoss` (the largest
 * loss; on a tie, the smaller shock).
 */
export function positionFindings(
  policy: FxExposurePolicy,
  base: string,
  p: ValuedPosition,
): Finding[] {
  const places = minorUnits(base);
  const show = (d: Decimal) => decimalToString(d, places);
  const subject = { kind: 'currency', id: p.currency } as const;
  const found: Finding[] = [];
  const maxOpen = limitIn(policy.maxOpenPosition, base, 'maxOpenPosition');
  if (maxOpen !== undefined && p.baseValue.abs().gt(maxOpen))
    found.push(
      documentFinding('fx.open-position.exceeded', policy.severity, subject, {
        currency: p.currency,
        net: p.net.toFixed(),
        baseValue: show(p.baseValue),
        limit: show(maxOpen),
        baseCurrency: base,
      }),
    );
  const maxLoss = limitIn(policy.maxShockLoss, base, 'maxShockLoss');
  const worst = [...p.scenarios].sort(
    (a, b) =>
      a.change.cmp(b.change) ||
      new Decimal(a.shock).abs().cmp(new Decimal(b.shock).abs()) ||
      new Decimal(a.shock).cmp(b.shock),
  )[0];
  if (maxLoss !== undefined && worst?.change.neg().gt(maxLoss) === true)
    found.push(
      documentFinding('fx.shock-loss.exceeded', policy.severity, subject, {
        currency: p.currency,
        shockPercent: worst.shock,
        loss: show(worst.change.neg()),
        limit: show(maxLoss),
        baseCurrency: base,
      }),
    );
  return found;
}
