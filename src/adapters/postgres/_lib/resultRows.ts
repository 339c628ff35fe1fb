import { CrmRulesError } from '../../../errors';
import type { StoredResult } from '../../../ports';
import type { Connection } from './connection';
import { SCHEMA } from './TABLES';

/** Internal: the columns of a result row, as selected. */
export const RESULT_COLUMNS = 'kind, key, period, subject_id, value, closed, version';

/** Internal: a stored result from its row; a malformed row names the table and key. */
export function resultFromRow(row: Record<string, unknown>): StoredResult {
  const { kind, key, period, subject_id: subjectId, value, closed, version } = row;
  if (
    typeof kind !== 'string' ||
    typeof key !== 'string' ||
    typeof period !== 'string' ||
    typeof subjectId !== 'string' ||
    typeof closed !== 'boolean' ||
    typeof version !== 'number' ||
    value === undefined
  ) {
    throw new CrmRulesError(
      'INVALID_INPUT',
      `${SCHEMA}.results row ${String(kind)}/${String(key)} is malformed`,
      {
        path: [`${SCHEMA}.results`, String(kind), String(key)],
        value: row,
      },
    );
  }
  return { kind, key, period, subjectId, value: value as StoredResult['value'], closed, version };
}

/**
 * Internal: takes the transaction-scoped advisory locks that serialise writers: one per
 * (kind, period) first when `periods` (a period close's batch), then one per (kind, key), each
 * set in sorted order so two writers never wait on each other in a cycle. Released at commit or
 * rollback.
 */
export async function lockResults(
  tx: Connection,
  keys: ReadonlyArray<readonly [string, string]>,
  periods: ReadonlyArray<readonly [string, string]> = [],
): Promise<void> {
  const names = [
    ...[
      ...new Set(periods.map(([kind, period]) => JSON.stringify(['period', kind, period]))),
    ].sort(),
    ...[...new Set(keys.map(([kind, key]) => JSON.stringify(['key', kind, key])))].sort(),
  ];
  if (names.length === 0) return;
  await tx.rows(
    `SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended('crm-rules' || n, 0))
     FROM unnest($1::text[]) AS n) AS locks`,
    [names],
    'locking results',
  );
}

/** Internal: the current rows of these (kind, key) pairs, by `JSON.stringify([kind, key])`. */
export async function currentResults(
  tx: Connection,
  keys: ReadonlyArray<readonly [string, string]>,
): Promise<Map<string, StoredResult>> {
  const rows = await tx.rows(
    `SELECT ${RESULT_COLUMNS} FROM ${SCHEMA}.results
     WHERE (kind, key) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [keys.map(([kind]) => kind), keys.map(([, key]) => key)],
    'reading results',
  );
  const out = new Map<string, StoredResult>();
  for (const row of rows) {
    const stored = resultFromRow(row);
    out.set(JSON.stringify([stored.kind, stored.key]), stored);
  }
  return out;
}

/** Internal: writes these results (insert or replace), in one statement. */
export async function writeResults(
  tx: Connection,
  results: readonly StoredResult[],
): Promise<void> {
  for (let start = 0; start < results.length; start += CHUNK) {
    await writeChunk(tx, results.slice(start, start + CHUNK));
  }
}

const CHUNK = 2000;

async function writeChunk(tx: Connection, results: readonly StoredResult[]): Promise<void> {
  const records = results.map((r) => ({
    kind: r.kind,
    key: r.key,
    period: r.period,
    subject_id: r.subjectId,
    value: r.value,
    closed: r.closed,
    version: r.version,
  }));
  await tx.rows(
    `INSERT INTO ${SCHEMA}.results (${RESULT_COLUMNS})
     SELECT kind, key, period, subject_id, coalesce(value, 'null'::jsonb), closed, version
     FROM jsonb_to_recordset($1::jsonb)
       AS x(kind text, key text, period text, subject_id text, value jsonb, closed boolean, version integer)
     ON CONFLICT (kind, key) DO UPDATE SET period = excluded.period, subject_id = excluded.subject_id,
       value = excluded.value, closed = excluded.closed, version = excluded.version`,
    [JSON.stringify(records)],
    'writing results',
  );
}
