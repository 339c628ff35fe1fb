import { dayNumberOf } from '../_lib/civil';
import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../errors';
import { requirePath } from '../errors/_lib/argumentGuards';
import type { EffectiveDated } from './EffectiveDated';
import { checkedSpans } from './validateVersions';

/**
 * The version in force on a date: the one with the latest `effectiveFrom` on or before the date,
 * unless its `effectiveTo` has passed. The versions are checked first (see
 * {@link validateVersions}).
 *
 * @param versions - the versions, in any order
 * @param date - a `YYYY-MM-DD` date
 * @param path - where the list sits in the caller's input, for errors
 * @returns the version in force, or `null` before the first, in a gap or after a closed last one
 * @throws CrmRulesError `OVERLAPPING_VERSIONS`, `INVALID_DATE_RANGE` or `INVALID_DATE` for bad
 * versions; `INVALID_DATE` at `['date']` for a malformed date
 * @example
 * ```ts
 * versionAt([{ effectiveFrom: '2026-01-01', rate: '0.04' }, { effectiveFrom: '2026-07-01', rate: '0.05' }], '2026-06-30')?.rate;
 * //=> '0.04'
 * ```
 */
export function versionAt<T extends EffectiveDated>(
  versions: readonly T[],
  date: string,
  path: ErrorPath = [],
): T | null {
  requirePath(path);
  if (typeof date !== 'string' || dayNumberOf(date) === undefined)
    throw new CrmRulesError('INVALID_DATE', 'expected a calendar date as YYYY-MM-DD', {
      path: ['date'],
      value: date,
    });
  const spans = checkedSpans(versions, path);
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid]?.from as string) <= date) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo - 1];
  return span !== undefined && (span.to === null || date < span.to) ? span.version : null;
}

/**
 * Like {@link versionAt}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeVersionAt(null, null).success;
 * //=> false
 * ```
 */
export function safeVersionAt<T extends EffectiveDated>(
  versions: readonly T[],
  date: string,
  path: ErrorPath = [],
): SafeResult<T | null> {
  return attempt(() => versionAt<T>(versions, date, path));
}

/**
 * The version in force on a date, which must exist (see {@link versionAt}).
 *
 * @param versions - the versions, in any order
 * @param date - a `YYYY-MM-DD` date
 * @param path - where the list sits in the caller's input, for errors
 * @returns the version in force
 * @throws CrmRulesError `NO_VERSION_IN_FORCE` at `path` (value: the date) when none is;
 * `OVERLAPPING_VERSIONS`, `INVALID_DATE_RANGE`, `INVALID_DATE` as {@link versionAt}
 * @example
 * ```ts
 * requireVersionAt([{ effectiveFrom: '2026-01-01' }], '2025-12-31');
 * //=> throws CrmRulesError NO_VERSION_IN_FORCE
 * ```
 */
export function requireVersionAt<T extends EffectiveDated>(
  versions: readonly T[],
  date: string,
  path: ErrorPath = [],
): T {
  const version = versionAt(versions, date, path);
  if (version === null)
    throw new CrmRulesError('NO_VERSION_IN_FORCE', `no version is in force on ${date}`, {
      path,
      value: date,
    });
  return version;
}

/**
 * Like {@link requireVersionAt}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeRequireVersionAt(null, null).success;
 * //=> false
 * ```
 */
export function safeRequireVersionAt<T extends EffectiveDated>(
  versions: readonly T[],
  date: string,
  path: ErrorPath = [],
): SafeResult<T> {
  return attempt(() => requireVersionAt<T>(versions, date, path));
}
