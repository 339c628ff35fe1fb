/** What a query gives back: its rows, as plain objects by column name. */
export interface PostgresQueryResult {
  readonly rows: readonly unknown[];
}

/**
 * Anything that runs one SQL statement with `$1`-style parameters: a `pg.Pool`, a `pg.Client`,
 * a `pg.PoolClient`, a PGlite instance or a PGlite transaction.
 */
export interface PostgresQueryable {
  query(text: string, params?: unknown[]): Promise<PostgresQueryResult>;
}

/**
 * The client `createPostgresStore` and `migrate` take: any pg-compatible client. The adapter
 * finds how to run a transaction from what the client has, and never imports a driver itself:
 *
 * - a PGlite instance (`@electric-sql/pglite`): its `transaction(callback)`;
 * - a `pg.Pool`: a dedicated connection from `connect()` (released after, also on failure);
 * - a single connection (`pg.Client`, a `pg.PoolClient`): `BEGIN`/`COMMIT` on it, one
 *   transaction at a time (the store queues its own transactions; share the connection with
 *   nothing else that opens transactions).
 */
export interface PostgresClient extends PostgresQueryable {
  /** A `pg.Pool`'s connection checkout (a `pg.Client` has one too, to open itself). */
  connect?: (...args: never[]) => unknown;
  /** PGlite's transaction. */
  transaction?: (...args: never[]) => unknown;
}
