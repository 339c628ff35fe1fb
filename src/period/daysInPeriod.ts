import { CrmRulesError } from '../errors';
import { requireRangeShape } from './_lib/guards';
import { dayNumber } from './IsoDate';

/**
 * The number of days in a period (or any half-open range): `end − start`.
 *
 * @param period - a period or `{ start, end }` range
 * @returns the day count (29 for `2024-02`), never negative
 * @throws CrmRulesError `INVALID_DATE` for a malformed start or end (path `['period', 'start']`
 * or `['period', 'end']`); `INVALID_DATE_RANGE` at `['period', 'end']` when the end is before
 * the start; `INVALID_INPUT` at `['period']` when it is not an object
 * @example
 * ```ts
 * daysInPeriod(parsePeriod('2024-02'));
 * //=> 29
 * ```
 */
export function daysInPeriod(period: { readonly start: string; readonly end: string }): number {
  requireRangeShape(period, ['period']);
  const days =
    dayNumber(period.end, ['period', 'end']) - dayNumber(period.start, ['period', 'start']);
  if (days < 0)
    throw new CrmRulesError(
      'INVALID_DATE_RANGE',
      `end ${period.end} is before start ${period.start}`,
      { path: ['period', 'end'], value: { start: period.start, end: period.end } },
    );
  return days;
}
