import type { CommissionInput } from './CommissionInput';

/**
 * A closed period to recompute (see `ClosePeriodOptions.recalculate`): its corrected input
 * and the statements it closed with, as `closePeriod` returned them (or their JSON, read
 * back from where they were stored).
 *
 * @example
 * ```ts
 * // January closed (`jan`), then its data was corrected: February pays the differences.
 * const feb = closePeriod(jan.state, februaryInput, {
 *   recalculate: [{ input: correctedJanuaryInput, closed: jan.statements }],
 * });
 * ```
 */
export interface Recalculation {
  /** The closed period's full input, with the corrected data or plan versions. */
  readonly input: CommissionInput;
  /** Every statement the period closed with (checked against the totals the state kept). */
  readonly closed: readonly unknown[];
}
