import * as z from 'zod';
import { CrmRulesError, parseWith } from '../../../errors';
import { type PutResult, ResultRecord } from '../../../ports';
import { isPortableJson } from '../../../ports/_lib/isPortableJson';
import type { Connection } from './connection';
import {
  lineChunks,
  type ResultRow,
  STAGED,
  splitLines,
  stageRows,
  writeRows,
} from './resultLines';
import { lockResults } from './resultRows';
import { SCHEMA } from './TABLES';

/** `ResultRecord` without its value walk (`isPortableJson` does that walk faster). */
const ResultFields = z.object(ResultRecord.shape);

/**
 * Internal: parses a record of a batch as `ResultRecord` does, walking its value once with
 * `isPortableJson` but for its strings (see {@link checkStrings}); only a value that fails goes
 * through `ResultRecord` again, for its error.
 */
export function parseBatchRecord(record: unknown, index: number): ResultRecord {
  const parsed = parseWith(ResultFields, record, { path: [index] });
  return isPortableJson(parsed.value, false)
    ? parsed
    : parseWith(ResultRecord, record, { path: [index] });
}

/**
 * `JSON.stringify` writes a NUL character as `\u0000` and a lone surrogate as `\udXXX`, and
 * nothing else as either: a chunk's text without one has only portable strings and keys.
 */
const SUSPECT = /\\u(?:0000|d[89a-f])/i;

/**
 * Internal: checks the strings of a chunk's records, once, on the chunk's JSON text: when it
 * holds a suspect escape, each record goes through `ResultRecord`, whose error names the path.
 */
export function checkStrings(
  text: string,
  chunk: readonly ResultRow[],
  records: readonly unknown[],
): void {
  if (!SUSPECT.test(text)) return;
  for (const row of chunk) parseWith(ResultRecord, records[row.i], { path: [row.i] });
}

/**
 * Compares each row of a chunk with the stored result under its key, in the database, whole
 * values with their lines put back on both sides (a result stored before migration 2 keeps its
 * lines inline: `line_count` NULL).
 */
const COMPARE = `SELECT x.i, r.version, r.closed AS was_closed,
  r.period = x.period AS same_period, r.subject_id = x.subject_id AS same_subject,
  r.closed = x.closed AS same_closed,
  CASE WHEN r.line_count IS NULL THEN r.value ELSE jsonb_set(r.value, '{lines}', coalesce(
    (SELECT jsonb_agg(l.line ORDER BY l.line_no) FROM ${SCHEMA}.result_lines l
     WHERE l.kind = r.kind AND l.key = r.key), '[]'::jsonb)) END
  = CASE WHEN x.lines IS NULL THEN coalesce(x.value, 'null'::jsonb)
    ELSE jsonb_set(x.value, '{lines}', x.lines) END AS same_value
  FROM ${STAGED} x JOIN ${SCHEMA}.results r ON r.kind = x.kind AND r.key = x.key`;

/**
 * Internal: stores a batch of records with distinct keys in bulk, inside the caller's
 * transaction, with the semantics of `resolvePut`: each chunk (see `lineChunks`) is serialised
 * once, compared with what is stored in the database (`jsonb` equality is canonical: key order
 * does not matter) and its created or replaced rows written with multi-row statements, lines as
 * rows of `crm_rules.result_lines`. A closed record that would change is a `CONFLICT` (the
 * transaction then stores nothing).
 */
export async function bulkPut(
  tx: Connection,
  records: readonly ResultRecord[],
): Promise<PutResult[]> {
  await lockResults(
    tx,
    records.map((r) => [r.kind, r.key] as const),
    records.map((r) => [r.kind, r.period] as const),
  );
  const results: PutResult[] = [];
  const rows: ResultRow[] = records.map((r, i) => ({
    i,
    kind: r.kind,
    key: r.key,
    period: r.period,
    subject_id: r.subjectId,
    closed: r.closed === true,
    ...splitLines(r.value),
  }));
  for (const chunk of lineChunks(rows)) {
    const text = JSON.stringify(chunk);
    checkStrings(text, chunk, records);
    await stageRows(tx, text);
    const found = await tx.rows(COMPARE, [], 'reading results');
    const stored = new Map(found.map((row) => [Number(row.i), row]));
    const indexes: number[] = [];
    const versions: number[] = [];
    for (const row of chunk) {
      const result = decide(stored.get(row.i), row, records[row.i] as ResultRecord);
      results[row.i] = result;
      if (result.outcome === 'unchanged') continue;
      indexes.push(row.i);
      versions.push(result.version);
    }
    await writeRows(tx, indexes, versions);
  }
  return results;
}

/** What `resolvePut` decides, from the database's comparison. */
function decide(
  stored: Record<string, unknown> | undefined,
  row: ResultRow,
  record: ResultRecord,
): PutResult {
  if (stored === undefined) return { outcome: 'created', version: 1 };
  const version = Number(stored.version);
  const differs =
    stored.same_period !== true
      ? 'period'
      : stored.same_subject !== true
        ? 'subjectId'
        : stored.same_value !== true
          ? 'value'
          : stored.same_closed !== true
            ? 'closed'
            : undefined;
  if (differs === undefined) return { outcome: 'unchanged', version };
  if (stored.was_closed === true) {
    const value = { ...record, closed: row.closed };
    throw new CrmRulesError(
      'CONFLICT',
      `${row.kind} ${row.key} is closed and cannot change; store a correction under a new key`,
      { path: [row.i, differs], value: value[differs] },
    );
  }
  return { outcome: 'replaced', version: version + 1 };
}
