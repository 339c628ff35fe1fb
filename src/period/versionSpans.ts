/**
 * Internal (not exported from the barrel): the spans in which versions are in force, and the
 * first problem that keeps a list of versions from being a valid history.
 */
import { dayNumberOf } from '../_lib/civil';
import type { ErrorCode } from '../errors';
import type { EffectiveDated } from './EffectiveDated';

/** One version with the dates it is in force: `[from, to)`, `to === null` for open-ended. */
export interface VersionSpan<T> {
  readonly version: T;
  readonly index: number;
  readonly from: string;
  readonly to: string | null;
}

/** What is wrong with a list of versions; `path` is relative to the list. */
export interface VersionProblem {
  readonly code: ErrorCode;
  readonly path: Array<string | number>;
  readonly message: string;
  readonly value: unknown;
}

/**
 * The versions sorted by `effectiveFrom` (ties by position) with the span each is in force, or
 * the first problem: a malformed date (`INVALID_DATE`), `effectiveTo` not after `effectiveFrom`
 * (`INVALID_DATE_RANGE`), or a version that starts while another is in force
 * (`OVERLAPPING_VERSIONS`, at the index of the later-starting one; for equal starts, the one later
 * in the list).
 */
export function versionSpans<T extends EffectiveDated>(
  versions: readonly T[],
): { spans: VersionSpan<T>[] } | { problem: VersionProblem } {
  for (let index = 0; index < versions.length; index += 1) {
    const version = versions[index] as T;
    const from = version?.effectiveFrom;
    if (typeof from !== 'string' || dayNumberOf(from) === undefined)
      return problem(
        'INVALID_DATE',
        [index, 'effectiveFrom'],
        'expected a calendar date as YYYY-MM-DD',
        from,
      );
    const to = version.effectiveTo;
    if (to === undefined) continue;
    if (typeof to !== 'string' || dayNumberOf(to) === undefined)
      return problem(
        'INVALID_DATE',
        [index, 'effectiveTo'],
        'expected a calendar date as YYYY-MM-DD',
        to,
      );
    if (to <= from)
      return problem(
        'INVALID_DATE_RANGE',
        [index, 'effectiveTo'],
        `effectiveTo ${to} must be after effectiveFrom ${from}`,
        to,
      );
  }
  const only = versions.length === 1 ? (versions[0] as T) : undefined;
  // One version (a payee's usual single assignment): nothing to sort or to overlap.
  if (only !== undefined)
    return {
      spans: [{ version: only, index: 0, from: only.effectiveFrom, to: only.effectiveTo ?? null }],
    };
  const sorted = versions
    .map((version, index) => ({ version, index }))
    .sort((a, b) =>
      a.version.effectiveFrom === b.version.effectiveFrom
        ? a.index - b.index
        : a.version.effectiveFrom < b.version.effectiveFrom
          ? -1
          : 1,
    );
  const spans: VersionSpan<T>[] = [];
  for (const [position, { version, index }] of sorted.entries()) {
    const next = sorted[position + 1];
    const nextFrom = next?.version.effectiveFrom;
    if (next !== undefined && nextFrom !== undefined) {
      const explicitTo = version.effectiveTo;
      if (nextFrom === version.effectiveFrom || (explicitTo !== undefined && explicitTo > nextFrom))
        return problem(
          'OVERLAPPING_VERSIONS',
          [next.index],
          `version ${next.index} starts on ${nextFrom} while version ${index} is still in force`,
          next.version,
        );
    }
    spans.push({
      version,
      index,
      from: version.effectiveFrom,
      to: version.effectiveTo ?? nextFrom ?? null,
    });
  }
  return { spans };
}

function problem(
  code: ErrorCode,
  path: Array<string | number>,
  message: string,
  value: unknown,
): { problem: VersionProblem } {
  return { problem: { code, path, message, value } };
}
