import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkArray } from '../_lib/input/checkArgument';
import { checkPositive } from './_lib/data/checkPositive';
import { rowCount } from './_lib/data/rowCount';
import { checkSummary, type SummaryFields } from './_lib/data/summaryProblem';
import { lnRising } from './_lib/math/gamma';
import { logAddExp } from './_lib/math/logSpace';
import { logA0 } from './_lib/models/paretoNbdTerms';
import type { BtydSummary } from './BtydSummary';
import type { ParetoNbdParams } from './ParetoNbdParams';

/**
 * The Pareto/NBD log-likelihood of a set of customers (Fader, Hardie & Lee 2005, "A Note on
 * Deriving the Pareto/NBD Model and Related Expressions", eq. 18–20), in log space:
 * ln L = ln[Γ(r+x) αʳ βˢ / Γ(r)] + ln[(α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀].
 *
 * @param params - r, alpha, s, beta
 * @param summaries - customers (frequency, recency, T)
 * @returns the summed log-likelihood (a row with a `count` counts that many times)
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter or summary (paths `['params', name]`,
 * `['summaries', index, field]`); `FIT_NOT_CONVERGED` when a hypergeometric series does not
 * converge (path `['summaries', index]`)
 * — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range (inputs too
 * extreme for the model), never NaN or Infinity
 * @example
 * ```ts
 * paretoNbdLogLikelihood({ r: 1, alpha: 1, s: 1, beta: 1 }, [{ frequency: 0, recency: 0, T: 0 }]);
 * //=> 0
 * ```
 */
export function paretoNbdLogLikelihood(
  params: ParetoNbdParams,
  summaries: readonly SummaryFields[] | readonly BtydSummary[],
): number {
  checkPositive(params, ['r', 'alpha', 's', 'beta'], ['params']);
  checkArray(summaries, ['summaries']);
  let total = 0;
  summaries.forEach((summary, index) => {
    const { frequency, recency, T } = checkSummary(summary, ['summaries', index]);
    const count = rowCount(summary, ['summaries', index]);
    if (count === 0) return;
    const ll = count * paretoNbdCustomerLogLikelihood(params, frequency, recency, T);
    if (Number.isNaN(ll))
      throw new CrmRulesError(
        'FIT_NOT_CONVERGED',
        'a hypergeometric series of the Pareto/NBD likelihood did not converge',
        {
          path: ['summaries', index],
          value: summary,
        },
      );
    total += ll;
  });
  return finiteResult(total, 'the Pareto/NBD log-likelihood', ['params'], params);
}

/**
 * Like {@link paretoNbdLogLikelihood}, but returns `{ success, data | error }` instead of throwing;
 * it never throws.
 *
 * @example
 * ```ts
 * safeParetoNbdLogLikelihood(null, null).success;
 * //=> false
 * ```
 */
export function safeParetoNbdLogLikelihood(
  params: ParetoNbdParams,
  summaries: readonly SummaryFields[] | readonly BtydSummary[],
): SafeResult<number> {
  return attempt(() => paretoNbdLogLikelihood(params, summaries));
}

/**
 * One customer's Pareto/NBD log-likelihood, no checks (internal; NaN if a series fails).
 *
 * @param params - Pareto/NBD parameters
 * @param x - frequency
 * @param tx - recency
 * @param T - time observed
 * @param maxTerms - series term limit
 * @returns the customer's log-likelihood (NaN when a series fails)
 * @example
 * ```ts
 * paretoNbdCustomerLogLikelihood({ r: 1, alpha: 1, s: 1, beta: 1 }, 0, 0, 0);
 * //=> 0
 * ```
 */
export function paretoNbdCustomerLogLikelihood(
  params: ParetoNbdParams,
  x: number,
  tx: number,
  T: number,
  maxTerms?: number,
): number {
  const { r, alpha, s, beta } = params;
  const front = lnRising(r, x) + r * Math.log(alpha) + s * Math.log(beta);
  const alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const dead = Math.log(s / (r + s + x)) + logA0(params, x, tx, T, maxTerms);
  return front + (dead === Number.NEGATIVE_INFINITY ? alive : logAddExp(alive, dead));
}
