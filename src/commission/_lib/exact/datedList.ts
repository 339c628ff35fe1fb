import type { ErrorPath } from '../../../errors';
import { validateVersions } from '../../../period';

/** Internal: effective-dated items indexed for fast as-of lookups (validated once). */
export interface DatedList<T> {
  readonly items: readonly T[];
  /** The item in force on a date, or `null`. */
  at(date: string): T | null;
  /** The items in force at some point of `[start, end)`, oldest first. */
  during(start: string, end: string): T[];
}

/**
 * Internal: validates versions (`OVERLAPPING_VERSIONS`, `INVALID_DATE_RANGE` at `path`) and
 * returns a lookup that caches answers by date.
 */
export function datedList<T extends { effectiveFrom: string; effectiveTo?: string | undefined }>(
  versions: readonly T[],
  path: ErrorPath,
): DatedList<T> {
  const sorted = validateVersions(versions, path);
  const ends = sorted.map((item, i) => item.effectiveTo ?? sorted[i + 1]?.effectiveFrom ?? null);
  // Made on first use: most lists are short and scanned.
  let cache: Map<string, T | null> | null = null;
  const scan = (date: string): T | null => {
    for (let i = sorted.length - 1; i >= 0; i -= 1) {
      const item = sorted[i] as T;
      if (item.effectiveFrom <= date) {
        const end = ends[i];
        return end === null || end === undefined || date < end ? item : null;
      }
    }
    return null;
  };
  return {
    items: sorted,
    at(date) {
      // A short list is scanned faster than a cache is filled (a payee has one or two assignments).
      if (sorted.length <= 4) return scan(date);
      cache ??= new Map();
      let found = cache.get(date);
      if (found === undefined) {
        found = scan(date);
        cache.set(date, found);
      }
      return found;
    },
    during(start, end) {
      return sorted.filter((item, i) => {
        const to = ends[i];
        return item.effectiveFrom < end && (to === null || to === undefined || to > start);
      });
    },
  };
}
