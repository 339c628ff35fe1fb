import { dayNumberOf } from '../_lib/civil';
import { CrmRulesError } from '../errors';
import { requireObject } from './_lib/guards';
import { dateRange } from './DateRange';

/**
 * True when a date is one of the days of a period (or any half-open range): on or after its
 * start and before its end.
 *
 * @param period - a period or `{ start, end }` range
 * @param date - a `YYYY-MM-DD` date
 * @returns whether `start <= date < end`
 * @throws CrmRulesError `INVALID_DATE` for a malformed date (path `['date']`) or a malformed
 * period (`['period', …]`), `INVALID_DATE_RANGE` for a reversed one; `INVALID_INPUT` at
 * `['period']` when it is not an object
 * @example
 * ```ts
 * periodContains(parsePeriod('2026-Q3'), '2026-10-01');
 * //=> false
 * ```
 */
export function periodContains(
  period: { readonly start: string; readonly end: string },
  date: string,
): boolean {
  requireObject(period, ['period'], 'a period or a { start, end } range');
  dateRange(period.start, period.end, ['period']);
  if (typeof date !== 'string' || dayNumberOf(date) === undefined)
    throw new CrmRulesError('INVALID_DATE', 'expected a calendar date as YYYY-MM-DD', {
      path: ['date'],
      value: date,
    });
  return date >= period.start && date < period.end;
}
