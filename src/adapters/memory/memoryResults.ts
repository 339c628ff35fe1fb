import { CrmRulesError, parseWith } from '../../errors';
import {
  compareKeys,
  type PutResult,
  parsePutOptions,
  parseResultFilter,
  ResultRecord,
  type ResultStore,
  resolvePut,
  type StoredResult,
  type Supports,
  unsupported,
} from '../../ports';
import { copyJson } from './copyJson';

/** Internal: the result store of a memory store, a map of records per kind, keyed by `key`. */
export function memoryResults(supports: Supports): ResultStore {
  const kinds = new Map<string, Map<string, StoredResult>>();
  const need = (capability: 'read' | 'write' | 'atomicBatch') => {
    if (!supports.results[capability]) throw unsupported(`results.${capability}`);
  };
  const current = (kind: string, key: string) => kinds.get(kind)?.get(key) ?? null;
  const commit = (stored: StoredResult) => {
    const byKey = kinds.get(stored.kind) ?? new Map<string, StoredResult>();
    byKey.set(stored.key, stored);
    kinds.set(stored.kind, byKey);
  };

  return {
    async get(kind, key) {
      need('read');
      text(kind, 'kind');
      text(key, 'key');
      const found = current(kind, key);
      return found === null ? null : copyJson(found);
    },
    async *list(kind, filter) {
      need('read');
      text(kind, 'kind');
      const { period, subjectId } = parseResultFilter(filter);
      const snapshot = [...(kinds.get(kind)?.values() ?? [])]
        .filter(
          (record) =>
            (period === undefined || record.period === period) &&
            (subjectId === undefined || record.subjectId === subjectId),
        )
        .sort((a, b) => compareKeys(a.key, b.key));
      for (const record of snapshot) yield copyJson(record);
    },
    async put(record, options): Promise<PutResult> {
      need('write');
      const parsed = parseWith(ResultRecord, record);
      const put = resolvePut(current(parsed.kind, parsed.key), parsed, parsePutOptions(options));
      if (put.result.outcome !== 'unchanged') commit(put.stored);
      return put.result;
    },
    async putMany(records): Promise<PutResult[]> {
      need('atomicBatch');
      if (!Array.isArray(records))
        throw new CrmRulesError('INVALID_INPUT', 'putMany takes an array of records', {
          value: records,
        });
      // Resolve every record against the store plus the records staged before it; commit only
      // when all succeed.
      const staged = new Map<string, StoredResult>();
      const results = records.map((record: unknown, index) => {
        const parsed = parseWith(ResultRecord, record, { path: [index] });
        const id = JSON.stringify([parsed.kind, parsed.key]);
        const before = staged.get(id) ?? current(parsed.kind, parsed.key);
        const put = resolvePut(before, parsed, {}, [index]);
        staged.set(id, put.stored);
        return put.result;
      });
      for (const stored of staged.values()) commit(stored);
      return results;
    },
  };
}

function text(value: unknown, name: string): void {
  if (typeof value !== 'string' || value === '')
    throw new CrmRulesError('INVALID_INPUT', `${name} is a non-empty string`, {
      path: [name],
      value,
    });
}
