import { attempt, type SafeResult } from '../errors';
import { requireArray } from '../errors/_lib/argumentGuards';
import { type Decimal, type DecimalInput, toDecimal } from '../money';

/**
 * The payout percent of a KPI bonus at a score: linear interpolation through the curve's points
 * (scores strictly increasing), flat beyond the first and last point.
 *
 * @param curve - `[{ score, payoutPercent }]`, at least one point
 * @param score - the payee's score
 * @returns the payout percent (`"75"` means 75 % of the target bonus)
 * @throws CrmRulesError `INVALID_AMOUNT` (path `['score']`) for a float or malformed score
 * @example
 * ```ts
 * kpiPayoutPercent([{ score: '60', payoutPercent: '0' }, { score: '80', payoutPercent: '100' }, { score: '100', payoutPercent: '150' }], '90').toFixed();
 * //=> '125'
 * ```
 */
export function kpiPayoutPercent(
  curve: ReadonlyArray<{ readonly score: string; readonly payoutPercent: string }>,
  score: DecimalInput,
): Decimal {
  requireArray(curve, 'curve');
  const x = toDecimal(score, ['score']);
  const first = curve[0];
  if (first === undefined) return toDecimal(0);
  if (x.lte(first.score)) return toDecimal(first.payoutPercent);
  for (let i = 1; i < curve.length; i += 1) {
    const left = curve[i - 1] as (typeof curve)[number];
    const right = curve[i] as (typeof curve)[number];
    if (x.lte(right.score)) {
      const through = x.minus(left.score).div(toDecimal(right.score).minus(left.score));
      return toDecimal(left.payoutPercent).plus(
        through.times(toDecimal(right.payoutPercent).minus(left.payoutPercent)),
      );
    }
  }
  return toDecimal((curve[curve.length - 1] as typeof first).payoutPercent);
}

/**
 * Like {@link kpiPayoutPercent}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeKpiPayoutPercent(null, null).success;
 * //=> false
 * ```
 */
export function safeKpiPayoutPercent(
  curve: ReadonlyArray<{ readonly score: string; readonly payoutPercent: string }>,
  score: DecimalInput,
): SafeResult<Decimal> {
  return attempt(() => kpiPayoutPercent(curve, score));
}
