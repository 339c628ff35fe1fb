import type { JsonValue } from '../../../ports';
import type { Connection } from './connection';
import { SCHEMA } from './TABLES';

/**
 * Internal: a result as the bulk statements read it (`jsonb_to_recordset`): `i` its index in the
 * batch, `value` without `lines` and `lines` apart when the value is an object with a `lines`
 * array (a commission statement), else `lines` left out (SQL `NULL`: nothing split off).
 */
export interface ResultRow {
  readonly i: number;
  readonly kind: string;
  readonly key: string;
  readonly period: string;
  readonly subject_id: string;
  readonly closed: boolean;
  readonly value: JsonValue | undefined;
  readonly lines?: readonly JsonValue[];
}

/** Internal: `value` with its `lines` array apart (see {@link ResultRow}). */
export function splitLines(value: unknown): { value: JsonValue; lines?: readonly JsonValue[] } {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { lines, ...rest } = value as Record<string, JsonValue>;
    if (Array.isArray(lines)) return { value: rest, lines };
  }
  return { value: value as JsonValue };
}

/** Internal: the rows of a batch in chunks of at most 2,000 results and about 20,000 lines. */
export function* lineChunks<T extends { readonly lines?: readonly unknown[] }>(
  rows: readonly T[],
): Generator<T[]> {
  let chunk: T[] = [];
  let lines = 0;
  for (const row of rows) {
    const count = row.lines?.length ?? 0;
    if (chunk.length > 0 && (chunk.length >= 2_000 || lines + count > 20_000)) {
      yield chunk;
      chunk = [];
      lines = 0;
    }
    chunk.push(row);
    lines += count;
  }
  if (chunk.length > 0) yield chunk;
}

/** Internal: the staged rows of a chunk (see {@link stageRows}), in the session's temp schema. */
export const STAGED = 'pg_temp.crm_rules_staged_results';

/**
 * Internal: stages the rows of a chunk, sent once as one JSON text, in a temporary table dropped
 * at commit (created by the first chunk of a transaction, emptied by the next), so comparing and
 * writing read them in the database instead of the driver sending them again.
 */
export async function stageRows(tx: Connection, text: string): Promise<void> {
  await tx.rows(
    `CREATE TEMP TABLE IF NOT EXISTS crm_rules_staged_results (i integer PRIMARY KEY, kind text,
       key text, period text, subject_id text, closed boolean, value jsonb, lines jsonb) ON COMMIT DROP`,
    [],
    'staging results',
  );
  await tx.rows(`TRUNCATE ${STAGED}`, [], 'staging results');
  await tx.rows(
    `INSERT INTO ${STAGED} SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(i integer, kind text,
       key text, period text, subject_id text, closed boolean, value jsonb, lines jsonb)`,
    [text],
    'staging results',
  );
}

/**
 * Internal: writes the staged rows whose index `i` is in `indexes`, at the version of the same
 * position in `versions`: the results upserted (value without its lines, `line_count`), the old
 * lines of each deleted and the new ones inserted, one row per line — three multi-row statements
 * whatever the number of lines.
 */
export async function writeRows(
  tx: Connection,
  indexes: readonly number[],
  versions: readonly number[],
): Promise<void> {
  if (indexes.length === 0) return;
  const chosen = `${STAGED} x JOIN unnest($1::integer[], $2::integer[]) AS c(i, version) ON c.i = x.i`;
  const params = [indexes, versions];
  await tx.rows(
    `DELETE FROM ${SCHEMA}.result_lines l USING ${chosen} WHERE l.kind = x.kind AND l.key = x.key`,
    params,
    'writing results',
  );
  await tx.rows(
    `INSERT INTO ${SCHEMA}.results (kind, key, period, subject_id, value, closed, version, line_count)
     SELECT x.kind, x.key, x.period, x.subject_id, coalesce(x.value, 'null'::jsonb), x.closed,
       c.version, jsonb_array_length(x.lines)
     FROM ${chosen}
     ON CONFLICT (kind, key) DO UPDATE SET period = excluded.period, subject_id = excluded.subject_id,
       value = excluded.value, closed = excluded.closed, version = excluded.version,
       line_count = excluded.line_count`,
    params,
    'writing results',
  );
  await tx.rows(
    `INSERT INTO ${SCHEMA}.result_lines (kind, key, line_no, line)
     SELECT x.kind, x.key, e.n - 1, e.line
     FROM ${chosen}, jsonb_array_elements(x.lines) WITH ORDINALITY AS e(line, n)
     WHERE x.lines IS NOT NULL`,
    params,
    'writing result lines',
  );
}
