import { attempt, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkArray } from '../_lib/input/checkArgument';
import { checkPositive } from './_lib/data/checkPositive';
import { rowCount } from './_lib/data/rowCount';
import { checkSummary, type SummaryFields } from './_lib/data/summaryProblem';
import { lnRising } from './_lib/math/gamma';
import { logAddExp } from './_lib/math/logSpace';
import type { BgNbdParams } from './BgNbdParams';
import type { BtydSummary } from './BtydSummary';

/**
 * The BG/NBD log-likelihood of a set of customers (Fader, Hardie & Lee 2005, eq. 6), summed
 * over customers (a row with a `count` counts that many times) and computed in log space: ln Γ ratios, ln B ratios and a log-sum-exp for the
 * second term of customers with repeat purchases, so it stays finite for very large frequencies.
 * This is the plain per-customer formula; the fitter uses an equivalent grouped evaluation and
 * its reported log-likelihood comes from here.
 *
 * @param params - r, alpha, a, b
 * @param summaries - customers (frequency, recency, T in the unit `alpha` is in)
 * @returns ln L, the sum of the customers' log-likelihoods
 * @throws CrmRulesError `INVALID_INPUT` for a parameter that is not a finite number > 0
 * (path `['params', name]`) or a bad summary (path `['summaries', index, field]`)
 * — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range (inputs too
 * extreme for the model), never NaN or Infinity
 * @example
 * ```ts
 * bgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, [{ frequency: 0, recency: 0, T: 1 }]);
 * //=> -0.6931471805599453
 * ```
 */
export function bgNbdLogLikelihood(
  params: BgNbdParams,
  summaries: readonly SummaryFields[] | readonly BtydSummary[],
): number {
  checkPositive(params, ['r', 'alpha', 'a', 'b'], ['params']);
  checkArray(summaries, ['summaries']);
  let total = 0;
  summaries.forEach((summary, index) => {
    const { frequency, recency, T } = checkSummary(summary, ['summaries', index]);
    const count = rowCount(summary, ['summaries', index]);
    if (count > 0) total += count * bgNbdCustomerLogLikelihood(params, frequency, recency, T);
  });
  return finiteResult(total, 'the BG/NBD log-likelihood', ['params'], params);
}

/**
 * Like {@link bgNbdLogLikelihood}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeBgNbdLogLikelihood(null, null).success;
 * //=> false
 * ```
 */
export function safeBgNbdLogLikelihood(
  params: BgNbdParams,
  summaries: readonly SummaryFields[] | readonly BtydSummary[],
): SafeResult<number> {
  return attempt(() => bgNbdLogLikelihood(params, summaries));
}

/**
 * One customer's BG/NBD log-likelihood, no checks (internal).
 *
 * @param params - BG/NBD parameters
 * @param x - frequency
 * @param tx - recency
 * @param T - time observed
 * @returns the customer's log-likelihood
 * @example
 * ```ts
 * bgNbdCustomerLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, 0, 0, 1);
 * //=> -0.6931471805599453
 * ```
 */
export function bgNbdCustomerLogLikelihood(
  { r, alpha, a, b }: BgNbdParams,
  x: number,
  tx: number,
  T: number,
): number {
  // ln[Γ(r+x) αʳ / Γ(r)] + ln[B(a, b+x) / B(a, b)]
  const common = lnRising(r, x) + r * Math.log(alpha) + lnRising(b, x) - lnRising(a + b, x);
  const stillAlive = -(r + x) * Math.log(alpha + T);
  if (x === 0) return common + stillAlive;
  // B(a+1, b+x−1) / B(a, b+x) = a / (b+x−1)
  const droppedOut = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  return common + logAddExp(stillAlive, droppedOut);
}
