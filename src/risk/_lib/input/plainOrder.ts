import { dayNumberOf } from '../../../_lib/civil';
import { type Order, PaymentMethod } from '../../../model';
import { isCurrencyCode } from '../../../money';
import { plainAmount, plainId, plainRecord } from './plainInput';

const ORDER_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'customerId',
  'ownerId',
  'orderDate',
  'promisedDate',
  'currency',
  'status',
  'contractId',
  'paymentTerms',
  'lines',
]);
const LINE_FIELDS: ReadonlySet<string> = new Set([
  'lineId',
  'productId',
  'categoryId',
  'quantity',
  'unitPrice',
  'hsCode',
]);
const STATUSES: ReadonlySet<unknown> = new Set(['open', 'confirmed', 'completed', 'cancelled']);
const TERMS_FIELDS: ReadonlySet<string> = new Set(['method', 'days']);
const METHODS: ReadonlySet<unknown> = new Set(PaymentMethod.options);

/** Whether `terms` are plain payment terms: a known method and whole days 0–3650. */
function plainTerms(terms: unknown): boolean {
  const record = plainRecord(terms, TERMS_FIELDS, 2);
  if (record === undefined || !METHODS.has(record.method)) return false;
  const days = record.days;
  return typeof days === 'number' && Number.isInteger(days) && days >= 0 && days <= 3650;
}

/** Whether `code` is surely a valid `HsCode`: 4, 6, 8 or 10 ASCII digits. */
function plainHsCode(code: unknown): boolean {
  if (typeof code !== 'string' || code.length < 4 || code.length > 10 || code.length % 2 !== 0)
    return false;
  for (let i = 0; i < code.length; i += 1) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Whether `lines` are plain lines (no discount, cost or return; an HS code allowed) with
 * distinct line ids.
 */
function plainLines(lines: unknown): boolean {
  if (!Array.isArray(lines) || lines.length === 0 || lines.length > 64) return false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = plainRecord(lines[i], LINE_FIELDS, 5);
    if (line === undefined) return false;
    const keys = Object.keys(line).length;
    if (keys !== 5 && !(keys === 6 && plainHsCode(line.hsCode))) return false;
    const { lineId, productId, categoryId, quantity, unitPrice } = line;
    if (!plainId(lineId) || !plainId(productId) || !plainId(categoryId)) return false;
    if (!plainAmount(quantity) || !plainAmount(unitPrice)) return false;
    for (let j = 0; j < i; j += 1)
      if ((lines[j] as { lineId: string }).lineId === lineId) return false;
  }
  return true;
}

/**
 * `raw` typed as an `Order` when a hand check finds it surely valid as it stands — the common
 * shape: a plain object of the order's fields (no field given as `undefined`), ASCII ids, real
 * dates with `promisedDate` ≥ `orderDate`, a known currency, a status, and 1–64 lines with
 * ids, a quantity and a unit price ≥ 0 of at most 15 digits and 9 places, distinct line ids, an
 * HS code or none, and no discount, unit cost or return flag, and payment terms (when given) of a known method and
 * whole days 0–3650 — else `undefined`, and the `Order` schema decides (and
 * words any error). What the check accepts, the schema accepts unchanged.
 */
export function plainOrder(raw: unknown): Order | undefined {
  const order = plainRecord(raw, ORDER_FIELDS, 7);
  if (order === undefined) return undefined;
  const { id, customerId, ownerId, orderDate, promisedDate, currency, status, contractId } = order;
  if (!plainId(id) || !plainId(customerId) || !plainId(ownerId)) return undefined;
  if ('contractId' in order && !plainId(contractId)) return undefined;
  if ('paymentTerms' in order && !plainTerms(order.paymentTerms)) return undefined;
  if (typeof orderDate !== 'string' || dayNumberOf(orderDate) === undefined) return undefined;
  if ('promisedDate' in order) {
    if (typeof promisedDate !== 'string' || dayNumberOf(promisedDate) === undefined)
      return undefined;
    if (promisedDate < orderDate) return undefined;
  }
  if (!isCurrencyCode(currency) || !STATUSES.has(status)) return undefined;
  return plainLines(order.lines) ? (raw as Order) : undefined;
}
