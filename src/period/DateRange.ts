import * as z from 'zod';
import { dayNumberOf } from '../_lib/civil';
import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../errors';
import { requirePath } from '../errors/_lib/argumentGuards';
import { requireRangeShape } from './_lib/guards';
import { IsoDate } from './IsoDate';

/**
 * A half-open range of calendar dates `[start, end)`: `start` is included, `end` is not.
 * An empty range (`start === end`) is allowed; a reversed one is not.
 *
 * @example
 * ```ts
 * DateRange.parse({ start: '2026-07-01', end: '2026-08-01' }); // the days of July 2026
 * //=> { start: '2026-07-01', end: '2026-08-01' }
 * ```
 */
export const DateRange = z
  .strictObject({ start: IsoDate, end: IsoDate })
  .refine((range) => range.start <= range.end, {
    message: 'end must not be before start',
    path: ['end'],
    params: { code: 'INVALID_DATE_RANGE' },
  });
/** A validated half-open `[start, end)` date range. */
export type DateRange = z.infer<typeof DateRange>;

/**
 * Builds a {@link DateRange}, checking both dates and their order.
 *
 * @param start - the first day, included
 * @param end - the day after the last, excluded
 * @param path - where the range sits in the caller's input; errors point at `[...path, 'start']`
 * or `[...path, 'end']`
 * @returns the range
 * @throws CrmRulesError `INVALID_DATE` for a malformed date, `INVALID_DATE_RANGE` when reversed
 * @example
 * ```ts
 * dateRange('2026-01-01', '2026-04-01');
 * //=> { start: '2026-01-01', end: '2026-04-01' }
 * ```
 */
export function dateRange(start: string, end: string, path: ErrorPath = []): DateRange {
  requirePath(path);
  const from = dayNumberOf(start);
  if (from === undefined)
    throw new CrmRulesError('INVALID_DATE', 'expected a calendar date as YYYY-MM-DD', {
      path: [...path, 'start'],
      value: start,
    });
  const to = dayNumberOf(end);
  if (to === undefined)
    throw new CrmRulesError('INVALID_DATE', 'expected a calendar date as YYYY-MM-DD', {
      path: [...path, 'end'],
      value: end,
    });
  if (to < from)
    throw new CrmRulesError('INVALID_DATE_RANGE', `end ${end} is before start ${start}`, {
      path: [...path, 'end'],
      value: { start, end },
    });
  return { start, end } as DateRange;
}

/**
 * True when `date` lies in the half-open range. Dates are compared as strings, unchecked (only
 * their type is); use {@link periodContains} to check the dates too.
 *
 * @param range - `{ start, end }`, end exclusive
 * @param date - a `YYYY-MM-DD` date
 * @returns whether `start <= date < end`
 * @throws CrmRulesError `INVALID_INPUT` at `['range']` when the range is not an object;
 * `INVALID_DATE` when `range.start`, `range.end` or `date` is not a string
 * @example
 * ```ts
 * inRange({ start: '2026-07-01', end: '2026-08-01' } as DateRange, '2026-08-01');
 * //=> false
 * ```
 */
export function inRange(
  range: { readonly start: string; readonly end: string },
  date: string,
): boolean {
  requireRangeShape(range, ['range']);
  if (typeof date !== 'string')
    throw new CrmRulesError('INVALID_DATE', 'expected a calendar date as YYYY-MM-DD', {
      path: ['date'],
      value: date,
    });
  return date >= range.start && date < range.end;
}

/**
 * Like {@link inRange}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeInRange(null, null).success;
 * //=> false
 * ```
 */
export function safeInRange(
  range: { readonly start: string; readonly end: string },
  date: string,
): SafeResult<boolean> {
  return attempt(() => inRange(range, date));
}

/**
 * Like {@link dateRange}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeDateRange(null, null).success;
 * //=> false
 * ```
 */
export function safeDateRange(
  start: string,
  end: string,
  path: ErrorPath = [],
): SafeResult<DateRange> {
  return attempt(() => dateRange(start, end, path));
}
