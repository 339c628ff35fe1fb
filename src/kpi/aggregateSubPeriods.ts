import { attempt, parseWith, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import { aggregateValues, type SubPeriodValue } from './_lib/scoring/subPeriods';
import { SubPeriodAggregate } from './Scorecard';

export type { SubPeriodValue } from './_lib/scoring/subPeriods';

/** An aggregated value and the step that explains it. */
export interface AggregatedValue {
  /** The value for the whole period, as an exact decimal string. */
  readonly value: string;
  /** One step (`kpi.subperiods.*`). */
  readonly trace: readonly TraceStep[];
}

/**
 * Aggregates a KPI's sub-period values (the months of a quarter …) into one value for the
 * period, by a {@link SubPeriodAggregate} rule: `sum` (exact); `average` (Σ ÷ n); `last` (the
 * value of the latest sub-period, whatever the input order); `weighted-by-days`
 * (Σ value × calendar days ÷ Σ days, days by `daysInPeriod`). The two divisions round half-up to
 * 40 significant digits and at most 40 places, like money's `ratio`. Each entry names its
 * sub-period — a label (`2026-01`) or a half-open `{ start, end }` range — and sub-periods must
 * not overlap.
 *
 * @param values - `[{ period, value }]`, at least one, in any order
 * @param rule - `'sum' | 'average' | 'last' | 'weighted-by-days'`
 * @returns `{ value, trace }`
 * @throws CrmRulesError `INVALID_INPUT` for an empty list, an unknown rule (`['rule']`), an
 * overlapping or empty sub-period (`['values', i, 'period']`); `INVALID_PERIOD` / `INVALID_DATE`
 * for a malformed period; `INVALID_AMOUNT` for a malformed value (`['values', i, 'value']`)
 * @example
 * ```ts
 * const q1 = [
 *   { period: '2026-01', value: '100' },
 *   { period: '2026-02', value: '90' },
 *   { period: '2026-03', value: '80' },
 * ];
 * [aggregateSubPeriods(q1, 'sum').value, aggregateSubPeriods(q1, 'last').value];
 * //=> ['270', '80']
 * // January (31 days) at 100, February (28 days) at 70: (3100 + 1960) ÷ 59
 * aggregateSubPeriods([q1[0], { period: '2026-02', value: '70' }], 'weighted-by-days').value.slice(0, 8);
 * //=> '85.76271'
 * ```
 */
export function aggregateSubPeriods(
  values: readonly SubPeriodValue[],
  rule: SubPeriodAggregate,
): AggregatedValue {
  const parsed = parseWith(SubPeriodAggregate, rule, { path: ['rule'] });
  const { value, step } = aggregateValues(values, parsed, ['values']);
  return { value: value.toFixed(), trace: [step] };
}

/**
 * Like {@link aggregateSubPeriods}, but returns `{ success, data | error }` instead of throwing;
 * it never throws.
 *
 * @example
 * ```ts
 * safeAggregateSubPeriods([], 'sum').success;
 * //=> false
 * ```
 */
export function safeAggregateSubPeriods(
  values: readonly SubPeriodValue[],
  rule: SubPeriodAggregate,
): SafeResult<AggregatedValue> {
  return attempt(() => aggregateSubPeriods(values, rule));
}
