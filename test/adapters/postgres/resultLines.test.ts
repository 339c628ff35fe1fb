import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory';
import { createPostgresStore, migrate } from '../../../src/adapters/postgres';
import { MIGRATIONS } from '../../../src/adapters/postgres/_lib/MIGRATIONS';
import { isCrmRulesError } from '../../../src/errors';
import type { CrmStore, ResultRecord } from '../../../src/ports';
import {
  IN_CI,
  type PgTarget,
  pgliteTarget,
  serverSkipReason,
  serverTarget,
} from './_support/pgTargets';

// Issue 19: a close's statement lines are stored in bulk, as rows of crm_rules.result_lines
// (migration 2), and read back into the value they came from.

const line = (n: number, amount: string) => ({
  id: `commission/order/SO-${n}/1`,
  amount,
  trace: [{ code: 'commission.rate.percent', params: { rate: '0.05', base: '100.00', n } }],
});
const statement = (subjectId: string, amounts: string[], closed = false): ResultRecord => ({
  kind: 'commission-statement',
  key: `${subjectId}/2026-03`,
  period: '2026-03',
  subjectId,
  value: { payeeId: subjectId, lines: amounts.map((a, n) => line(n, a)), totals: { payable: '1' } },
  ...(closed ? { closed: true } : {}),
});

