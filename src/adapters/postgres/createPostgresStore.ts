import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import { requireOptions } from '../../errors/_lib/argumentGuards';
import { type CrmStore, FULL_SUPPORT, parseSupports, type Supports } from '../../ports';
import { summaryQuery } from '../../ports/_lib/readerGuards';
import { connection } from './_lib/connection';
import { entityReaders } from './_lib/entityReaders';
import { orderSummary } from './_lib/orderSummaries';
import { requireClient } from './_lib/requireClient';
import { resultStore } from './_lib/resultStore';
import type { PostgresClient } from './PostgresClient';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /** A narrower manifest than {@link POSTGRES_SUPPORT} (the default), as the memory store's. */
  readonly supports?: Supports;
  /** Rows per page of a listing (keyset pagination; default 500, 1 to 100,000). */
  readonly pageSize?: number;
}

/**
 * What the PostgreSQL store pushes down: every collection with every filter of `QUERY_SPECS` as
 * a `WHERE` clause, results read, write and atomic batches, and the summaries `orderDays`,
 * `managerSales` and `customerPurchases`, each one `GROUP BY` in `numeric`: the same as
 * `FULL_SUPPORT`.
 *
 * @example
 * ```ts
 * [POSTGRES_SUPPORT.readers.payments, POSTGRES_SUPPORT.summaries];
 * //=> [['range', 'customerId', 'ownerId', 'invoiceId'], { orderDays: true, managerSales: true, customerPurchases: true }]
 * ```
 */
export const POSTGRES_SUPPORT: Supports = FULL_SUPPORT;

/**
 * Creates a store over a PostgreSQL database (a server through `pg`, or PGlite embedded) whose
 * `crm_rules` schema {@link migrate} created. A read (a listing or a summary) is one `SELECT`,
 * every filter a `WHERE` clause, streamed from a cursor in pages of `pageSize` rows and seeing one
 * snapshot: on a `pg.Pool` a cursor in a `REPEATABLE READ READ ONLY` transaction on a connection
 * held for the read (given back when the stream ends or is left by `break`, discarded with the
 * error when the read fails), else a `WITH HOLD` cursor, closed at the end. The adapter installs
 * no listener on the caller's pool: listen to its `'error'` events, as `pg` asks. Each row is validated with the model's schema, and a bad one rejects with the schema's code and
 * a path starting with the table and key. Results live in `crm_rules.results`; every write is one
 * transaction under advisory locks, `putMany` (a period close's results) stores all or nothing,
 * and two concurrent batches of the same (kind, period) run one after the other.
 *
 * @param client - a pg-compatible client (see {@link PostgresClient})
 * @param options - `supports` to narrow the manifest, `pageSize`
 * @returns a {@link CrmStore}
 * @throws CrmRulesError `INVALID_INPUT` for a client without `query`, a bad manifest or page size
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * const db = new PGlite();
 * await migrate(db);
 * await importDataset(db, { teams: [{ id: 'T-EU', name: 'Europe' }] });
 * const store = createPostgresStore(db);
 * await store.teams.get('T-EU');
 * //=> { id: 'T-EU', name: 'Europe' }
 * ```
 */
export function createPostgresStore(
  client: PostgresClient,
  options: PostgresStoreOptions = {},
): CrmStore {
  requireClient(client);
  requireOptions(options);
  const supports =
    options.supports === undefined
      ? POSTGRES_SUPPORT
      : Object.freeze(parseSupports(options.supports));
  const pageSize = options.pageSize ?? 500;
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > 100_000)
    throw new CrmRulesError('INVALID_INPUT', 'pageSize is a whole number from 1 to 100,000', {
      path: ['pageSize'],
      value: pageSize,
    });
  const db = connection(client);
  return {
    ...entityReaders(db, supports, pageSize),
    supports,
    results: resultStore(db, supports, pageSize),
    summaries: {
      async *orderDays(query) {
        yield* orderSummary(db, 'orderDays', summaryQuery(supports, 'orderDays', query), pageSize);
      },
      async *managerSales(query) {
        const parsed = summaryQuery(supports, 'managerSales', query);
        yield* orderSummary(db, 'managerSales', parsed, pageSize);
      },
      async *customerPurchases(query) {
        const parsed = summaryQuery(supports, 'customerPurchases', query);
        yield* orderSummary(db, 'customerPurchases', parsed, pageSize);
      },
    },
  };
}

/**
 * Like {@link createPostgresStore}, but returns `{ success, data | error }` instead of throwing;
 * it never throws.
 *
 * @example
 * ```ts
 * safeCreatePostgresStore(null).success;
 * //=> false
 * ```
 */
export function safeCreatePostgresStore(
  client: PostgresClient,
  options: PostgresStoreOptions = {},
): SafeResult<CrmStore> {
  return attempt(() => createPostgresStore(client, options));
}
