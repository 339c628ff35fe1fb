import { requireObject } from './_lib/guards';
import type { Period } from './Period';

/**
 * Orders periods by start, then end (shorter first), then label, then calendar: −1, 0 or 1. It
 * is 0 only for equal periods, so sorting with it gives one order whatever the input order.
 *
 * @param left - a period
 * @param right - another period
 * @returns −1 when `left` sorts first, 1 when `right` does, 0 for the same period
 * @example
 * ```ts
 * [parsePeriod('2026'), parsePeriod('2026-Q1'), parsePeriod('2025-12')].sort(comparePeriods).map((p) => p.label);
 * //=> ['2025-12', '2026-Q1', '2026']
 * ```
 */
export function comparePeriods(left: Period, right: Period): -1 | 0 | 1 {
  requireObject(left, ['left'], 'a period');
  requireObject(right, ['right'], 'a period');
  if (left.start !== right.start) return left.start < right.start ? -1 : 1;
  if (left.end !== right.end) return left.end < right.end ? -1 : 1;
  if (left.label !== right.label) return left.label < right.label ? -1 : 1;
  const a = calendarKey(left);
  const b = calendarKey(right);
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * True when two values are the same period: same grain, days, label and calendar. `2026` and
 * `FY2026` cover the same days but are different periods.
 *
 * @param left - a period
 * @param right - another period
 * @returns whether they are equal
 * @example
 * ```ts
 * periodEquals(parsePeriod('2026-Q1'), periodOf('2026-02-14', 'quarter'));
 * //=> true
 * ```
 */
export function periodEquals(left: Period, right: Period): boolean {
  requireObject(left, ['left'], 'a period');
  requireObject(right, ['right'], 'a period');
  return (
    left.grain === right.grain &&
    left.start === right.start &&
    left.end === right.end &&
    left.label === right.label &&
    calendarKey(left) === calendarKey(right)
  );
}

/** 0 for calendar periods, else a number unique to the fiscal calendar. */
function calendarKey(period: Period): number {
  if (typeof period.fiscal !== 'object' || period.fiscal === null) return 0;
  return period.fiscal.startMonth * 2 + (period.fiscal.naming === 'start-year' ? 1 : 0);
}
