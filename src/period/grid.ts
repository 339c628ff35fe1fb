/**
 * Internal (not exported from the barrel): the grid of periods. A period is identified by the
 * month index of its first month (months since January of year 0), its grain and the fiscal
 * calendar it follows (`null` for calendar periods). Periods of a grain start on the months whose
 * distance from the fiscal start month is a multiple of the grain's length.
 */
import { daysFromMonthIndex, isoOfDayNumber } from '../_lib/civil';
import { CrmRulesError, type ErrorPath } from '../errors';
import { type FiscalCalendar, type FiscalCalendarInput, fiscalCalendar } from './FiscalCalendar';
import { GRAIN_MONTHS, type Grain } from './Grain';

/** The fields of a period, as {@link Period} declares them (kept here to avoid an import cycle). */
export interface PeriodFields {
  grain: Grain;
  label: string;
  start: string;
  end: string;
  fiscal: FiscalCalendar | null;
}

/** The first month a period may start in: 0000-01. */
export const FIRST_MONTH = 0;
/** The last month a period may end before: its exclusive end must still be a `YYYY-MM-DD` date. */
export const LAST_END_MONTH = 9999 * 12 + 11;

const mod = (value: number, by: number): number => ((value % by) + by) % by;
const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** The months of a grain, or `INVALID_INPUT` at `path` for anything that is not a grain. */
export function grainMonths(grain: unknown, path: ErrorPath): number {
  if (typeof grain === 'string' && Object.hasOwn(GRAIN_MONTHS, grain))
    return GRAIN_MONTHS[grain as Grain];
  throw new CrmRulesError('INVALID_INPUT', 'expected a grain: month, quarter, half or year', {
    path,
    value: grain,
  });
}

/** The fiscal calendar periods of a grain follow: none for months or when no calendar is given. */
export function gridOf(
  grain: Grain,
  calendar: FiscalCalendarInput | null | undefined,
  path: ErrorPath,
): FiscalCalendar | null {
  if (calendar === undefined || calendar === null) return null;
  const fiscal = fiscalCalendar(calendar, path);
  return grain === 'month' ? null : fiscal;
}

/** The start month of the period of `grain` that contains `month`. */
export function alignMonth(month: number, grain: Grain, fiscal: FiscalCalendar | null): number {
  const offset = fiscal === null ? 0 : fiscal.startMonth - 1;
  return month - mod(month - offset, GRAIN_MONTHS[grain]);
}

/** The first month of fiscal year `year` under a calendar's naming convention. */
export function fiscalYearStart(year: number, fiscal: FiscalCalendar): number {
  const offset = fiscal.startMonth - 1;
  return fiscal.naming === 'start-year' || offset === 0
    ? year * 12 + offset
    : (year - 1) * 12 + offset;
}

/** The label of the period of `grain` starting at `month` (which must be aligned). */
export function labelOf(grain: Grain, month: number, fiscal: FiscalCalendar | null): string {
  if (fiscal === null) {
    const year = pad(Math.floor(month / 12), 4);
    const inYear = mod(month, 12);
    if (grain === 'month') return `${year}-${pad(inYear + 1, 2)}`;
    if (grain === 'quarter') return `${year}-Q${inYear / 3 + 1}`;
    if (grain === 'half') return `${year}-H${inYear / 6 + 1}`;
    return year;
  }
  const yearStart = alignMonth(month, 'year', fiscal);
  const named =
    fiscal.naming === 'start-year' ? Math.floor(yearStart / 12) : Math.floor((yearStart + 11) / 12);
  const year = `FY${pad(named, 4)}`;
  const ordinal = (month - yearStart) / GRAIN_MONTHS[grain] + 1;
  if (grain === 'quarter') return `${year}-Q${ordinal}`;
  if (grain === 'half') return `${year}-H${ordinal}`;
  return year;
}

/**
 * The period of `grain` starting at `month` (aligned), or `INVALID_PERIOD` (with `path` and
 * `value`) when it would start before 0000-01-01 or end after 9999-12-01.
 */
export function periodAtMonth(
  grain: Grain,
  month: number,
  fiscal: FiscalCalendar | null,
  path: ErrorPath,
  value: unknown,
): PeriodFields {
  const end = month + GRAIN_MONTHS[grain];
  if (month < FIRST_MONTH || end > LAST_END_MONTH)
    throw new CrmRulesError(
      'INVALID_PERIOD',
      'periods must start on or after 0000-01-01 and end by 9999-12-01',
      { path, value },
    );
  return {
    grain,
    label: labelOf(grain, month, fiscal),
    start: isoOfDayNumber(daysFromMonthIndex(month)),
    end: isoOfDayNumber(daysFromMonthIndex(end)),
    fiscal: fiscal === null ? null : { startMonth: fiscal.startMonth, naming: fiscal.naming },
  };
}
