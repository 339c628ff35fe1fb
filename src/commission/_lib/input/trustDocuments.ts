import { CrmRulesError, type ErrorPath } from '../../../errors';
import type { CreditNote, Customer, Invoice, Order, Payment } from '../../../model';
import { isCurrencyCode } from '../../../money';
import { isDecimal } from '../schema/quickChecks';
import type { TrustedReader } from './trustedReader';

type Path = Array<string | number>;

function optional<T>(value: unknown, read: (v: unknown) => T): T | undefined {
  return value === undefined ? undefined : read(value);
}

function oneOf(value: unknown, options: readonly string[], path: ErrorPath): string {
  if (typeof value !== 'string' || !options.includes(value))
    throw new CrmRulesError('INVALID_INPUT', `expected one of ${options.join(', ')}`, {
      path,
      value,
    });
  return value;
}

const NONZERO = /[1-9]/;

function isId(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The path of an order field, built only for a failing check. */
function at(field: string, index: number, ...rest: Path): Path {
  return [field, index, ...rest];
}

/**
 * Internal: the fields of a trusted order the engine reads, checked — paths (`[field, index, …]`)
 * are built only for a failing check, so a million lines allocate nothing here.
 */
export function trustOrder(doc: unknown, field: string, index: number, r: TrustedReader): Order {
  const o = (isObject(doc) ? doc : r.object(doc, at(field, index))) as Record<string, unknown>;
  if (!isId(o.id)) r.id(o.id, at(field, index, 'id'));
  if (!isId(o.customerId)) r.id(o.customerId, at(field, index, 'customerId'));
  if (!isId(o.ownerId)) r.id(o.ownerId, at(field, index, 'ownerId'));
  if (!r.knownDate(o.orderDate)) r.date(o.orderDate, at(field, index, 'orderDate'));
  if (!isCurrencyCode(o.currency)) r.currency(o.currency, at(field, index, 'currency'));
  const status = o.status;
  if (
    status !== 'confirmed' &&
    status !== 'completed' &&
    status !== 'open' &&
    status !== 'cancelled'
  )
    oneOf(status, ['open', 'confirmed', 'completed', 'cancelled'], at(field, index, 'status'));
  const lines = (
    Array.isArray(o.lines) ? o.lines : r.array(o.lines, at(field, index, 'lines'))
  ) as unknown[];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!isObject(line)) {
      r.object(line, at(field, index, 'lines', i));
      continue;
    }
    if (!isId(line.lineId)) r.id(line.lineId, at(field, index, 'lines', i, 'lineId'));
    if (!isId(line.productId)) r.id(line.productId, at(field, index, 'lines', i, 'productId'));
    if (!isId(line.categoryId)) r.id(line.categoryId, at(field, index, 'lines', i, 'categoryId'));
    const quantity = line.quantity;
    if (!isDecimal(quantity)) r.decimal(quantity, at(field, index, 'lines', i, 'quantity'));
    if (!isDecimal(line.unitPrice))
      r.decimal(line.unitPrice, at(field, index, 'lines', i, 'unitPrice'));
    if (line.unitCost !== undefined && !isDecimal(line.unitCost))
      r.decimal(line.unitCost, at(field, index, 'lines', i, 'unitCost'));
    if (line.discount !== undefined) {
      const path = at(field, index, 'lines', i);
      const discount = r.object(line.discount, [...path, 'discount']);
      const kind = oneOf(discount.kind, ['rate', 'amount'], [...path, 'discount', 'kind']);
      r.decimal(kind === 'rate' ? discount.rate : discount.amount, [...path, 'discount', kind]);
    }
    if (
      (quantity as string).charCodeAt(0) === 45 &&
      NONZERO.test(quantity as string) &&
      line.isReturn !== true
    )
      throw new CrmRulesError(
        'NEGATIVE_QUANTITY',
        'a negative quantity is allowed only on a return line (isReturn: true)',
        { path: at(field, index, 'lines', i, 'quantity'), value: quantity },
      );
  }
  return o as unknown as Order;
}