async function failure(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (isCrmRulesError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected a rejection');
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

const targets: Array<[string, () => Promise<PgTarget>, string | undefined]> = [
  ['PGlite', pgliteTarget, undefined],
  ['PostgreSQL server', serverTarget, IN_CI ? undefined : serverSkipReason],
];

describe.each(targets)('statement lines on %s', (name, open, skip) => {
  let db: PgTarget;
  let store: CrmStore;
  const count = async (sql: string) =>
    Number(((await db.client.query(sql)).rows[0] as { n?: unknown } | undefined)?.n);
  beforeAll(async () => {
    if (skip === undefined) db = await open();
  }, 30_000);
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async (context) => {
    if (skip !== undefined) {
      console.warn(skip);
      context.skip();
    }
    await db.reset();
    store = createPostgresStore(db.client);
  });

  it('are rows of result_lines, and come back in order with the value', async () => {
    const record = statement('AM-1', ['5.00', '6.00', '7.00']);
    expect(await store.results.putMany([record])).toEqual([{ outcome: 'created', version: 1 }]);
    expect(await count('SELECT count(*) AS n FROM crm_rules.result_lines')).toBe(3);
    const row = await db.client.query(
      `SELECT value ? 'lines' AS inline, line_count FROM crm_rules.results`,
    );
    expect(row.rows).toEqual([{ inline: false, line_count: 3 }]);
    expect((await store.results.get(record.kind, record.key))?.value).toEqual(record.value);
    expect((await collect(store.results.list(record.kind)))[0]?.value).toEqual(record.value);
  });

  it('a re-run stores nothing; a replacement leaves none of the old lines behind', async () => {
    await store.results.putMany([statement('AM-1', ['5.00', '6.00']), statement('AM-2', [])]);
    const shuffled = statement('AM-1', ['5.00', '6.00']);
    const value = shuffled.value as { lines: Array<Record<string, unknown>> };
    value.lines = value.lines.map(({ trace, amount, id }) => ({ trace, amount, id }));
    expect(await store.results.putMany([shuffled, statement('AM-2', [])])).toEqual([
      { outcome: 'unchanged', version: 1 },
      { outcome: 'unchanged', version: 1 },
    ]);
    expect(await store.results.putMany([statement('AM-1', ['9.00'])])).toEqual([
      { outcome: 'replaced', version: 2 },
    ]);
    expect(await count('SELECT count(*) AS n FROM crm_rules.result_lines')).toBe(1);
    const stored = await store.results.get('commission-statement', 'AM-1/2026-03');
    expect(stored?.value).toEqual(statement('AM-1', ['9.00']).value);
  });

  it('a closed statement with one line changed is a CONFLICT, and nothing is stored', async () => {
    await store.results.putMany([statement('AM-1', ['5.00', '6.00'], true)]);
    const changed = [statement('AM-2', ['1.00']), statement('AM-1', ['5.00', '6.01'], true)];
    expect(await failure(() => store.results.putMany(changed))).toEqual({
      code: 'CONFLICT',
      path: [1, 'value'],
    });
    expect(await count('SELECT count(*) AS n FROM crm_rules.result_lines')).toBe(2);
    expect(await count('SELECT count(*) AS n FROM crm_rules.results')).toBe(1);
  });

  it('a line that is not portable JSON is refused at its path, as in memory', async () => {
    const bad = statement('AM-1', ['5.00', '6.00']);
    (bad.value as { lines: Array<{ n?: number }> }).lines[1] = { n: Number.NaN };
    const memory = createMemoryStore();
    const expected = await failure(() => memory.results.putMany([bad]));
    expect(expected).toEqual({ code: 'INVALID_INPUT', path: [0, 'value', 'lines', 1, 'n'] });
    expect(await failure(() => store.results.putMany([bad]))).toEqual(expected);
    const lone = statement('AM-2', ['5.00']);
    (lone.value as { lines: Array<{ id?: string }> }).lines[0] = { id: 'x\ud800' };
    const escaped = statement('AM-3', ['\\u0000']);
    expect(await failure(() => store.results.putMany([escaped, lone]))).toEqual({
      code: 'INVALID_INPUT',
      path: [1, 'value', 'lines', 0, 'id'],
    });
    expect(await store.results.putMany([escaped])).toEqual([{ outcome: 'created', version: 1 }]);
  });

  it('put and putMany agree with the memory store, lines or not', async () => {
    const memory = createMemoryStore();
    const steps: ResultRecord[][] = [
      [statement('AM-1', ['1.00']), { ...statement('AM-2', []), value: { lines: 'none' } }],
      [statement('AM-1', ['1.00', '2.00']), { ...statement('AM-2', []), value: [1, 2] }],
      [statement('AM-1', ['1.00', '2.00'], true), statement('AM-3', ['3.00'])],
      [statement('AM-3', ['3.00']), statement('AM-3', ['4.00'])],
    ];
    for (const batch of steps) {
      expect(await store.results.putMany(batch), name).toEqual(await memory.results.putMany(batch));
    }
    const single = statement('AM-3', ['5.00']);
    expect(await store.results.put(single)).toEqual(await memory.results.put(single));
    expect(await collect(store.results.list('commission-statement'))).toEqual(
      await collect(memory.results.list('commission-statement')),
    );
  });
});

describe('a database at version 1', () => {
  it('gets migration 2; a statement stored with its lines inline reads and re-runs unchanged', async () => {
    const db = new PGlite();
    await db.exec(`CREATE SCHEMA crm_rules; CREATE TABLE crm_rules.migrations (version integer
      PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    await db.exec(MIGRATIONS[0]?.sql ?? '');
    await db.query(`INSERT INTO crm_rules.migrations (version, name) VALUES (1, 'schema')`);
    const record = statement('AM-1', ['5.00', '6.00'], true);
    await db.query(
      `INSERT INTO crm_rules.results (kind, key, period, subject_id, value, closed, version)
       VALUES ($1, $2, $3, $4, $5, true, 1)`,
      [record.kind, record.key, record.period, record.subjectId, JSON.stringify(record.value)],
    );
    expect(await migrate(db)).toEqual({ applied: [2], version: 2 });
    const store = createPostgresStore(db);
    expect((await store.results.get(record.kind, record.key))?.value).toEqual(record.value);
    expect(await store.results.putMany([record])).toEqual([{ outcome: 'unchanged', version: 1 }]);
    await db.close();
  }, 30_000);
});
