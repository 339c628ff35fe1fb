import type { ErrorPath } from '../errors';
import { requireObject } from './_lib/guards';
import { overlap } from './_lib/overlap';
import { type DateRange, dateRange } from './DateRange';
import type { EffectiveDated } from './EffectiveDated';
import { checkedSpans } from './validateVersions';

/** A version in force during part of a range (see {@link versionsInForce}). */
export interface VersionInForce<T> {
  /** The version. */
  readonly version: T;
  /** Its position in the list given. */
  readonly index: number;
  /** The days of the range during which it is in force. */
  readonly range: DateRange;
}

/**
 * The versions in force at some point of a range (or period), oldest first, each with the part
 * of the range it covers. The parts never overlap; days in a gap between versions belong to
 * none. Prorate with {@link prorate} or pick one (the first, the last, the longest).
 *
 * @param versions - the versions, in any order
 * @param range - `{ start, end }`, end exclusive — a {@link Period} works
 * @param path - where the list sits in the caller's input, for errors
 * @returns the overlapping versions with their clipped ranges; none for an empty range
 * @throws CrmRulesError `OVERLAPPING_VERSIONS`, `INVALID_DATE_RANGE` or `INVALID_DATE` for bad
 * versions; `INVALID_DATE` or `INVALID_DATE_RANGE` at `['range', …]` for a bad range
 * @example
 * ```ts
 * versionsInForce(
 *   [{ effectiveFrom: '2026-01-01' }, { effectiveFrom: '2026-02-15' }],
 *   parsePeriod('2026-Q1'),
 * ).map((v) => [v.index, v.range.start, v.range.end]);
 * //=> [[0, '2026-01-01', '2026-02-15'], [1, '2026-02-15', '2026-04-01']]
 * ```
 */
export function versionsInForce<T extends EffectiveDated>(
  versions: readonly T[],
  range: { readonly start: string; readonly end: string },
  path: ErrorPath = [],
): VersionInForce<T>[] {
  requireObject(range, ['range'], 'a period or a { start, end } range');
  const window = dateRange(range.start, range.end, ['range']);
  const found: VersionInForce<T>[] = [];
  for (const span of checkedSpans(versions, path)) {
    const part = overlap(window, { start: span.from, end: span.to ?? window.end });
    if (part !== null) found.push({ version: span.version, index: span.index, range: part });
  }
  return found;
}
