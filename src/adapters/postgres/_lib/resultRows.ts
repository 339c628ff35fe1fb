import { CrmRulesError } from '../../../errors';
import type { StoredResult } from '../../../ports';
import type { Connection } from './connection';
import { lineChunks, splitLines, stageRows, writeRows } from './resultLines';
import { SCHEMA } from './TABLES';

/**
 * Internal: selects results as the port returns them (alias `r`, add `WHERE` / `ORDER BY`): a
 * value whose lines were split off (`line_count` set) gets its `lines` back from
 * `crm_rules.result_lines`, in line order.
 */
export const RESULT_SELECT = `SELECT r.kind, r.key, r.period, r.subject_id, r.closed, r.version,
  CASE WHEN r.line_count IS NULL THEN r.value ELSE jsonb_set(r.value, '{lines}', coalesce(
    (SELECT jsonb_agg(l.line ORDER BY l.line_no) FROM ${SCHEMA}.result_lines l
     WHERE l.kind = r.kind AND l.key = r.key), '[]'::jsonb)) END AS value
  FROM ${SCHEMA}.results r`;

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
    `${RESULT_SELECT} WHERE (r.kind, r.key) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
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

/** Internal: writes these results (insert or replace), their lines as rows of their own. */
export async function writeResults(
  tx: Connection,
  results: readonly StoredResult[],
): Promise<void> {
  const rows = results.map((r, index) => ({
    i: index,
    kind: r.kind,
    key: r.key,
    period: r.period,
    subject_id: r.subjectId,
    closed: r.closed,
    ...splitLines(r.value),
  }));
  for (const chunk of lineChunks(rows)) {
    await stageRows(tx, JSON.stringify(chunk));
    await writeRows(
      tx,
      chunk.map((row) => row.i),
      chunk.map((row) => results[row.i]?.version ?? 1),
    );
  }
}
