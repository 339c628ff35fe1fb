import type { DateRange } from '../DateRange';

/**
 * Internal: the common days of two half-open ranges whose dates the caller has checked, or
 * `null` (a reversed range shares no day with anything).
 */
export function overlap(
  left: { readonly start: string; readonly end: string },
  right: { readonly start: string; readonly end: string },
): DateRange | null {
  const start = left.start > right.start ? left.start : right.start;
  const end = left.end < right.end ? left.end : right.end;
  return start < end ? ({ start, end } as DateRange) : null;
}
