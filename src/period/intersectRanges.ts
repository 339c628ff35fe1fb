import { requireObject } from './_lib/guards';
import { overlap } from './_lib/overlap';
import { type DateRange, dateRange } from './DateRange';

/**
 * The days two half-open ranges (or periods) have in common, or `null` when they share none.
 * Ranges that only touch (`a.end === b.start`) share no day.
 *
 * @param left - `{ start, end }`, valid and not reversed
 * @param right - `{ start, end }`, valid and not reversed
 * @returns the common range, or `null`
 * @throws CrmRulesError `INVALID_DATE` or `INVALID_DATE_RANGE` (reversed) at `['left', …]` or
 * `['right', …]`; `INVALID_INPUT` for a range that is not an object
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
  requireObject(left, ['left'], 'a period or a { start, end } range');
  requireObject(right, ['right'], 'a period or a { start, end } range');
  dateRange(left.start, left.end, ['left']);
  dateRange(right.start, right.end, ['right']);
  return overlap(left, right);
}