/** Internal: the fields of a trusted invoice the engine reads, checked. */
export function trustInvoice(
  doc: unknown,
  field: string,
  index: number,
  r: TrustedReader,
): Invoice {
  const path: Path = [field, index];
  const o = r.object(doc, path);
  r.id(o.id, [...path, 'id']);
  r.id(o.customerId, [...path, 'customerId']);
  r.id(o.ownerId, [...path, 'ownerId']);
  optional(o.orderId, (v) => r.id(v, [...path, 'orderId']));
  r.date(o.issueDate, [...path, 'issueDate']);
  r.date(o.dueDate, [...path, 'dueDate']);
  r.currency(o.currency, [...path, 'currency']);
  r.decimal(o.total, [...path, 'total']);
  optional(o.tax, (v) => r.decimal(v, [...path, 'tax']));
  if (o.lines !== undefined)
    r.array(o.lines, [...path, 'lines']).forEach((raw, i) => {
      const at = [...path, 'lines', i];
      const line = r.object(raw, at);
      r.id(line.lineId, [...at, 'lineId']);
      r.decimal(line.amount, [...at, 'amount']);
    });
  return o as unknown as Invoice;
}

/** Internal: the fields of a trusted payment the engine reads, checked. */
export function trustPayment(
  doc: unknown,
  field: string,
  index: number,
  r: TrustedReader,
): Payment {
  const path: Path = [field, index];
  const o = r.object(doc, path);
  r.id(o.id, [...path, 'id']);
  r.id(o.ownerId, [...path, 'ownerId']);
  r.date(o.date, [...path, 'date']);
  r.currency(o.currency, [...path, 'currency']);
  r.array(o.allocations, [...path, 'allocations']).forEach((raw, i) => {
    const at = [...path, 'allocations', i];
    const allocation = r.object(raw, at);
    r.id(allocation.invoiceId, [...at, 'invoiceId']);
    const amount = r.object(allocation.amount, [...at, 'amount']);
    r.decimal(amount.amount, [...at, 'amount', 'amount']);
    r.currency(amount.currency, [...at, 'amount', 'currency']);
  });
  return o as unknown as Payment;
}

/** Internal: the fields of a trusted credit note the engine reads, checked. */
export function trustCreditNote(
  doc: unknown,
  field: string,
  index: number,
  r: TrustedReader,
): CreditNote {
  const path: Path = [field, index];
  const o = r.object(doc, path);
  r.id(o.id, [...path, 'id']);
  r.id(o.customerId, [...path, 'customerId']);
  r.id(o.ownerId, [...path, 'ownerId']);
  r.date(o.date, [...path, 'date']);
  r.currency(o.currency, [...path, 'currency']);
  r.decimal(o.amount, [...path, 'amount']);
  oneOf(
    o.reason,
    ['return', 'cancellation', 'price-adjustment', 'quality-claim', 'rebate', 'other'],
    [...path, 'reason'],
  );
  if (o.lines !== undefined)
    r.array(o.lines, [...path, 'lines']).forEach((raw, i) => {
      const at = [...path, 'lines', i];
      const line = r.object(raw, at);
      r.id(line.lineId, [...at, 'lineId']);
      r.decimal(line.amount, [...at, 'amount']);
      optional(line.quantity, (v) => r.decimal(v, [...at, 'quantity']));
    });
  return o as unknown as CreditNote;
}

/** The customer fields read as facts (`customer.*`): texts when given. */
const CUSTOMER_TEXTS = ['country', 'grade', 'region', 'groupId', 'industry'] as const;

/**
 * Internal: the fields of a trusted customer the engine reads, checked — its id, the texts it
 * reads as facts, and the first deal date (`customer.isNew`).
 */
export function trustCustomer(doc: unknown, index: number, r: TrustedReader): Customer {
  const o = (isObject(doc) ? doc : r.object(doc, ['customers', index])) as Record<string, unknown>;
  if (!isId(o.id)) r.id(o.id, ['customers', index, 'id']);
  for (const field of CUSTOMER_TEXTS) {
    const value = o[field];
    if (value !== undefined && !isId(value)) r.id(value, ['customers', index, field]);
  }
  if (o.firstDealDate !== undefined && !r.knownDate(o.firstDealDate))
    r.date(o.firstDealDate, ['customers', index, 'firstDealDate']);
  return o as unknown as Customer;
}
