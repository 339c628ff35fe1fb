import { afterAll, describe, expect, it, test } from 'vitest';
import {
  createPostgresStore,
  importDataset,
  POSTGRES_SUPPORT,
} from '../../../src/adapters/postgres';
import type { CrmStore } from '../../../src/ports';
import { describeAdapterContract } from '../../../src/testing';
import {
  IN_CI,
  type PgTarget,
  pgliteTarget,
  serverSkipReason,
  serverTarget,
} from './_support/pgTargets';

/**
 * The adapter contract kit, model-based group included, on PGlite and on a PostgreSQL server,
 * from this one file. Each test gets the database emptied and seeded with its dataset.
 */
function contract(name: string, target: () => Promise<PgTarget>): void {
  let opened: Promise<PgTarget> | undefined;
  const open = () => {
    opened ??= target();
    return opened;
  };
  afterAll(async () => {
    if (opened !== undefined) await (await opened).close();
  });
  describeAdapterContract({
    test,
    describe,
    name,
    factory: async (seed): Promise<CrmStore> => {
      const db = await open();
      await db.reset();
      await importDataset(db.client, seed);
      return createPostgresStore(db.client, { pageSize: 3 });
    },
    supports: POSTGRES_SUPPORT,
    fastCheck: { numRuns: 15, seed: 19 },
  });
}

describe('PGlite', () => {
  contract('postgres store on PGlite', pgliteTarget);
});

describe.skipIf(serverSkipReason !== undefined && !IN_CI)('PostgreSQL server', () => {
  it('has a server to test against (CRM_RULES_PG_URL)', () => {
    expect(serverSkipReason).toBeUndefined();
  });
  if (serverSkipReason === undefined) contract('postgres store on a server', serverTarget);
});

if (serverSkipReason !== undefined && !IN_CI) {
  test.skip(serverSkipReason, () => undefined);
}
