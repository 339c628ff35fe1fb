import type { PostgresQueryable } from '../PostgresClient';
import { storageError } from './sqlErrors';

type Row = Record<string, unknown>;

/** Internal: a connection checked out of a `pg.Pool` (see `connection`). */
export type PooledConnection = PostgresQueryable & {
  release(error?: unknown): void;
  on?(event: 'error', listener: (error: unknown) => void): unknown;
  off?(event: 'error', listener: (error: unknown) => void): unknown;
};

async function run(client: PostgresQueryable, text: string, params: unknown[], doing: string) {
  try {
    return (await client.query(text, params)).rows as Row[];
  } catch (error) {
    throw storageError(error, doing);
  }
}

/** Internal: whether an error means the connection itself is gone (not a refused statement). */
export function lostConnection(error: unknown): boolean {
  const failed = error as { code?: unknown; value?: unknown };
  return (
    failed.code === 'STORAGE_ERROR' &&
    (failed.value === null || /^(57P|08)/.test(String(failed.value)))
  );
}

/**
 * Internal: the rows of one `SELECT` from a cursor on a connection of the pool, in pages of
 * `pageSize`, inside a `REPEATABLE READ READ ONLY` transaction: one snapshot for the whole read,
 * computed once, fetched lazily. The connection is held for the read: released when the stream
 * ends or is left (`return()`: `break` out of `for await`), and released with the error
 * (`release(error)`: the pool discards it) when the read fails — a terminated backend included.
 * While held, its `error` events are listened to (a terminated idle connection emits one).
 */
export async function* pooledCursorPages(
  connect: () => Promise<PooledConnection>,
  text: string,
  params: unknown[],
  doing: string,
  pageSize: number,
): AsyncGenerator<Row[]> {
  let held: PooledConnection;
  try {
    held = await connect();
  } catch (error) {
    throw storageError(error, 'taking a connection from the pool');
  }
  let broken: unknown;
  const onError = (error: unknown) => {
    broken = error;
  };
  held.on?.('error', onError);
  let done = false;
  try {
    await run(held, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', [], doing);
    await run(held, `DECLARE crm_rules_read NO SCROLL CURSOR FOR ${text}`, params, doing);
    for (;;) {
      const page = await run(held, `FETCH ${pageSize} FROM crm_rules_read`, [], doing);
      if (page.length > 0) yield page;
      if (page.length < pageSize) break;
    }
    await run(held, 'COMMIT', [], doing);
    done = true;
  } catch (error) {
    broken ??= error;
    throw error;
  } finally {
    // Left early (`return()`): end the transaction before the connection goes back.
    if (!done && broken === undefined)
      await held.query('ROLLBACK').catch((error: unknown) => {
        broken = error;
      });
    // A broken connection may still report its closing socket later: keep listening on it.
    if (broken === undefined) held.off?.('error', onError);
    held.release(broken);
  }
}

let cursorCount = 0;

/**
 * Internal: the rows of one `SELECT` from a `WITH HOLD` cursor on a single connection (PGlite, a
 * `pg.Client`), in pages of `pageSize`: the result is computed once, at `DECLARE`, from one
 * snapshot, and kept by the database (not in Node) until the stream ends or is left, when the
 * cursor is closed. No transaction stays open, so other statements can run between pages.
 */
export async function* heldCursorPages(
  client: PostgresQueryable,
  text: string,
  params: unknown[],
  doing: string,
  pageSize: number,
): AsyncGenerator<Row[]> {
  // Cursor names are per session: one counter for every store of this module keeps them apart.
  cursorCount += 1;
  const name = `crm_rules_read_${cursorCount}`;
  await run(client, `DECLARE ${name} NO SCROLL CURSOR WITH HOLD FOR ${text}`, params, doing);
  try {
    for (;;) {
      const page = await run(client, `FETCH ${pageSize} FROM ${name}`, [], doing);
      if (page.length > 0) yield page;
      if (page.length < pageSize) return;
    }
  } finally {
    await client.query(`CLOSE ${name}`).catch(() => undefined);
  }
}
