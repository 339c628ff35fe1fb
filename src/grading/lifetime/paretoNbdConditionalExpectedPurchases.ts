import { attempt, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkPositive } from './_lib/data/checkPositive';
import { checkNonNegative, checkSummary, type SummaryFields } from './_lib/data/summaryProblem';
import type { ParetoNbdParams } from './ParetoNbdParams';
import { paretoExpectedPurchases } from './paretoNbdExpectedPurchases';
import { paretoProbabilityAlive } from './paretoNbdProbabilityAlive';

/**
 * The expected number of purchases a Pareto/NBD customer makes in the next t time units given
 * their history (Fader, Hardie & Lee 2005 note, eq. 25):
 * P(alive) · (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)], that is P(alive) times the
 * new-customer expectation under the posterior parameters (r + x, α + T, s, β + T).
 *
 * @param params - Pareto/NBD parameters
 * @param customer - frequency, recency, T
 * @param t - the horizon, ≥ 0
 * @returns the expected purchases, ≥ 0
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter, summary or t; `FIT_NOT_CONVERGED`
 * if a hypergeometric series of P(alive) does not converge
 * — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range (inputs too
 * extreme for the model), never NaN or Infinity
 * @example
 * ```ts
 * paretoNbdConditionalExpectedPurchases({ r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 },
 *   { frequency: 26, recency: 30.86, T: 31 }, 52).toFixed(2);
 * //=> '25.45'
 * ```
 */
export function paretoNbdConditionalExpectedPurchases(
  params: ParetoNbdParams,
  customer: SummaryFields,
  t: number,
): number {
  const { r, alpha, s, beta } = checkPositive(params, ['r', 'alpha', 's', 'beta'], ['params']);
  const { frequency: x, recency, T } = checkSummary(customer, ['customer']);
  checkNonNegative(t, ['t']);
  const alive = paretoProbabilityAlive(params, x, recency, T);
  if (alive === 0) return 0;
  const expected = paretoExpectedPurchases({ r: r + x, alpha: alpha + T, s, beta: beta + T }, t);
  return finiteResult(alive * expected, 'E[X(t) | x, tₓ, T]', ['params'], params);
}

/**
 * Like {@link paretoNbdConditionalExpectedPurchases}, but returns `{ success, data | error }`
 * instead of throwing; it never throws.
 *
 * @example
 * ```ts
 * safeParetoNbdConditionalExpectedPurchases(null, null, null).success;
 * //=> false
 * ```
 */
export function safeParetoNbdConditionalExpectedPurchases(
  params: ParetoNbdParams,
  customer: SummaryFields,
  t: number,
): SafeResult<number> {
  return attempt(() => paretoNbdConditionalExpectedPurchases(params, customer, t));
}
