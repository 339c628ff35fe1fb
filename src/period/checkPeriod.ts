/**
 * Internal (not exported from the barrel): the checks of a period's fields against its grid.
 */
import { civilFromDays, dayNumberOf, daysFromMonthIndex, isoOfDayNumber } from '../_lib/civil';
import { CrmRulesError, type ErrorPath } from '../errors';
import { requireObject } from './_lib/guards';
import { type FiscalCalendar, fiscalCalendar } from './FiscalCalendar';
import { GRAIN_MONTHS, type Grain } from './Grain';
import { alignMonth, FIRST_MONTH, grainMonths, LAST_END_MONTH } from './grid';

/** Why a period's fields are not a period of its grid, or `null` when they are. */
export function periodProblem(period: {
  readonly grain: Grain;
  readonly start: string;
  readonly end: string;
  readonly fiscal: FiscalCalendar | null;
}): { field: 'start' | 'end' | 'fiscal'; message: string } | null {
  if (period.grain === 'month' && period.fiscal !== null)
    return {
      field: 'fiscal',
      message: 'months are the same in every calendar: fiscal must be null',
    };
  const day = dayNumberOf(period.start);
  if (day === undefined) return { field: 'start', message: 'start is not a calendar date' };
  const [year, month, dayOfMonth] = civilFromDays(day);
  const index = year * 12 + month - 1;
  if (dayOfMonth !== 1 || alignMonth(index, period.grain, period.fiscal) !== index)
    return { field: 'start', message: `start is not the first day of a ${period.grain}` };
  const end = index + GRAIN_MONTHS[period.grain];
  if (index < FIRST_MONTH || end > LAST_END_MONTH)
    return { field: 'start', message: 'periods must end by 9999-12-01' };
  if (isoOfDayNumber(daysFromMonthIndex(end)) !== period.end)
    return {
      field: 'end',
      message: `end is not the day after the last day of the ${period.grain}`,
    };
  return null;
}

/**
 * The start month of a period after checking its grain, calendar, start and end (not its label):
 * the cheap guard of the functions that take a parsed {@link Period}.
 */
export function monthOfPeriod(
  period: {
    readonly grain: Grain;
    readonly start: string;
    readonly end: string;
    readonly fiscal: FiscalCalendar | null;
  },
  path: ErrorPath,
): number {
  requireObject(period, path, 'a period');
  grainMonths(period.grain, [...path, 'grain']);
  const fiscal = period.fiscal === null ? null : fiscalCalendar(period.fiscal, [...path, 'fiscal']);
  const problem = periodProblem({ ...period, fiscal });
  if (problem !== null)
    throw new CrmRulesError('INVALID_PERIOD', problem.message, {
      path: [...path, problem.field],
      value: period[problem.field],
    });
  const [year, month] = civilFromDays(dayNumberOf(period.start) as number);
  return year * 12 + month - 1;
}
