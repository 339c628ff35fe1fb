import { attemptAsync, type SafeResult } from '../../errors';
import { connection } from './_lib/connection';
import { MIGRATIONS } from './_lib/MIGRATIONS';
import { requireClient } from './_lib/requireClient';
import { SCHEMA } from './_lib/TABLES';
import type { PostgresClient } from './PostgresClient';

/** What {@link migrate} did: the versions it applied now, and the schema's version after. */
export interface MigrateResult {
  readonly applied: readonly number[];
  readonly version: number;
}

/**
 * Brings the database's `crm_rules` schema to the package's version: applies, in order, each SQL
 * migration shipped in the package (`migrations/postgres/NNNN_name.sql`) that the table
 * `crm_rules.migrations` does not list yet, all in one transaction under an advisory lock, so
 * it is idempotent and two processes migrating at once apply each version once.
 *
 * @param client - a pg-compatible client (see {@link PostgresClient})
 * @returns the versions applied now (none when up to date) and the current version
 * @throws CrmRulesError `STORAGE_ERROR` when the database refuses (nothing is applied then)
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * const db = new PGlite();
 * await migrate(db);
 * //=> { applied: [1, 2], version: 2 }
 * await migrate(db);
 * //=> { applied: [], version: 2 }
 * ```
 */
export async function migrate(client: PostgresClient): Promise<MigrateResult> {
  requireClient(client);
  return connection(client).transaction(async (tx) => {
    await tx.rows(
      `SELECT pg_advisory_xact_lock(hashtextextended('crm-rules/migrate', 0))`,
      [],
      'locking migrations',
    );
    await tx.rows(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`, [], 'creating the schema');
    await tx.rows(
      `CREATE TABLE IF NOT EXISTS ${SCHEMA}.migrations (version integer PRIMARY KEY,
         name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      [],
      'creating the migrations table',
    );
    const rows = await tx.rows(
      `SELECT version FROM ${SCHEMA}.migrations`,
      [],
      'reading migrations',
    );
    const done = new Set(rows.map((row) => Number(row.version)));
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of sqlStatements(migration.sql)) {
        await tx.rows(statement, [], `applying migration ${migration.version}`);
      }
      await tx.rows(
        `INSERT INTO ${SCHEMA}.migrations (version, name) VALUES ($1, $2)`,
        [migration.version, migration.name],
        'recording a migration',
      );
      applied.push(migration.version);
    }
    const version = Math.max(0, ...done, ...applied);
    return { applied, version };
  });
}

/**
 * Like {@link migrate}, but resolves to `{ success, data | error }` instead of rejecting.
 *
 * @example
 * ```ts
 * (await safeMigrate(null)).success;
 * //=> false
 * ```
 */
export function safeMigrate(client: PostgresClient): Promise<SafeResult<MigrateResult>> {
  return attemptAsync(() => migrate(client));
}

/** The statements of a migration file: `--` comment lines dropped, split at `;` ending a line. */
function sqlStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}
