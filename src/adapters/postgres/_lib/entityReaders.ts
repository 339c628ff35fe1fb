import { ENTITY_KINDS, type Entity, type EntityKind } from '../../../model';
import {
  type EntityReader,
  type EntityReaders,
  type ParsedQuery,
  parseQuery,
  QUERY_SPECS,
  type Supports,
} from '../../../ports';
import { pushedFilters, requireEntityId } from '../../../ports/_lib/readerGuards';
import type { Connection } from './connection';
import { entityFromRow } from './entityFromRow';
import { readOrderLines } from './readOrderLines';
import { SCHEMA, selectColumn, snake, TABLES, type TableSpec } from './TABLES';
import { whereClause } from './whereClause';

/** Internal: the readers of a PostgreSQL store, honouring its manifest. */
export function entityReaders(db: Connection, supports: Supports, pageSize: number): EntityReaders {
  const readers: Record<string, EntityReader<unknown, unknown>> = {};
  for (const kind of ENTITY_KINDS) readers[kind] = reader(db, kind, supports, pageSize);
  return readers as unknown as EntityReaders;
}

function reader<K extends EntityKind>(
  db: Connection,
  kind: K,
  supports: Supports,
  pageSize: number,
): EntityReader<Entity<K>, unknown> {
  const pushed = (): readonly string[] => pushedFilters(supports, kind);
  return {
    async get(id) {
      pushed();
      requireEntityId(id);
      const [found] = await readPage(db, kind, { equals: [] }, undefined, 1, id);
      return found ?? null;
    },
    async *list(query) {
      const parsed = parseQuery(kind, query, pushed());
      let after: Entity<K> | undefined;
      for (;;) {
        const page = await readPage(db, kind, parsed, after, pageSize);
        yield* page;
        if (page.length < pageSize) return;
        after = page[page.length - 1];
      }
    },
  };
}

/**
 * One page of a listing by keyset pagination: the rows after `after` in the collection's order
 * (`QUERY_SPECS[kind].orderBy`, by code point: the columns are `COLLATE "C"`), at most `limit`.
 * Each page is one statement: no connection or cursor is held between pages.
 */
async function readPage<K extends EntityKind>(
  db: Connection,
  kind: K,
  query: ParsedQuery,
  after: Entity<K> | undefined,
  limit: number,
  id?: string,
): Promise<Array<Entity<K>>> {
  const spec: TableSpec = TABLES[kind];
  const params: unknown[] = [];
  const conditions = whereClause(kind, query, params);
  if (id !== undefined) {
    params.push(id);
    conditions.push(`t.id = $${params.length}`);
  }
  const orderBy: readonly string[] = QUERY_SPECS[kind].orderBy;
  const keys = orderBy.map((field) => `t.${snake(field)}`);
  if (after !== undefined) {
    const values = orderBy.map((field) => {
      params.push((after as Record<string, unknown>)[field]);
      return field === 'id' ? `$${params.length}::text COLLATE "C"` : `$${params.length}::date`;
    });
    conditions.push(`(${keys.join(', ')}) > (${values.join(', ')})`);
  }
  const columns = Object.entries(spec.columns).map(
    ([field, type]) => `${selectColumn(field, type)} AS "${field}"`,
  );
  params.push(limit);
  const rows = await db.rows(
    `SELECT t.id, t.doc, ${columns.join(', ')} FROM ${SCHEMA}.${spec.table} t
     ${conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`}
     ORDER BY ${keys.join(', ')} LIMIT $${params.length}`,
    params,
    `reading ${kind}`,
  );
  const lines =
    kind === 'orders' && rows.length > 0
      ? await readOrderLines(
          db,
          rows.map((row) => String(row.id)),
        )
      : undefined;
  return rows.map((row) =>
    entityFromRow(kind, row, lines === undefined ? undefined : (lines.get(String(row.id)) ?? [])),
  );
}
