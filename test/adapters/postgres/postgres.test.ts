import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory';
import {
  createPostgresStore,
  importDataset,
  migrate,
  safeCreatePostgresStore,
  safeImportDataset,
  safeMigrate,
} from '../../../src/adapters/postgres';
import { MIGRATIONS } from '../../../src/adapters/postgres/_lib/MIGRATIONS';
import { isCrmRulesError } from '../../../src/errors';
import type { CrmStore, ResultRecord } from '../../../src/ports';
import { entityArbitrary, sampleDataset } from '../../../src/testing';
import {
  IN_CI,
  type PgTarget,
  pgliteTarget,
  serverSkipReason,
  serverTarget,
} from './_support/pgTargets';

let db: PgTarget;
beforeEach(async () => {
  db = await pgliteTarget();
  await db.reset();
});

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

async function rejection(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (isCrmRulesError(error))
      return { code: error.code, path: error.path, message: error.message };
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('migrate', () => {
  it('ships the SQL files of migrations/postgres, by version, as MIGRATIONS', () => {
    const files = readdirSync('migrations/postgres').sort();
    expect(MIGRATIONS.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}.sql`)).toEqual(
      files,
    );
    for (const migration of MIGRATIONS) {
      const file = `migrations/postgres/${String(migration.version).padStart(4, '0')}_${migration.name}.sql`;
      expect(migration.sql, `${file} (run npm run migrations)`).toBe(readFileSync(file, 'utf8'));
    }
  });

  it('is idempotent: a migrated database is left alone', async () => {
    expect(await migrate(db.client)).toEqual({ applied: [], version: MIGRATIONS.length });
    const rows = await db.client.query(
      'SELECT version, name FROM crm_rules.migrations ORDER BY version',
    );
    expect(rows.rows).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
  });

  it('keeps money in numeric and dates in date columns, never floats', async () => {
    const { rows } = await db.client.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'crm_rules' AND data_type IN ('real', 'double precision', 'numeric', 'date')`,
    );
    const types = new Set((rows as Array<{ data_type: string }>).map((row) => row.data_type));
    expect([...types].sort()).toEqual(['date', 'numeric']);
    expect(rows).toContainEqual({
      table_name: 'order_lines',
      column_name: 'unit_price',
      data_type: 'numeric',
    });
  });

  it('rejects a client without query, safely too', async () => {
    const migrated = await safeMigrate(null as never);
    expect(migrated.success ? null : migrated.error.code).toBe('INVALID_INPUT');
    expect(safeCreatePostgresStore({} as never).success).toBe(false);
    expect((await safeImportDataset(db.client, { orders: 5 } as never)).success).toBe(false);
  });
});

describe('bad data in the database', () => {
  const store = (): CrmStore => createPostgresStore(db.client);
  beforeEach(async () => {
    await importDataset(db.client, sampleDataset());
  });

  it('a malformed row names its table and key', async () => {
    await db.client.query(
      `UPDATE crm_rules.teams SET doc = doc || '{"name": 5}' WHERE id = (SELECT min(id) FROM crm_rules.teams)`,
    );
    const { rows } = await db.client.query('SELECT min(id) AS id FROM crm_rules.teams');
    const id = (rows[0] as { id: string }).id;
    const error = await rejection(() => collect(store().teams.list()));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path.slice(0, 3)).toEqual(['crm_rules.teams', id, 'name']);
    expect(error.message).toContain(`crm_rules.teams row ${id}`);
  });

  it('an unknown currency is UNKNOWN_CURRENCY at the table and key', async () => {
    const { rows } = await db.client.query(
      `UPDATE crm_rules.payments SET currency = 'XXY' WHERE id = (SELECT min(id) FROM crm_rules.payments) RETURNING id`,
    );
    const id = (rows[0] as { id: string }).id;
    const error = await rejection(() => store().payments.get(id));
    expect(error).toMatchObject({
      code: 'UNKNOWN_CURRENCY',
      path: ['crm_rules.payments', id, 'currency'],
    });
  });

  it('a negative quantity outside a return is NEGATIVE_QUANTITY at the order and line', async () => {
    const { rows } = await db.client.query(
      `UPDATE crm_rules.order_lines SET quantity = -1, is_return = NULL
       WHERE (order_id, line_no) = (SELECT order_id, line_no FROM crm_rules.order_lines
         WHERE NOT coalesce(is_return, false) ORDER BY order_id, line_no LIMIT 1) RETURNING order_id, line_no`,
    );
    const { order_id: id, line_no: line } = rows[0] as { order_id: string; line_no: number };
    const error = await rejection(() => collect(store().orders.list()));
    expect(error).toMatchObject({
      code: 'NEGATIVE_QUANTITY',
      path: ['crm_rules.orders', id, 'lines', line, 'quantity'],
    });
  });

  it('a database failure is a coded STORAGE_ERROR', async () => {
    await db.client.query('ALTER TABLE crm_rules.teams RENAME TO teams_gone');
    try {
      const error = await rejection(() => collect(store().teams.list()));
      expect(error.code).toBe('STORAGE_ERROR');
      expect(error.message).toContain('42P01');
    } finally {
      await db.client.query('ALTER TABLE crm_rules.teams_gone RENAME TO teams');
    }
  });
});

