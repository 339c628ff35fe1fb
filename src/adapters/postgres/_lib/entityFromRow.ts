import { CrmRulesError } from '../../../errors';
import { type Entity, type EntityKind, safeParseEntity } from '../../../model';
import { SCHEMA, TABLES, type TableSpec } from './TABLES';

/**
 * Internal: an entity from its row (`id`, `doc` and the typed columns selected under their
 * field names), validated with the model's schema. A row that is not a valid entity (a malformed
 * `doc`, an unknown currency, a negative quantity outside a return …) is a `CrmRulesError` with
 * the schema's code, naming the table and key: its path starts with them
 * (`['crm_rules.orders', 'SO-1', 'lines', 0, 'quantity']`).
 */
export function entityFromRow<K extends EntityKind>(
  kind: K,
  row: Record<string, unknown>,
  lines?: unknown[],
): Entity<K> {
  const spec: TableSpec = TABLES[kind];
  const table = `${SCHEMA}.${spec.table}`;
  const id = row.id;
  const doc = row.doc;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new CrmRulesError('INVALID_INPUT', `${table} row ${String(id)}: doc is not an object`, {
      path: [table, String(id), 'doc'],
      value: doc,
    });
  }
  const entity: Record<string, unknown> = { ...doc, id };
  for (const field of Object.keys(spec.columns)) {
    const value = row[field];
    if (value !== null && value !== undefined) entity[field] = value;
  }
  if (lines !== undefined) entity.lines = lines;
  const parsed = safeParseEntity(kind, entity);
  if (parsed.success) return parsed.data;
  const error = parsed.error;
  throw new CrmRulesError(
    error.code,
    `${table} row ${String(id)} is not a valid entity of ${kind}: ${error.detail}`,
    { path: [table, String(id), ...error.path], value: error.value, cause: error },
  );
}

/** Internal: an order line from its `order_lines` row (one element of an order's `lines` in `entityReaders`). */
export function lineFromRow(row: Record<string, unknown>): Record<string, unknown> {
  const doc = typeof row.doc === 'object' && row.doc !== null ? row.doc : {};
  const line: Record<string, unknown> = { ...doc };
  for (const field of ['lineId', 'productId', 'categoryId', 'quantity', 'unitPrice', 'unitCost']) {
    const value = row[field];
    if (value !== null && value !== undefined) line[field] = value;
  }
  if (row.discountRate !== null && row.discountRate !== undefined)
    line.discount = { kind: 'rate', rate: row.discountRate };
  if (row.discountAmount !== null && row.discountAmount !== undefined)
    line.discount = { ...(line.discount as object), kind: 'amount', amount: row.discountAmount };
  if (row.isReturn !== null && row.isReturn !== undefined) line.isReturn = row.isReturn;
  return line;
}
