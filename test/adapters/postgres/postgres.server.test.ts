import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../../src/adapters/postgres';
import { isCrmRulesError } from '../../../src/errors';
import type { ResultRecord } from '../../../src/ports';
import { IN_CI, serverSkipReason, serverTarget } from './_support/pgTargets';

/**
 * Faults on a PostgreSQL server (CRM_RULES_PG_URL): a close whose connection is terminated
 * midway stores nothing, and a re-run completes; a read whose connection is terminated midway
 * rejects with STORAGE_ERROR and leaks no connection from the pool. The pool is the caller's:
 * `serverTarget` listens to its 'error' events, as pg asks every owner of a pool to.
 */
const records = (count: number): ResultRecord[] =>
  Array.from({ length: count }, (_, index) => ({
    kind: 'commission-statement',
    key: `AM-${String(index).padStart(5, '0')}/2026-03`,
    period: '2026-03',
    subjectId: `AM-${index}`,
    value: { total: `${index}.00` },
    closed: true,
  }));

describe.skipIf(serverSkipReason !== undefined && !IN_CI)('faults on a PostgreSQL server', () => {
  let target: Awaited<ReturnType<typeof serverTarget>>;
  beforeAll(async () => {
    expect(serverSkipReason).toBeUndefined();
    target = await serverTarget();
  });
  afterAll(async () => {
    await target?.close();
  });

  it('a close interrupted by pg_terminate_backend leaves no partial results; a re-run completes', async () => {
    await target.reset();
    const store = createPostgresStore(target.pool);
    // Hold the period's lock from a second session so the close waits inside its transaction,
    // then terminate the close's backend.
    const blocker = await target.pool.connect();
    await blocker.query('BEGIN');
    await blocker.query(`SELECT pg_advisory_xact_lock(hashtextextended('crm-rules' || $1, 0))`, [
      JSON.stringify(['period', 'commission-statement', '2026-03']),
    ]);
    const close = store.results.putMany(records(500)).then(
      () => undefined,
      (error: unknown) => error,
    );
    let victim: number | undefined;
    try {
      for (let tries = 0; victim === undefined && tries < 400; tries += 1) {
        // From outside the blocker's transaction: pg_stat_activity is frozen within one.
        const { rows } = await target.pool.query(
          `SELECT pid FROM pg_stat_activity WHERE wait_event = 'advisory' AND pid <> pg_backend_pid()`,
        );
        victim = (rows[0] as { pid: number } | undefined)?.pid;
        if (victim === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(victim).toBeDefined();
      await blocker.query('SELECT pg_terminate_backend($1)', [victim]);
    } finally {
      await blocker.query('ROLLBACK');
      blocker.release();
    }
    const failure = await close;
    expect(isCrmRulesError(failure) && failure.code).toBe('STORAGE_ERROR');
    const { rows } = await target.pool.query('SELECT count(*)::int AS n FROM crm_rules.results');
    expect(rows[0]).toEqual({ n: 0 });
    const rerun = await store.results.putMany(records(500));
    expect(rerun.every((r) => r.outcome === 'created')).toBe(true);
  });

  /** Every connection of the pool is back (idle) or gone: none is held by a read. */
  const settled = async () => {
    for (let tries = 0; tries < 100 && target.pool.idleCount !== target.pool.totalCount; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    return {
      total: target.pool.totalCount,
      idle: target.pool.idleCount,
      waiting: target.pool.waitingCount,
    };
  };

  it('a read interrupted by pg_terminate_backend rejects with STORAGE_ERROR and leaks no connection', async () => {
    await target.reset();
    const store = createPostgresStore(target.pool, { pageSize: 10 });
    await store.results.putMany(records(100));
    const read = store.results.list('commission-statement')[Symbol.asyncIterator]();
    expect((await read.next()).done).toBe(false);
    // The read holds one connection, idle in its transaction between pages: terminate it.
    const { rows } = await target.pool.query(
      `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
       WHERE state LIKE 'idle in transaction%' AND datname = current_database() AND pid <> pg_backend_pid()`,
    );
    expect(rows).toEqual([{ killed: true }]);
    let failure: unknown;
    try {
      for (let next = await read.next(); !next.done; next = await read.next());
    } catch (error) {
      failure = error;
    }
    expect(isCrmRulesError(failure) && failure.code).toBe('STORAGE_ERROR');
    const after = await settled();
    expect(after.idle).toBe(after.total);
    expect(after.waiting).toBe(0);
    // The pool still serves: the same read completes on a fresh connection.
    let count = 0;
    for await (const _ of store.results.list('commission-statement')) count += 1;
    expect(count).toBe(100);
  });

  it('a read left midway (break) gives its connection back', async () => {
    await target.reset();
    const store = createPostgresStore(target.pool, { pageSize: 10 });
    await store.results.putMany(records(30));
    for await (const _ of store.results.list('commission-statement')) break;
    const after = await settled();
    expect(after.idle).toBe(after.total);
    const { rows } = await target.pool.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE state LIKE 'idle in transaction%' AND datname = current_database()`,
    );
    expect(rows).toEqual([{ n: 0 }]);
  });
});
