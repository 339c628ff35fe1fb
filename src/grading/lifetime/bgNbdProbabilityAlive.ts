import { attempt, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkPositive } from './_lib/data/checkPositive';
import { checkSummary, type SummaryFields } from './_lib/data/summaryProblem';
import { logistic } from './_lib/math/logSpace';
import type { BgNbdParams } from './BgNbdParams';

/**
 * The probability that a customer is still alive (has not dropped out) at the end of
 * observation, given their history (Fader, Hardie & Lee 2005, eq. 11):
 * P(alive | x, tₓ, T) = 1 / (1 + [x > 0] · a / (b + x − 1) · ((α + T) / (α + tₓ))^(r + x)),
 * evaluated as a logistic of a log-odds, so it is exactly 1 with no repeat purchase and
 * underflows cleanly to 0 for a customer with many purchases and a long silence.
 *
 * @param params - fitted BG/NBD parameters
 * @param customer - frequency, recency, T (in the unit of `params.alpha`)
 * @returns a probability in [0, 1]
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter (path `['params', name]`) or summary
 * (path `['customer', field]`)
 * — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range (inputs too
 * extreme for the model), never NaN or Infinity
 * @example
 * ```ts
 * const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * [bgNbdProbabilityAlive(cdnow, { frequency: 0, recency: 0, T: 38.86 }),
 *  bgNbdProbabilityAlive(cdnow, { frequency: 2, recency: 30.43, T: 38.86 }).toFixed(4)];
 * //=> [1, '0.7266']
 * ```
 */
export function bgNbdProbabilityAlive(params: BgNbdParams, customer: SummaryFields): number {
  checkPositive(params, ['r', 'alpha', 'a', 'b'], ['params']);
  const { frequency: x, recency: tx, T } = checkSummary(customer, ['customer']);
  return finiteResult(probabilityAlive(params, x, tx, T), 'P(alive)', ['params'], params);
}

/**
 * Like {@link bgNbdProbabilityAlive}, but returns `{ success, data | error }` instead of throwing;
 * it never throws.
 *
 * @example
 * ```ts
 * safeBgNbdProbabilityAlive(null, null).success;
 * //=> false
 * ```
 */
export function safeBgNbdProbabilityAlive(
  params: BgNbdParams,
  customer: SummaryFields,
): SafeResult<number> {
  return attempt(() => bgNbdProbabilityAlive(params, customer));
}

/**
 * P(alive) without checks (internal).
 *
 * @param params - BG/NBD parameters
 * @param x - frequency
 * @param tx - recency
 * @param T - time observed
 * @returns P(alive | x, tₓ, T)
 * @example
 * ```ts
 * probabilityAlive({ r: 1, alpha: 1, a: 1, b: 1 }, 0, 0, 3);
 * //=> 1
 * ```
 */
export function probabilityAlive(
  { r, alpha, a, b }: BgNbdParams,
  x: number,
  tx: number,
  T: number,
): number {
  if (x === 0) return 1;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
  return logistic(-logOdds);
}
