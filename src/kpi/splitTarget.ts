import { attempt, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import { allocate, type DecimalInput, type Money } from '../money';
import { renameHead, withPaths } from './_lib/errorPaths';
import { requireNonNegativeTarget } from './_lib/requireTarget';
import { splitSteps } from './_lib/targets/splitSteps';

/**
 * Splits an annual target into quarters, months or any sub-periods by seasonality weights, so
 * that the parts add up exactly to the target. The weights are proportions (they need not add
 * up to 100); the split is `allocate`'s: each part gets its share rounded toward zero to the
 * currency's minor unit, and the units left over go one at a time to the largest remainders,
 * ties to the earlier part (largest-remainder method).
 *
 * @param annual - the target to split, non-negative, a whole number of minor units
 * @param weights - one non-negative weight per sub-period, in order, at least one above zero
 * @returns one target per weight, in order, adding up to `annual`
 * @throws CrmRulesError `INVALID_AMOUNT` at `['annual']` for a negative target;
 * `INVALID_ALLOCATION` at `['weights']` for no weights or all zero, at `['weights', i]` for a
 * negative weight, at `['annual']` for an amount finer than its minor unit; `INVALID_INPUT` when
 * `annual` is not money or `weights` not an array
 * @example
 * ```ts
 * splitTarget(money('1000000', 'CNY'), ['20', '30', '25', '25']).map((q) => q.amount.toFixed(2));
 * //=> ['200000.00', '300000.00', '250000.00', '250000.00']
 * splitTarget(money('100', 'USD'), [1, 1, 1]).map((m) => m.amount.toFixed(2));
 * //=> ['33.34', '33.33', '33.33']
 * ```
 */
export function splitTarget(annual: Money, weights: readonly DecimalInput[]): Money[] {
  requireNonNegativeTarget(annual, ['annual']);
  return withPaths(
    () => allocate(annual, weights),
    renameHead({ value: ['annual'], amount: ['annual'], ratios: ['weights'] }),
  );
}

/**
 * Like {@link splitTarget}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeSplitTarget(money('100', 'USD'), []).error?.path;
 * //=> ['weights']
 * ```
 */
export function safeSplitTarget(
  annual: Money,
  weights: readonly DecimalInput[],
): SafeResult<Money[]> {
  return attempt(() => splitTarget(annual, weights));
}

/** A split target with the steps that explain it. */
export interface ExplainedSplit {
  /** One target per weight, in order, adding up to the whole (as {@link splitTarget}). */
  readonly parts: Money[];
  /** `kpi.target.split`, then one `kpi.target.split.part[.remainder]` step per part. */
  readonly trace: TraceStep[];
}

/**
 * {@link splitTarget} with its trace, for a sales manager to read each part: "part 1: 1,200,000.00
 * × 20 ÷ 100 = 240,000.00", or, when the part got a minor unit from the largest remainder,
 * "33.33 rounded down, + 0.01 from the largest remainder = 33.34". Parts are numbered from 1.
 *
 * @param annual - the target to split, non-negative, a whole number of minor units
 * @param weights - one non-negative weight per sub-period, in order, at least one above zero
 * @returns the parts and their trace
 * @throws CrmRulesError as {@link splitTarget}
 * @example
 * ```ts
 * const { parts, trace } = explainSplitTarget(money('100', 'USD'), [1, 1, 1]);
 * [parts.map((m) => m.amount.toFixed(2)), trace.map((s) => s.code)];
 * //=> [['33.34', '33.33', '33.33'], ['kpi.target.split', 'kpi.target.split.part.remainder', 'kpi.target.split.part', 'kpi.target.split.part']]
 * ```
 */
export function explainSplitTarget(
  annual: Money,
  weights: readonly DecimalInput[],
): ExplainedSplit {
  const parts = splitTarget(annual, weights);
  const labels = parts.map((_, i) => i + 1);
  return { parts, trace: splitSteps('kpi.target.split', annual, weights, parts, labels) };
}

/**
 * Like {@link explainSplitTarget}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeExplainSplitTarget(money('100', 'USD'), []).error?.path;
 * //=> ['weights']
 * ```
 */
export function safeExplainSplitTarget(
  annual: Money,
  weights: readonly DecimalInput[],
): SafeResult<ExplainedSplit> {
  return attempt(() => explainSplitTarget(annual, weights));
}
