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
import { entityFromRow, lineFromRow } from './entityFromRow';
import { LINE_COLUMNS, SCHEMA, selectColumn, snake, TABLES, type TableSpec } from './TABLES';
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
      const params: unknown[] = [];
      const rows = await db.rows(
        selectEntities(kind, { equals: [] }, params, id),
        params,
        `reading ${kind}`,
      );
      const [row] = rows;
      return row === undefined ? null : fromRow(kind, row);
    },
    async *list(query) {
      const parsed = parseQuery(kind, query, pushed());
      const params: unknown[] = [];
      const text = selectEntities(kind, parsed, params);
      for await (const page of db.pages(text, params, `reading ${kind}`, pageSize))
        for (const row of page) yield fromRow(kind, row);
    },
  };
}

/** An entity from its row; an order's lines come as a `jsonb` array of line rows. */
function fromRow<K extends EntityKind>(kind: K, row: Record<string, unknown>): Entity<K> {
  const lines = kind === 'orders' ? (row.lines as Array<Record<string, unknown>>) : undefined;
  return entityFromRow(kind, row, lines?.map(lineFromRow));
}

/**
 * The `SELECT` of a listing, in the collection's order (`QUERY_SPECS[kind].orderBy`, by code
 * point: the columns are `COLLATE "C"`), with the query's `WHERE` clause; an order carries its
 * lines in line order (`lines`, one `jsonb` array), so an order and its lines come from one
 * statement and one snapshot.
 */
function selectEntities(kind: EntityKind, query: ParsedQuery, params: unknown[], id?: string) {
  const spec: TableSpec = TABLES[kind];
  const conditions = whereClause(kind, query, params);
  if (id !== undefined) {
    params.push(id);
    conditions.push(`t.id = $${params.length}`);
  }
  const keys = QUERY_SPECS[kind].orderBy.map((field: string) => `t.${snake(field)}`);
  const columns = Object.entries(spec.columns).map(
    ([field, type]) => `${selectColumn(field, type)} AS "${field}"`,
  );
  if (kind === 'orders') columns.push(`${ORDER_LINES} AS lines`);
  return `SELECT t.id, t.doc, ${columns.join(', ')} FROM ${SCHEMA}.${spec.table} t
     ${conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`}
     ORDER BY ${keys.join(', ')}`;
}

/** An order's lines as a `jsonb` array of line rows (numerics as text), in line order. */
const ORDER_LINES = `(SELECT coalesce(jsonb_agg(jsonb_build_object(${[
  ...Object.entries(LINE_COLUMNS).map(
    ([field, type]) => `'${field}', ${selectColumn(field, type, 'l')}`,
  ),
  `'discountRate', l.discount_rate::text, 'discountAmount', l.discount_amount::text`,
  `'isReturn', l.is_return, 'doc', l.doc`,
].join(', ')}) ORDER BY l.line_no), '[]'::jsonb)
  FROM ${SCHEMA}.order_lines l WHERE l.order_id = t.id)`;
