/**
 * Internal: cheap checks of arguments that bypass the types (`null` for a period, a number for
 * a date, `NaN` days), so that they fail with a coded {@link CrmRulesError} naming the argument
 * instead of a `TypeError`, an invalid date string or a negative day count.
 */
import { MAX_DAY, MIN_DAY } from '../../_lib/civil';
import { CrmRulesError, type ErrorPath } from '../../errors';

/** Throws `INVALID_INPUT` at `path` unless `value` is a (non-null) object. */
export function requireObject(value: unknown, path: ErrorPath, what = 'an object'): void {
  if (typeof value !== 'object' || value === null)
    throw new CrmRulesError('INVALID_INPUT', `expected ${what}`, { path, value });
}

/**
 * Throws `INVALID_INPUT` at `path` unless `value` is an object with string `start` and `end`
 * (a period or a `{ start, end }` range); the dates themselves are checked by the caller.
 */
export function requireRangeShape(value: unknown, path: ErrorPath): void {
  requireObject(value, path, 'a period or a { start, end } range');
  const { start, end } = value as { start?: unknown; end?: unknown };
  if (typeof start !== 'string')
    throw new CrmRulesError('INVALID_DATE', 'expected a calendar date as YYYY-MM-DD', {
      path: [...path, 'start'],
      value: start,
    });
  if (typeof end !== 'string')
    throw new CrmRulesError('INVALID_DATE', 'expected a calendar date as YYYY-MM-DD', {
      path: [...path, 'end'],
      value: end,
    });
}

/**
 * Throws at `path` unless `value` has the shape of a parsed period (from `parsePeriod`): a range
 * with a string `grain` and an object (or `null`) `fiscal`.
 */
export function requirePeriod(value: unknown, path: ErrorPath): void {
  requireRangeShape(value, path);
  const { grain, fiscal } = value as { grain?: unknown; fiscal?: unknown };
  if (typeof grain !== 'string' || typeof fiscal !== 'object')
    throw new CrmRulesError('INVALID_INPUT', 'expected a period (use parsePeriod)', {
      path,
      value,
    });
}

/** Throws `INVALID_INPUT` at `path` unless `value` is a safe integer (a whole number of days). */
export function requireWholeDays(value: unknown, path: ErrorPath): asserts value is number {
  if (!Number.isSafeInteger(value))
    throw new CrmRulesError('INVALID_INPUT', 'expected a whole number of days', { path, value });
}

/**
 * Throws `INVALID_DATE` at `path` (with `value`) unless `days` is the day number of a date from
 * 0000-01-01 to 9999-12-31, the dates a `YYYY-MM-DD` string can write.
 */
export function requireDayInRange(days: number, path: ErrorPath, value: unknown): number {
  if (days < MIN_DAY || days > MAX_DAY)
    throw new CrmRulesError('INVALID_DATE', 'the date would fall outside 0000-01-01 … 9999-12-31', {
      path,
      value,
    });
  return days;
}
