import { Decimal } from '../../_lib/decimal';
import { attempt, parseWith, type SafeResult } from '../../errors';
import { scoreKeys } from '../_lib/scoring/worseCounts';
import { type ScoreValue, ThresholdOptions, type ThresholdOptionsInput } from './ScoreSpec';

/**
 * Absolute threshold scores: 1 plus the number of thresholds a value reaches — `value ≥ t` for
 * `higher-is-better`, `value ≤ t` for `lower-is-better`, so a value equal to a threshold takes
 * the better score either way. A customer's score never depends on the other customers. Numbers
 * are compared with the thresholds as numbers, decimals and money exactly.
 *
 * @param values - finite numbers, or decimals / money of one currency
 * @param options - strictly ascending `thresholds` (decimal strings) and the `direction`
 * @returns the scores 1 … `thresholds.length + 1`, in the order of `values`
 * @throws CrmRulesError `INVALID_INPUT` at `[index]` for a bad value, at `['options', …]` for
 * bad options (thresholds not ascending, floats); `CURRENCY_MISMATCH` at `[index, 'currency']`
 * @example
 * ```ts
 * thresholdScores([0, 30, 31, 400], { thresholds: ['30', '90', '180', '365'], direction: 'lower-is-better' });
 * //=> [5, 5, 4, 1]
 * ```
 */
export function thresholdScores(
  values: readonly ScoreValue[],
  options: ThresholdOptionsInput,
): number[] {
  const { thresholds, direction } = parseWith(ThresholdOptions, options, { path: ['options'] });
  const keys = scoreKeys(values);
  const higher = direction === 'higher-is-better';
  if (keys.exact === null) {
    const cuts = thresholds.map(Number);
    return Array.from(keys.floats, (value) => {
      let score = 1;
      for (const cut of cuts) if (higher ? value >= cut : value <= cut) score += 1;
      return score;
    });
  }
  const cuts = thresholds.map((text) => new Decimal(text));
  return keys.exact.map((value) => {
    let score = 1;
    for (const cut of cuts) if (higher ? value.gte(cut) : value.lte(cut)) score += 1;
    return score;
  });
}

/**
 * Like {@link thresholdScores}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeThresholdScores(null, null).success;
 * //=> false
 * ```
 */
export function safeThresholdScores(
  values: readonly ScoreValue[],
  options: ThresholdOptionsInput,
): SafeResult<number[]> {
  return attempt(() => thresholdScores(values, options));
}
