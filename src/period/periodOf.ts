import { dayNumberOf, monthIndexOfDays } from '../_lib/civil';
import { attempt, CrmRulesError, type SafeResult } from '../errors';
import type { FiscalCalendarInput } from './FiscalCalendar';
import type { Grain } from './Grain';
import { alignMonth, grainMonths, gridOf, periodAtMonth } from './grid';
import type { Period } from './Period';

/**
 * The one period of a grain that contains a date. Without a calendar (or with `null`) the
 * periods are calendar periods; with one, quarters, halves and years are fiscal (`FY…`).
 *
 * @param date - a `YYYY-MM-DD` date
 * @param grain - `month`, `quarter`, `half` or `year`
 * @param calendar - the fiscal calendar, or nothing for calendar periods
 * @returns the period
 * @throws CrmRulesError `INVALID_DATE` (path `['date']`); `INVALID_INPUT` for an unknown grain
 * (`['grain']`) or calendar (`['calendar', …]`); `INVALID_PERIOD` in December 9999, whose month
 * has no representable end
 * @example
 * ```ts
 * periodOf('2026-02-14', 'year', { startMonth: 4 }).label;
 * //=> 'FY2026'
 * periodOf('2026-02-14', 'quarter');
 * //=> { grain: 'quarter', label: '2026-Q1', start: '2026-01-01', end: '2026-04-01', fiscal: null }
 * ```
 */
export function periodOf(
  date: string,
  grain: Grain,
  calendar?: FiscalCalendarInput | null,
): Period {
  grainMonths(grain, ['grain']);
  const day = typeof date === 'string' ? dayNumberOf(date) : undefined;
  if (day === undefined)
    throw new CrmRulesError('INVALID_DATE', 'expected a calendar date as YYYY-MM-DD', {
      path: ['date'],
      value: date,
    });
  const fiscal = gridOf(grain, calendar, ['calendar']);
  return periodAtMonth(
    grain,
    alignMonth(monthIndexOfDays(day), grain, fiscal),
    fiscal,
    ['date'],
    date,
  );
}

/**
 * Like {@link periodOf}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safePeriodOf(null, null).success;
 * //=> false
 * ```
 */
export function safePeriodOf(
  date: string,
  grain: Grain,
  calendar?: FiscalCalendarInput | null,
): SafeResult<Period> {
  return attempt(() => periodOf(date, grain, calendar));
}
