import { attempt, parseWith, type SafeResult } from '../../errors';
import { scoreKeys, worseCounts } from '../_lib/scoring/worseCounts';
import { QuantileOptions, type QuantileOptionsInput, type ScoreValue } from './ScoreSpec';

/**
 * Quantile scores 1 to `bins` (5 by default), best = `bins`. **Tie rule:** a customer's score
 * depends only on how many customers are strictly worse: score = ⌊worse × bins ÷ n⌋ + 1. Equal
 * values therefore always share a score, and a tie group sits in the bin of its lowest member —
 * pandas `rank(method='min')`, not `qcut` on `rank(method='first')`, which splits equal values
 * by input order. With many ties some bins stay empty (if 60 % of customers bought once, they
 * all score 1 on frequency). `lower-is-better` (recency) counts larger values as worse. Numbers
 * are compared as numbers; decimals and money exactly.
 *
 * @param values - finite numbers, or decimals / money of one currency, one per customer
 * @param options - `bins` (2–10) and `direction`
 * @returns the scores, in the order of `values`
 * @throws CrmRulesError `INVALID_INPUT` at `[index]` for NaN, ±Infinity or a mixed list, at
 * `['options', …]` for bad options; `CURRENCY_MISMATCH` at `[index, 'currency']`
 * @example
 * ```ts
 * quantileScores([1, 1, 2, 3, 8], { bins: 5 });
 * //=> [1, 1, 3, 4, 5]
 * quantileScores([3, 40, 10, 3], { bins: 4, direction: 'lower-is-better' });
 * //=> [3, 1, 2, 3]
 * ```
 */
export function quantileScores(
  values: readonly ScoreValue[],
  options: QuantileOptionsInput = {},
): number[] {
  const { bins, direction } = parseWith(QuantileOptions, options, { path: ['options'] });
  const worse = worseCounts(scoreKeys(values), direction);
  const n = values.length;
  return Array.from(worse, (count) => Math.floor((count * bins) / n) + 1);
}

/**
 * Like {@link quantileScores}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeQuantileScores(null).success;
 * //=> false
 * ```
 */
export function safeQuantileScores(
  values: readonly ScoreValue[],
  options: QuantileOptionsInput = {},
): SafeResult<number[]> {
  return attempt(() => quantileScores(values, options));
}
