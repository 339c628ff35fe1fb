import * as z from 'zod/mini';
import { dayNumberOf, isoOfDayNumber } from '../_lib/civil';
import { englishByDefault } from '../_lib/englishByDefault';
import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../errors';
import { requirePath } from '../errors/_lib/argumentGuards';
import { requireDayInRange, requireWholeDays } from './_lib/guards';

/**
 * A calendar date as `YYYY-MM-DD`, with no time and no time zone. Strings that are not real
 * dates (`2026-02-30`) are rejected.
 *
 * @example
 * ```ts
 * IsoDate.parse('2026-07-01');
 * //=> '2026-07-01'
 * ```
 */
export const IsoDate = /* @__PURE__ */ englishByDefault(() =>
  z.string().check(
    z.refine((text) => dayNumberOf(text) !== undefined, {
      message: 'expected a calendar date as YYYY-MM-DD',
      params: { code: 'INVALID_DATE' },
    }),
  ),
);
/** A `YYYY-MM-DD` calendar date string (validated where it enters through a schema). */
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * Checks a `YYYY-MM-DD` string and returns it typed as {@link IsoDate}.
 *
 * @param text - the date
 * @param path - where the date sits in the caller's input, for the error
 * @returns the same string, typed
 * @throws CrmRulesError `INVALID_DATE` when it is not a real calendar date
 * @example
 * ```ts
 * isoDate('2024-02-29');
 * //=> '2024-02-29'
 * ```
 */
export function isoDate(text: unknown, path: ErrorPath = []): IsoDate {
  requirePath(path);
  if (typeof text !== 'string' || dayNumberOf(text) === undefined) {
    throw new CrmRulesError('INVALID_DATE', 'expected a calendar date as YYYY-MM-DD', {
      path,
      value: text,
    });
  }
  return text as IsoDate;
}

/**
 * Like {@link isoDate}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeIsoDate(null).success;
 * //=> false
 * ```
 */
export function safeIsoDate(text: unknown, path: ErrorPath = []): SafeResult<IsoDate> {
  return attempt(() => isoDate(text, path));
}

/**
 * The number of days from 1970-01-01 to a date: the form date arithmetic uses.
 *
 * @param date - a `YYYY-MM-DD` date
 * @param path - where the date sits in the caller's input, for the error
 * @returns the day number (negative before 1970)
 * @throws CrmRulesError `INVALID_DATE`
 * @example
 * ```ts
 * dayNumber('1970-01-02');
 * //=> 1
 * ```
 */
export function dayNumber(date: string, path: ErrorPath = []): number {
  requirePath(path);
  const days = dayNumberOf(date);
  if (days === undefined) {
    throw new CrmRulesError('INVALID_DATE', 'expected a calendar date as YYYY-MM-DD', {
      path,
      value: date,
    });
  }
  return days;
}

/**
 * Like {@link dayNumber}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeDayNumber(null).success;
 * //=> false
 * ```
 */
export function safeDayNumber(date: string, path: ErrorPath = []): SafeResult<number> {
  return attempt(() => dayNumber(date, path));
}

/**
 * The date of a day number (the inverse of {@link dayNumber}).
 *
 * @param days - days since 1970-01-01, for a date in the years 0000–9999
 * @returns the `YYYY-MM-DD` date
 * @throws CrmRulesError `INVALID_INPUT` at `['days']` when `days` is not a safe integer (NaN,
 * 1.5, `'1'`); `INVALID_DATE` at `['days']` for a day outside 0000-01-01 … 9999-12-31
 * @example
 * ```ts
 * dateOfDayNumber(19723);
 * //=> '2024-01-01'
 * ```
 */
export function dateOfDayNumber(days: number): IsoDate {
  requireWholeDays(days, ['days']);
  return isoOfDayNumber(requireDayInRange(days, ['days'], days)) as IsoDate;
}

/**
 * Like {@link dateOfDayNumber}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeDateOfDayNumber(null).success;
 * //=> false
 * ```
 */
export function safeDateOfDayNumber(days: number): SafeResult<IsoDate> {
  return attempt(() => dateOfDayNumber(days));
}

/**
 * Adds (or subtracts) whole days to a date.
 *
 * @param date - a `YYYY-MM-DD` date
 * @param days - whole days to add (a safe integer), negative to go back
 * @returns the new date, always a valid `YYYY-MM-DD` date from 0000-01-01 to 9999-12-31
 * @throws CrmRulesError `INVALID_DATE` at `['date']` for a malformed date; `INVALID_INPUT` at
 * `['days']` when `days` is not a safe integer (NaN, 1.5, `'1'`); `INVALID_DATE` at `['days']`
 * when the result would fall outside 0000-01-01 … 9999-12-31
 * @example
 * ```ts
 * addDays('2024-02-28', 2);
 * //=> '2024-03-01'
 * ```
 */
export function addDays(date: string, days: number): IsoDate {
  const from = dayNumber(date, ['date']);
  requireWholeDays(days, ['days']);
  return isoOfDayNumber(requireDayInRange(from + days, ['days'], days)) as IsoDate;
}

/**
 * Like {@link addDays}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeAddDays(null, null).success;
 * //=> false
 * ```
 */
export function safeAddDays(date: string, days: number): SafeResult<IsoDate> {
  return attempt(() => addDays(date, days));
}

/**
 * Whole days from `start` to `end` (negative when `end` is earlier).
 *
 * @param start - a `YYYY-MM-DD` date
 * @param end - a `YYYY-MM-DD` date
 * @returns `end − start` in days
 * @throws CrmRulesError `INVALID_DATE` at `['start']` or `['end']`
 * @example
 * ```ts
 * daysBetween('2026-01-01', '2026-03-01');
 * //=> 59
 * ```
 */
export function daysBetween(start: string, end: string): number {
  return dayNumber(end, ['end']) - dayNumber(start, ['start']);
}

/**
 * Like {@link daysBetween}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeDaysBetween(null, null).success;
 * //=> false
 * ```
 */
export function safeDaysBetween(start: string, end: string): SafeResult<number> {
  return attempt(() => daysBetween(start, end));
}
