import type { Entity, EntityKind } from '../../../model';
import type { Connection } from './connection';
import { type ColumnType, LINE_COLUMNS, SCHEMA, snake, TABLES, type TableSpec } from './TABLES';

const CHUNK = 1000;
const SQL_TYPE: Record<ColumnType, string> = { text: 'text', date: 'date', numeric: 'numeric' };

/** Internal: the row of an entity: its typed columns by column name, and `doc` (the rest). */
function entityRow(kind: EntityKind, entity: Record<string, unknown>): Record<string, unknown> {
  const spec: TableSpec = TABLES[kind];
  const doc: Record<string, unknown> = {};
  const row: Record<string, unknown> = { id: entity.id };
  for (const [field, value] of Object.entries(entity)) {
    if (field === 'id' || (kind === 'orders' && field === 'lines')) continue;
    if (Object.hasOwn(spec.columns, field)) row[snake(field)] = value;
    else doc[field] = value;
  }
  row.doc = doc;
  return row;
}

/** Internal: the `order_lines` rows of an order. */
function lineRows(order: Entity<'orders'>): Array<Record<string, unknown>> {
  return order.lines.map((line, lineNo) => {
    const row: Record<string, unknown> = { order_id: order.id, line_no: lineNo };
    const doc: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(line)) {
      if (Object.hasOwn(LINE_COLUMNS, field)) row[snake(field)] = value;
      else if (field === 'isReturn') row.is_return = value;
      else if (field !== 'discount') doc[field] = value;
    }
    if (line.discount?.kind === 'rate') row.discount_rate = line.discount.rate;
    if (line.discount?.kind === 'amount') row.discount_amount = line.discount.amount;
    row.doc = doc;
    return row;
  });
}

/**
 * Internal: writes parsed entities of one collection (insert, or replace by id), in statements
 * of up to 1,000 rows through `jsonb_to_recordset`; an order's lines are replaced with it.
 */
export async function writeEntities<K extends EntityKind>(
  tx: Connection,
  kind: K,
  entities: ReadonlyArray<Entity<K>>,
): Promise<void> {
  const spec: TableSpec = TABLES[kind];
  const columns = Object.entries(spec.columns).map(
    ([field, type]) => [snake(field), type] as const,
  );
  const names = ['id', 'doc', ...columns.map(([name]) => name)];
  const types = [
    'id text',
    'doc jsonb',
    ...columns.map(([name, type]) => `${name} ${SQL_TYPE[type]}`),
  ];
  for (let start = 0; start < entities.length; start += CHUNK) {
    const chunk = entities.slice(start, start + CHUNK);
    const rows = chunk.map((entity) => entityRow(kind, entity as Record<string, unknown>));
    await tx.rows(
      `INSERT INTO ${SCHEMA}.${spec.table} (${names.join(', ')})
       SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${types.join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${names
         .slice(1)
         .map((name) => `${name} = excluded.${name}`)
         .join(', ')}`,
      [JSON.stringify(rows)],
      `writing ${kind}`,
    );
    if (kind === 'orders') await writeLines(tx, chunk as ReadonlyArray<Entity<'orders'>>);
  }
}

async function writeLines(tx: Connection, orders: ReadonlyArray<Entity<'orders'>>): Promise<void> {
  await tx.rows(
    `DELETE FROM ${SCHEMA}.order_lines WHERE order_id = ANY($1::text[])`,
    [orders.map((order) => order.id)],
    'replacing order lines',
  );
  const rows = orders.flatMap(lineRows);
  await tx.rows(
    `INSERT INTO ${SCHEMA}.order_lines (order_id, line_no, line_id, product_id, category_id,
       quantity, unit_price, discount_rate, discount_amount, unit_cost, is_return, doc)
     SELECT order_id, line_no, line_id, product_id, category_id, quantity, unit_price,
       discount_rate, discount_amount, unit_cost, is_return, coalesce(doc, '{}')
     FROM jsonb_to_recordset($1::jsonb) AS x(order_id text, line_no integer, line_id text,
       product_id text, category_id text, quantity numeric, unit_price numeric,
       discount_rate numeric, discount_amount numeric, unit_cost numeric, is_return boolean,
       doc jsonb)`,
    [JSON.stringify(rows)],
    'writing order lines',
  );
}
