import { attempt, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkPositive } from './_lib/data/checkPositive';
import { checkNonNegative, checkSummary, type SummaryFields } from './_lib/data/summaryProblem';
import type { BgNbdParams } from './BgNbdParams';
import { expectedPurchases } from './bgNbdExpectedPurchases';
import { probabilityAlive } from './bgNbdProbabilityAlive';

/**
 * The expected number of purchases a customer makes in the next t time units given their
 * history (Fader, Hardie & Lee 2005, eq. 10). It factors as P(alive | x, tₓ, T) times the
 * unconditional expectation under the posterior parameters (r + x, α + T, a, b + x), which is
 * how it is computed here (so it shares the stable series of `bgNbdExpectedPurchases`).
 *
 * @param params - fitted BG/NBD parameters
 * @param customer - frequency, recency, T (in the unit of `params.alpha`)
 * @param t - the horizon, ≥ 0
 * @returns E[Y(t) | x, tₓ, T] ≥ 0
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter, summary or t (paths `['params',
 * name]`, `['customer', field]`, `['t']`); `FIT_NOT_CONVERGED` when the series does not converge
 * — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range (inputs too
 * extreme for the model), never NaN or Infinity
 * @example
 * ```ts
 * const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbdConditionalExpectedPurchases(cdnow, { frequency: 2, recency: 30.43, T: 38.86 }, 39).toFixed(3);
 * //=> '1.226'
 * ```
 */
export function bgNbdConditionalExpectedPurchases(
  params: BgNbdParams,
  customer: SummaryFields,
  t: number,
): number {
  checkPositive(params, ['r', 'alpha', 'a', 'b'], ['params']);
  const { frequency: x, recency: tx, T } = checkSummary(customer, ['customer']);
  const expected = conditionalExpectedPurchases(params, x, tx, T, checkNonNegative(t, ['t']));
  return finiteResult(expected, 'E[X(t) | x, tₓ, T]', ['params'], params);
}

/**
 * Like {@link bgNbdConditionalExpectedPurchases}, but returns `{ success, data | error }` instead
 * of throwing; it never throws.
 *
 * @example
 * ```ts
 * safeBgNbdConditionalExpectedPurchases(null, null, null).success;
 * //=> false
 * ```
 */
export function safeBgNbdConditionalExpectedPurchases(
  params: BgNbdParams,
  customer: SummaryFields,
  t: number,
): SafeResult<number> {
  return attempt(() => bgNbdConditionalExpectedPurchases(params, customer, t));
}

/**
 * The conditional expectation without checks (internal).
 *
 * @param params - BG/NBD parameters
 * @param x - frequency
 * @param tx - recency
 * @param T - time observed
 * @param t - the horizon
 * @returns E[Y(t) | x, tₓ, T]
 * @example
 * ```ts
 * conditionalExpectedPurchases({ r: 1, alpha: 1, a: 1, b: 1 }, 0, 0, 1, 0);
 * //=> 0
 * ```
 */
export function conditionalExpectedPurchases(
  { r, alpha, a, b }: BgNbdParams,
  x: number,
  tx: number,
  T: number,
  t: number,
): number {
  const alive = probabilityAlive({ r, alpha, a, b }, x, tx, T);
  if (alive === 0) return 0;
  return alive * expectedPurchases({ r: r + x, alpha: alpha + T, a, b: b + x }, t, ['t']);
}
