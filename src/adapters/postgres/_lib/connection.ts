import type { PostgresClient, PostgresQueryable } from '../PostgresClient';
import {
  heldCursorPages,
  lostConnection,
  type PooledConnection,
  pooledCursorPages,
} from './cursorPages';
import { storageError } from './sqlErrors';

/** Internal: how a store reaches its database: plain statements, and transactions. */
export interface Connection {
  /** Runs one statement; a driver error becomes a `CrmRulesError` (see `storageError`). */
  rows(text: string, params: unknown[], doing: string): Promise<Array<Record<string, unknown>>>;
  /** Runs `body` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(body: (tx: Connection) => Promise<T>): Promise<T>;
  /**
   * Streams the rows of one `SELECT` in pages of `pageSize`, all from one snapshot: a cursor in
   * a `REPEATABLE READ READ ONLY` transaction on a connection of a pool, else a `WITH HOLD`
   * cursor (see `cursorPages`).
   */
  pages(text: string, params: unknown[], doing: string, pageSize: number): AsyncGenerator<Row[]>;
}

type Row = Record<string, unknown>;
type PoolLike = { connect(): Promise<PooledConnection> };
type PgliteLike = { transaction<T>(body: (tx: PostgresQueryable) => Promise<T>): Promise<T> };

/** Internal: a `Connection` over a pg-compatible client (see `PostgresClient`). */
export function connection(client: PostgresClient): Connection {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    rows: (text, params, doing) => rows(client, text, params, doing),
    pages(text, params, doing, pageSize) {
      if (isPool(client)) {
        const pool = client as unknown as PoolLike;
        return pooledCursorPages(() => pool.connect(), text, params, doing, pageSize);
      }
      return heldCursorPages(client, text, params, doing, pageSize);
    },
    transaction(body) {
      if (typeof client.transaction === 'function')
        return wrap(() => (client as unknown as PgliteLike).transaction((tx) => body(plain(tx))));
      if (isPool(client)) return onPoolConnection(client as unknown as PoolLike, body);
      // One connection: one transaction at a time.
      const run = queue.then(() => inTransaction(client, body));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** A pg.Pool counts its clients; a pg.Client does not. */
function isPool(client: PostgresClient): boolean {
  return (
    typeof client.connect === 'function' &&
    typeof (client as { totalCount?: unknown }).totalCount === 'number'
  );
}

async function rows(
  client: PostgresQueryable,
  text: string,
  params: unknown[],
  doing: string,
): Promise<Array<Record<string, unknown>>> {
  try {
    const result = await client.query(text, params);
    return result.rows as Array<Record<string, unknown>>;
  } catch (error) {
    throw storageError(error, doing);
  }
}

/** A connection inside a transaction: statements only (no nested transactions). */
function plain(client: PostgresQueryable): Connection {
  const self: Connection = {
    rows: (text, params, doing) => rows(client, text, params, doing),
    transaction: (body) => body(self),
    pages: (text, params, doing, pageSize) =>
      heldCursorPages(client, text, params, doing, pageSize),
  };
  return self;
}

async function wrap<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw storageError(error, 'running a transaction');
  }
}

async function inTransaction<T>(
  client: PostgresQueryable,
  body: (tx: Connection) => Promise<T>,
): Promise<T> {
  const tx = plain(client);
  await tx.rows('BEGIN', [], 'starting a transaction');
  try {
    const result = await body(tx);
    await tx.rows('COMMIT', [], 'committing a transaction');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw storageError(error, 'running a transaction');
  }
}

async function onPoolConnection<T>(
  pool: PoolLike,
  body: (tx: Connection) => Promise<T>,
): Promise<T> {
  let connection: PooledConnection;
  try {
    connection = await pool.connect();
  } catch (error) {
    throw storageError(error, 'taking a connection from the pool');
  }
  // A checked-out pg connection that the server terminates emits 'error': without a listener
  // that would crash the process; the failing statement rejects on its own.
  let broken: unknown;
  const onError = (error: unknown) => {
    broken = error;
  };
  connection.on?.('error', onError);
  try {
    return await inTransaction(connection, body);
  } catch (error) {
    // A connection that failed outside SQL (terminated, reset) must not go back to the pool.
    if (lostConnection(error)) broken ??= error;
    throw error;
  } finally {
    // A lost connection may still report its closing socket later: keep listening on it.
    if (broken === undefined) connection.off?.('error', onError);
    connection.release(broken);
  }
}
