import { CrmRulesError, parseWith } from '../../../errors';
import {
  type PutResult,
  parsePutOptions,
  parseResultFilter,
  ResultRecord,
  type ResultStore,
  resolvePut,
  type StoredResult,
  type Supports,
  unsupported,
} from '../../../ports';
import { bulkPut, parseBatchRecord } from './bulkPut';
import type { Connection } from './connection';
import {
  currentResults,
  lockResults,
  RESULT_SELECT,
  resultFromRow,
  writeResults,
} from './resultRows';

/**
 * Internal: the result store of a PostgreSQL store, table `crm_rules.results` keyed by
 * (kind, key), the `lines` of a value in `crm_rules.result_lines` (see `resultLines`). Every write runs in one transaction under advisory locks (see `lockResults`), so
 * a put sees the committed current record and `resolvePut` decides as in memory; `putMany` is one
 * transaction (all or nothing) that first locks each (kind, period) of the batch, so two
 * concurrent closes of a period run one after the other and the second finds the first's
 * records: identical (a no-op, stored once) or closed and different (`CONFLICT`, nothing stored).
 */
export function resultStore(db: Connection, supports: Supports, pageSize: number): ResultStore {
  const need = (capability: 'read' | 'write' | 'atomicBatch') => {
    if (!supports.results[capability]) throw unsupported(`results.${capability}`);
  };
  return {
    async get(kind, key) {
      need('read');
      text(kind, 'kind');
      text(key, 'key');
      const found = await currentResults(db, [[kind, key]]);
      return found.get(JSON.stringify([kind, key])) ?? null;
    },
    async *list(kind, filter) {
      need('read');
      text(kind, 'kind');
      const { period, subjectId } = parseResultFilter(filter);
      const select = `${RESULT_SELECT}
        WHERE r.kind = $1 AND ($2::text IS NULL OR r.period = $2) AND ($3::text IS NULL OR r.subject_id = $3)
        ORDER BY r.key`;
      const params = [kind, period ?? null, subjectId ?? null];
      for await (const page of db.pages(select, params, 'listing results', pageSize))
        yield* page.map(resultFromRow);
    },
    async put(record, options): Promise<PutResult> {
      need('write');
      const parsed = parseWith(ResultRecord, record);
      const parsedOptions = parsePutOptions(options);
      return db.transaction(async (tx) => {
        const key = [parsed.kind, parsed.key] as const;
        await lockResults(tx, [key]);
        const current = (await currentResults(tx, [key])).get(JSON.stringify(key)) ?? null;
        const put = resolvePut(current, parsed, parsedOptions);
        if (put.result.outcome !== 'unchanged') await writeResults(tx, [put.stored]);
        return put.result;
      });
    },
    async putMany(records): Promise<PutResult[]> {
      need('atomicBatch');
      if (!Array.isArray(records))
        throw new CrmRulesError('INVALID_INPUT', 'putMany takes an array of records', {
          value: records,
        });
      const parsed = records.map(parseBatchRecord);
      if (parsed.length === 0) return [];
      const keys = new Set(parsed.map((r) => JSON.stringify([r.kind, r.key])));
      // A batch that puts a key twice goes record by record (a later record sees the earlier).
      if (keys.size < parsed.length) return db.transaction((tx) => storeBatch(tx, parsed));
      return db.transaction((tx) => bulkPut(tx, parsed));
    },
  };
}

async function storeBatch(tx: Connection, records: readonly ResultRecord[]): Promise<PutResult[]> {
  const keys = records.map((r) => [r.kind, r.key] as const);
  await lockResults(
    tx,
    keys,
    records.map((r) => [r.kind, r.period] as const),
  );
  const staged = await currentResults(tx, keys);
  const changed = new Map<string, StoredResult>();
  const results = records.map((record, index) => {
    const id = JSON.stringify([record.kind, record.key]);
    const put = resolvePut(staged.get(id) ?? null, record, {}, [index]);
    staged.set(id, put.stored);
    if (put.result.outcome !== 'unchanged') changed.set(id, put.stored);
    return put.result;
  });
  await writeResults(tx, [...changed.values()]);
  return results;
}

function text(value: unknown, name: string): void {
  if (typeof value !== 'string' || value === '')
    throw new CrmRulesError('INVALID_INPUT', `${name} is a non-empty string`, {
      path: [name],
      value,
    });
}
