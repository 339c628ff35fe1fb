import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../errors';
import { requireArray, requirePath } from '../errors/_lib/argumentGuards';
import type { EffectiveDated } from './EffectiveDated';
import { type VersionSpan, versionSpans } from './versionSpans';

/**
 * Checks that versions form a history with at most one version in force on any day, and returns
 * them sorted by `effectiveFrom`. A version without `effectiveTo` runs until the next one starts;
 * gaps between versions are allowed (nothing is in force there).
 *
 * @param versions - the versions, in any order
 * @param path - where the list sits in the caller's input, for the error
 * @returns a new array of the same versions, oldest first
 * @throws CrmRulesError `OVERLAPPING_VERSIONS` at `[...path, i]` for the version `i` that starts
 * while another is in force — two versions with the same `effectiveFrom`, or an earlier version
 * whose `effectiveTo` is after `i`'s `effectiveFrom`; `INVALID_DATE_RANGE` at
 * `[...path, i, 'effectiveTo']` when `effectiveTo` is not after `effectiveFrom`; `INVALID_DATE`
 * @example
 * ```ts
 * validateVersions([
 *   { effectiveFrom: '2026-01-01', effectiveTo: '2026-07-01' },
 *   { effectiveFrom: '2026-04-01' },
 * ]);
 * //=> throws CrmRulesError OVERLAPPING_VERSIONS at [1]
 * ```
 */
export function validateVersions<T extends EffectiveDated>(
  versions: readonly T[],
  path: ErrorPath = [],
): T[] {
  requireArray(versions, 'versions');
  requirePath(path);
  return checkedSpans(versions, path).map((span) => span.version);
}

/**
 * Like {@link validateVersions}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeValidateVersions(null).success;
 * //=> false
 * ```
 */
export function safeValidateVersions<T extends EffectiveDated>(
  versions: readonly T[],
  path: ErrorPath = [],
): SafeResult<T[]> {
  return attempt(() => validateVersions<T>(versions, path));
}

/** Internal: the spans of valid versions, or the {@link CrmRulesError} of the first problem. */
export function checkedSpans<T extends EffectiveDated>(
  versions: readonly T[],
  path: ErrorPath,
): VersionSpan<T>[] {
  requirePath(path);
  if (!Array.isArray(versions))
    throw new CrmRulesError('INVALID_INPUT', 'expected an array of versions', {
      path,
      value: versions,
    });
  const result = versionSpans(versions);
  if ('problem' in result) {
    const { code, message, value } = result.problem;
    throw new CrmRulesError(code, message, { path: [...path, ...result.problem.path], value });
  }
  return result.spans;
}