const SUMMARIES = ['orderDays', 'managerSales', 'customerPurchases'] as const;

/** Every summary of both stores, `net` kept as returned (exact strings) and as a number. */
async function summariesOf(store: CrmStore, query: Record<string, unknown> = {}) {
  const out: Record<string, unknown[]> = {};
  for (const name of SUMMARIES) out[name] = await collect<unknown>(store.summaries[name](query));
  return out;
}

const pushdownTargets: Array<[string, () => Promise<PgTarget>, boolean]> = [
  ['PGlite', pgliteTarget, false],
  ['the PostgreSQL server', serverTarget, serverSkipReason !== undefined && !IN_CI],
];

describe.each(pushdownTargets)('pushdown on %s', (_name, target, skip) => {
  let on: PgTarget;
  beforeAll(async () => {
    if (!skip) on = await target();
  });
  afterAll(async () => {
    if (!skip && on !== db) await on.close();
  });

  it.skipIf(skip)('every summary in numeric equals the in-memory one, exactly', async () => {
    await on.reset();
    const seed = sampleDataset();
    await importDataset(on.client, seed);
    const memory = await summariesOf(createMemoryStore(seed));
    const pushed = await summariesOf(createPostgresStore(on.client, { pageSize: 2 }));
    expect(pushed).toEqual(memory);
    const query = {
      status: ['confirmed', 'completed'],
      range: { start: '2026-01-01', end: '2026-03-01' },
    };
    expect(await summariesOf(createPostgresStore(on.client), query)).toEqual(
      await summariesOf(createMemoryStore(seed), query),
    );
  });

  it.skipIf(skip)(
    'property: on generated orders, every summary equals the in-memory one',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(entityArbitrary('orders'), { selector: (o) => o.id, maxLength: 12 }),
          async (orders) => {
            await on.reset();
            await importDataset(on.client, { orders });
            const memory = await summariesOf(createMemoryStore({ orders }));
            const pushed = await summariesOf(createPostgresStore(on.client, { pageSize: 3 }));
            expect(pushed).toEqual(memory);
          },
        ),
        { numRuns: 10 },
      );
    },
    20_000,
  );
});

describe('results', () => {
  it('stores a record whose value is JSON null (not SQL NULL)', async () => {
    const store = createPostgresStore(db.client);
    const record = { kind: 'grade', key: 'a', period: '2026-Q1', subjectId: 'C-1', value: null };
    expect(await store.results.putMany([record])).toEqual([{ outcome: 'created', version: 1 }]);
    expect((await store.results.get('grade', 'a'))?.value).toBeNull();
  });
});

describe('period closes', () => {
  const close = (value: string): ResultRecord[] =>
    ['AM-1', 'AM-2', 'AM-3'].map((subjectId) => ({
      kind: 'commission-statement',
      key: `${subjectId}/2026-03`,
      period: '2026-03',
      subjectId,
      value: { total: value },
      closed: true,
    }));

  it('store all of their results in one transaction, or none', async () => {
    const store = createPostgresStore(db.client);
    const bad = [...close('10.00'), { kind: 'x', key: '', period: 'p', subjectId: 's', value: 1 }];
    expect((await rejection(() => store.results.putMany(bad as ResultRecord[]))).code).toBe(
      'INVALID_INPUT',
    );
    await store.results.put({ ...close('99.00')[2], closed: true } as ResultRecord);
    expect((await rejection(() => store.results.putMany(close('10.00')))).code).toBe('CONFLICT');
    expect((await collect(store.results.list('commission-statement'))).map((r) => r.key)).toEqual([
      'AM-3/2026-03',
    ]);
  });

  it('two concurrent closes of a period store once', async () => {
    const a = createPostgresStore(db.client);
    const b = createPostgresStore(db.client);
    const outcomes = await Promise.allSettled([
      a.results.putMany(close('10.00')),
      b.results.putMany(close('12.00')),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const stored = await collect(a.results.list('commission-statement'));
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((r) => JSON.stringify(r.value))).size).toBe(1);
    expect(stored.every((r) => r.version === 1)).toBe(true);
  });
});
