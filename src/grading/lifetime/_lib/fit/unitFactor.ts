import { CrmRulesError, type ErrorPath } from '../../../../errors';
import type { TimeUnit } from '../../TimeUnit';

/** Days in one unit where the length is exact; a month has none (28 to 31 days). */
const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number | null>> = {
  days: 1,
  weeks: 7,
  months: null,
};

/**
 * Internal: how many `to` units one `from` unit is, when that is exact (days ↔ weeks: 7); the
 * factor a time-scale parameter (BG/NBD α, Pareto/NBD α and β) is multiplied by.
 *
 * @param from - the fit's unit
 * @param to - the unit asked for
 * @param path - where the asked unit sits in the caller's input
 * @returns the factor (1 for the same unit)
 * @throws CrmRulesError `UNIT_MISMATCH` (value `{ fitted, requested }`) when one side is
 * `months` and the other is not: a calendar month has no exact length in days or weeks
 * @example
 * ```ts
 * unitFactor('weeks', 'days', ['unit']);
 * //=> 7
 * ```
 */
export function unitFactor(from: TimeUnit, to: TimeUnit, path: ErrorPath): number {
  if (from === to) return 1;
  const fromDays = DAYS_PER_UNIT[from];
  const toDays = DAYS_PER_UNIT[to];
  if (fromDays === null || toDays === null)
    throw new CrmRulesError(
      'UNIT_MISMATCH',
      `the fit is in ${from} and ${to} were asked for; a month has no exact length in days or weeks, so the fit is not converted (refit on ${to} summaries)`,
      { path, value: { fitted: from, requested: to } },
    );
  return fromDays / toDays;
}
