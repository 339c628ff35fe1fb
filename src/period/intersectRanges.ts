import { attempt, type SafeResult } from '../errors';
import { requireRange } from './_lib/periodGuards';
import type { DateRange } from './DateRange';

/**
 * The days two half-open ranges (or periods) have in common, or `null` when they share none.
 * Ranges that only touch (`a.end === b.start`) share no day.
 *
 * @param left - `{ start, end }`, valid and not reversed
 * @param right - `{ start, end }`, valid and not reversed
 * @returns the common range, or `null`
 * @example
 * ```ts
 * intersectRanges(parsePeriod('2026-Q1'), { start: '2026-02-15', end: '2026-12-01' });
 * //=> { start: '2026-02-15', end: '2026-04-01' }
 * ```
 */
export function intersectRanges(
  left: { readonly start: string; readonly end: string },
  right: { readonly start: string; readonly end: string },
): DateRange | null {
  requireRange(left, 'left');
  requireRange(right, 'right');
  const start = left.start > right.start ? left.start : right.start;
  const end = left.end < right.end ? left.end : right.end;
  return start < end ? { start, end } : null;
}

/**
 * Like {@link intersectRanges}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeIntersectRanges(null, null).success;
 * //=> false
 * ```
 */
export function safeIntersectRanges(
  left: { readonly start: string; readonly end: string },
  right: { readonly start: string; readonly end: string },
): SafeResult<DateRange | null> {
  return attempt(() => intersectRanges(left, right));
}
