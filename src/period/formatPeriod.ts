import { monthOfPeriod } from './checkPeriod';
import { labelOf } from './grid';
import type { Period } from './Period';

/**
 * Writes the label of a period, worked out from its grain, start and calendar (the inverse of
 * {@link parsePeriod}: `parsePeriod(formatPeriod(p), p.fiscal)` equals `p`).
 *
 * @param period - the period
 * @returns `2026-07`, `2026-Q3`, `2026-H2`, `2026`, `FY2026`, `FY2026-Q1` or `FY2026-H2`
 * @throws CrmRulesError `INVALID_PERIOD` when the fields do not describe a period (a start that
 * is not the first day of its grain, a wrong end)
 * @example
 * ```ts
 * formatPeriod(periodOf('2026-05-20', 'half', { startMonth: 4, naming: 'start-year' }));
 * //=> 'FY2026-H1'
 * ```
 */
export function formatPeriod(period: Period): string {
  const month = monthOfPeriod(period, ['period']);
  return labelOf(period.grain, month, period.fiscal);
}
