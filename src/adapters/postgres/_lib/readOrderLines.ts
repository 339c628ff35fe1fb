import type { Connection } from './connection';
import { lineFromRow } from './entityFromRow';
import { LINE_COLUMNS, SCHEMA, selectColumn } from './TABLES';

/** Internal: the lines of these orders, in line order, by order id (one statement). */
export async function readOrderLines(
  db: Connection,
  orderIds: readonly string[],
): Promise<Map<string, unknown[]>> {
  const columns = Object.entries(LINE_COLUMNS).map(
    ([field, type]) => `${selectColumn(field, type, 'l')} AS "${field}"`,
  );
  const rows = await db.rows(
    `SELECT l.order_id, ${columns.join(', ')}, l.discount_rate::text AS "discountRate",
       l.discount_amount::text AS "discountAmount", l.is_return AS "isReturn", l.doc
     FROM ${SCHEMA}.order_lines l WHERE l.order_id = ANY($1::text[]) ORDER BY l.order_id, l.line_no`,
    [[...orderIds]],
    'reading order lines',
  );
  const out = new Map<string, unknown[]>();
  for (const row of rows) {
    const id = String(row.order_id);
    const lines = out.get(id) ?? [];
    lines.push(lineFromRow(row));
    out.set(id, lines);
  }
  return out;
}
