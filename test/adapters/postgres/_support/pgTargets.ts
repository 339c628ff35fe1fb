import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { PostgresClient } from '../../../../src/adapters/postgres';
import { migrate } from '../../../../src/adapters/postgres';

/**
 * The databases the PostgreSQL tests run on: PGlite (embedded, always) and a server when
 * `CRM_RULES_PG_URL` holds a connection string (.ci/run starts one and sets it). Outside CI a
 * missing server skips those tests with a message; in CI (`CI=true`) it fails them.
 */
export const SERVER_URL = process.env.CRM_RULES_PG_URL;
export const IN_CI = process.env.CI === 'true';

/** Why the server tests do not run here, or `undefined` when they do. */
export const serverSkipReason =
  SERVER_URL === undefined || SERVER_URL === ''
    ? 'CRM_RULES_PG_URL is not set: the PostgreSQL server tests are skipped (`.ci/run` starts a server and sets it)'
    : undefined;

/** One database for a test file: its client, a reset between tests, and a close. */
export interface PgTarget {
  readonly name: string;
  readonly client: PostgresClient;
  /** Empties every crm_rules table (the schema stays migrated). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

const TABLES = [
  'results',
  'result_lines',
  'order_lines',
  'orders',
  'customers',
  'account_managers',
  'teams',
  'product_categories',
  'products',
  'deliveries',
  'invoices',
  'payments',
  'credit_notes',
  'survey_responses',
  'complaints',
  'training_records',
  'contracts',
  'targets',
];
const TRUNCATE = `TRUNCATE ${TABLES.map((table) => `crm_rules.${table}`).join(', ')}`;

let pglite: Promise<PGlite> | undefined;

/** The PGlite of this worker, migrated (started once: PGlite takes seconds to start). */
export async function pgliteTarget(): Promise<PgTarget> {
  pglite ??= (async () => {
    const db = new PGlite();
    await migrate(db);
    return db;
  })();
  const db = await pglite;
  return {
    name: 'PGlite',
    client: db,
    reset: async () => {
      await db.query(TRUNCATE);
    },
    close: async () => undefined,
  };
}

/** A pool on the server of `CRM_RULES_PG_URL`, migrated, in a database of its own schema. */
export async function serverTarget(): Promise<PgTarget & { readonly pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: SERVER_URL, max: 4 });
  // An idle connection the server terminated is reported here; the pool drops it.
  pool.on('error', () => undefined);
  await migrate(pool);
  return {
    name: 'PostgreSQL server',
    client: pool,
    pool,
    reset: async () => {
      await pool.query(TRUNCATE);
    },
    close: () => pool.end(),
  };
}
