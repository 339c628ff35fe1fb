import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../errors';
import { requireObject, requireOptions, requirePath } from '../errors/_lib/argumentGuards';
import { canonicalJson } from './canonicalJson';
import type { PutOptions, PutResult, ResultRecord, StoredResult } from './ResultRecord';

/**
 * Decides what putting a result does, so every adapter implements the same semantics. An
 * adapter reads the current record under its key (inside its transaction), calls this, and
 * writes `stored` unless the outcome is `unchanged`.
 *
 * - No current record: `created`, version 1.
 * - Identical (same period, subject, closed flag and canonical value): `unchanged`, a no-op.
 * - Different, current record open: `replaced`, version + 1 (putting `closed: true` closes it).
 * - Different, current record closed: `CONFLICT`; nothing changes.
 * - Different and `expectedVersion` given but not the current version (0 when none): `CONFLICT`.
 *
 * @param current - the record stored under the same kind and key, or `null`
 * @param record - the parsed record to put
 * @param options - `expectedVersion`
 * @param path - where the record sits in the caller's input, for errors
 * @returns the outcome and the record to store
 * @throws CrmRulesError `CONFLICT` with the path of the first differing field
 * @example
 * ```ts
 * resolvePut(null, { kind: 'grade', key: 'C-1', period: '2026-Q1', subjectId: 'C-1', value: 'key' }).result;
 * //=> { outcome: 'created', version: 1 }
 * ```
 */
export function resolvePut(
  current: StoredResult | null,
  record: ResultRecord,
  options: PutOptions = {},
  path: ErrorPath = [],
): { result: PutResult; stored: StoredResult } {
  requireObject(record, 'record');
  requireOptions(options);
  requirePath(path);
  const value = JSON.parse(canonicalJson(record.value, [...path, 'value']));
  const next = { ...record, value, closed: record.closed === true };
  const version = current?.version ?? 0;
  const differs = current === null ? undefined : firstDifference(current, next);
  if (current !== null && differs === undefined) {
    return { result: { outcome: 'unchanged', version }, stored: current };
  }
  if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
    throw new CrmRulesError(
      'CONFLICT',
      `${record.kind} ${record.key} is at version ${version}, not ${options.expectedVersion}; read it again`,
      { path: [...path, 'expectedVersion'], value: options.expectedVersion },
    );
  }
  if (current?.closed === true) {
    throw new CrmRulesError(
      'CONFLICT',
      `${record.kind} ${record.key} is closed and cannot change; store a correction under a new key`,
      { path: [...path, differs ?? 'value'], value: next[differs ?? 'value'] },
    );
  }
  const stored: StoredResult = { ...next, version: version + 1 };
  return {
    result: { outcome: current === null ? 'created' : 'replaced', version: stored.version },
    stored,
  };
}

/**
 * Like {@link resolvePut}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeResolvePut(null, null).success;
 * //=> false
 * ```
 */
export function safeResolvePut(
  current: StoredResult | null,
  record: ResultRecord,
  options: PutOptions = {},
  path: ErrorPath = [],
): SafeResult<{ result: PutResult; stored: StoredResult }> {
  return attempt(() => resolvePut(current, record, options, path));
}

function firstDifference(
  current: StoredResult,
  next: Omit<StoredResult, 'version'>,
): 'period' | 'subjectId' | 'value' | 'closed' | undefined {
  if (current.period !== next.period) return 'period';
  if (current.subjectId !== next.subjectId) return 'subjectId';
  if (canonicalJson(current.value) !== canonicalJson(next.value)) return 'value';
  if (current.closed !== next.closed) return 'closed';
  return undefined;
}
