import { dayNumberOf, daysFromMonthIndex, monthIndexOfDays } from '../_lib/civil';
import { requireObject } from './_lib/guards';
import { dateRange } from './DateRange';
import type { FiscalCalendar, FiscalCalendarInput } from './FiscalCalendar';
import type { Grain } from './Grain';
import { alignMonth, grainMonths, gridOf, periodAtMonth } from './grid';
import type { Period } from './Period';

/**
 * Iterates, in date order, over the periods of a grain that share at least one day with a
 * half-open range — the period containing `range.start` first, the one containing the last day
 * of the range last. An empty range yields nothing. Pass a period as the range to walk its
 * sub-periods. The arguments are checked when called, not on the first step.
 *
 * @param range - `{ start, end }`, end exclusive (a {@link Period} or {@link DateRange})
 * @param grain - `month`, `quarter`, `half` or `year`
 * @param calendar - the fiscal calendar, or nothing for calendar periods
 * @returns an iterator of periods
 * @throws CrmRulesError `INVALID_DATE` or `INVALID_DATE_RANGE` (reversed) at `['range', …]`;
 * `INVALID_INPUT` for an unknown grain or calendar, or a range that is not an object
 * @example
 * ```ts
 * [...eachPeriod({ start: '2026-02-15', end: '2026-05-01' }, 'month')].map((p) => p.label);
 * //=> ['2026-02', '2026-03', '2026-04']
 * ```
 */
export function eachPeriod(
  range: { readonly start: string; readonly end: string },
  grain: Grain,
  calendar?: FiscalCalendarInput | null,
): IterableIterator<Period> {
  requireObject(range, ['range'], 'a period or a { start, end } range');
  const { start, end } = dateRange(range.start, range.end, ['range']);
  const length = grainMonths(grain, ['grain']);
  const fiscal = gridOf(grain, calendar, ['calendar']);
  const startDay = dayNumberOf(start) as number;
  const endDay = dayNumberOf(end) as number;
  return walk(grain, length, fiscal, startDay, endDay, range);
}

function* walk(
  grain: Grain,
  length: number,
  fiscal: FiscalCalendar | null,
  startDay: number,
  endDay: number,
  range: unknown,
): Generator<Period> {
  if (endDay <= startDay) return;
  for (
    let month = alignMonth(monthIndexOfDays(startDay), grain, fiscal);
    daysFromMonthIndex(month) < endDay;
    month += length
  ) {
    yield periodAtMonth(grain, month, fiscal, ['range'], range);
  }
}

/**
 * The periods of a grain that share at least one day with a range, in date order (the array
 * form of {@link eachPeriod}).
 *
 * @param range - `{ start, end }`, end exclusive
 * @param grain - `month`, `quarter`, `half` or `year`
 * @param calendar - the fiscal calendar, or nothing for calendar periods
 * @returns the overlapping periods; none for an empty range
 * @throws CrmRulesError `INVALID_DATE`, `INVALID_DATE_RANGE` at `['range', …]`; `INVALID_INPUT`
 * @example
 * ```ts
 * periodsOverlapping({ start: '2026-04-30', end: '2026-05-02' }, 'quarter', { startMonth: 2 }).map((p) => p.label);
 * //=> ['FY2027-Q1', 'FY2027-Q2']
 * ```
 */
export function periodsOverlapping(
  range: { readonly start: string; readonly end: string },
  grain: Grain,
  calendar?: FiscalCalendarInput | null,
): Period[] {
  return Array.from(eachPeriod(range, grain, calendar));
}
