import { isUnsafeKey } from '../_lib/guards';
import { attempt, CrmRulesError, type SafeResult } from '../errors';
import type { PutOptions, ResultFilter } from './ResultRecord';

/**
 * Validates the filter of `ResultStore.list`, so every adapter refuses the same mistakes.
 * Filters whose value is `undefined` are ignored.
 *
 * @param filter - the caller's filter, or `undefined`
 * @returns a fresh filter with only `period` and `subjectId`
 * @throws CrmRulesError `INVALID_INPUT` (not an object, unknown key, not a non-empty string),
 * `UNSAFE_KEY`, with the path of the key
 * @example
 * ```ts
 * parseResultFilter({ period: '2026-Q1', subjectId: undefined });
 * //=> { period: '2026-Q1' }
 * ```
 */
export function parseResultFilter(filter: unknown): ResultFilter {
  if (filter === undefined) return {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw new CrmRulesError('INVALID_INPUT', 'a results filter is an object', { value: filter });
  const out: { period?: string; subjectId?: string } = {};
  for (const [key, value] of Object.entries(filter)) {
    if (isUnsafeKey(key))
      throw new CrmRulesError('UNSAFE_KEY', 'this key could reach an object prototype', {
        path: [key],
        value: key,
      });
    if (key !== 'period' && key !== 'subjectId')
      throw new CrmRulesError('INVALID_INPUT', 'results filter by period and subjectId only', {
        path: [key],
        value: key,
      });
    if (value === undefined) continue;
    if (typeof value !== 'string' || value === '')
      throw new CrmRulesError('INVALID_INPUT', `${key} is a non-empty string`, {
        path: [key],
        value,
      });
    out[key] = value;
  }
  return out;
}

/**
 * Like {@link parseResultFilter}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeParseResultFilter(null).success;
 * //=> false
 * ```
 */
export function safeParseResultFilter(filter: unknown): SafeResult<ResultFilter> {
  return attempt(() => parseResultFilter(filter));
}

/**
 * Validates the options of `ResultStore.put`.
 *
 * @param options - the caller's options, or `undefined`
 * @returns fresh options
 * @throws CrmRulesError `INVALID_INPUT` when `expectedVersion` is not a whole number ≥ 0
 * @example
 * ```ts
 * parsePutOptions({ expectedVersion: 2 });
 * //=> { expectedVersion: 2 }
 * ```
 */
export function parsePutOptions(options: unknown): PutOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null)
    throw new CrmRulesError('INVALID_INPUT', 'put options are an object', { value: options });
  const expected: unknown = (options as { expectedVersion?: unknown }).expectedVersion;
  if (expected === undefined) return {};
  if (typeof expected !== 'number' || !Number.isSafeInteger(expected) || expected < 0)
    throw new CrmRulesError('INVALID_INPUT', 'expectedVersion is a whole number ≥ 0', {
      path: ['expectedVersion'],
      value: expected,
    });
  return { expectedVersion: expected };
}

/**
 * Like {@link parsePutOptions}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeParsePutOptions(null).success;
 * //=> false
 * ```
 */
export function safeParsePutOptions(options: unknown): SafeResult<PutOptions> {
  return attempt(() => parsePutOptions(options));
}
