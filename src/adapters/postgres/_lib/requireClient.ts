import { argumentError } from '../../../errors/_lib/argumentGuards';
import type { PostgresClient } from '../PostgresClient';

/** Internal: a client with a `query` function, or `INVALID_INPUT`. */
export function requireClient(client: unknown): asserts client is PostgresClient {
  if (
    typeof client !== 'object' ||
    client === null ||
    typeof (client as { query?: unknown }).query !== 'function'
  )
    throw argumentError('client', 'a pg-compatible client (pg.Pool, pg.Client or PGlite)', client);
}
