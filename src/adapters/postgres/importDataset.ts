import { attemptAsync, type SafeResult } from '../../errors';
import { type Dataset, ENTITY_KINDS, type EntityKind, parseDataset } from '../../model';
import { connection } from './_lib/connection';
import { requireClient } from './_lib/requireClient';
import { writeEntities } from './_lib/writeEntities';
import type { PostgresClient } from './PostgresClient';

/**
 * Writes a dataset into the `crm_rules` tables (run {@link migrate} first): each entity is
 * validated (`parseDataset`), then inserted, or replaces the row with its id (an order's lines
 * with it), in one transaction: all of it is stored, or none. Money and quantities go to
 * `numeric` columns, dates to `date` columns, the rest of an entity to `doc jsonb`.
 *
 * @param client - a pg-compatible client (see {@link PostgresClient})
 * @param dataset - the entities, as plain JSON
 * @returns how many entities were written, by collection
 * @throws CrmRulesError for a bad dataset, as `parseDataset` (with the path into it);
 * `STORAGE_ERROR` when the database refuses (nothing is written then)
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * const db = new PGlite();
 * await migrate(db);
 * await importDataset(db, { teams: [{ id: 'T-EU', name: 'Europe' }] });
 * //=> { teams: 1 }
 * ```
 */
export async function importDataset(
  client: PostgresClient,
  dataset: Dataset,
): Promise<Partial<Record<EntityKind, number>>> {
  requireClient(client);
  const parsed = parseDataset(dataset);
  return connection(client).transaction(async (tx) => {
    const counts: Partial<Record<EntityKind, number>> = {};
    for (const kind of ENTITY_KINDS) {
      const entities = parsed[kind];
      if (entities === undefined) continue;
      await writeEntities(tx, kind, entities);
      counts[kind] = entities.length;
    }
    return counts;
  });
}

/**
 * Like {@link importDataset}, but resolves to `{ success, data | error }` instead of rejecting.
 *
 * @example
 * ```ts
 * (await safeImportDataset(null, {})).success;
 * //=> false
 * ```
 */
export function safeImportDataset(
  client: PostgresClient,
  dataset: Dataset,
): Promise<SafeResult<Partial<Record<EntityKind, number>>>> {
  return attemptAsync(() => importDataset(client, dataset));
}
