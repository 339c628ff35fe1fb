import { attempt, type SafeResult } from '../errors';
import { requireRange } from './_lib/periodGuards';
import { dayNumber } from './IsoDate';

/**
 * The number of days in a period (or any half-open range): `end − start`.
 *
 * @param period - a period or `{ start, end }` range
 * @returns the day count (29 for `2024-02`)
 * @throws CrmRulesError `INVALID_DATE` for a malformed start or end (path `['period', 'start']`
 * or `['period', 'end']`)
 * @example
 * ```ts
 * daysInPeriod(parsePeriod('2024-02'));
 * //=> 29
 * ```
 */
export function daysInPeriod(period: { readonly start: string; readonly end: string }): number {
  requireRange(period, 'period');
  return dayNumber(period.end, ['period', 'end']) - dayNumber(period.start, ['period', 'start']);
}

/**
 * Like {@link daysInPeriod}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeDaysInPeriod(null).success;
 * //=> false
 * ```
 */
export function safeDaysInPeriod(period: {
  readonly start: string;
  readonly end: string;
}): SafeResult<number> {
  return attempt(() => daysInPeriod(period));
}
