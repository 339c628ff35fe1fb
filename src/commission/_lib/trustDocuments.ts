import { CrmRulesError, type ErrorPath } from '../../errors';
import type { CreditNote, Invoice, Order, Payment } from '../../model';
import type { TrustedReader } from './trusted';

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

/** Internal: the fields of a trusted order the engine reads, checked. */
export function trustOrder(doc: unknown, path: Path, r: TrustedReader): Order {
  const o = r.object(doc, path);
  r.id(o.id, [...path, 'id']);
  r.id(o.customerId, [...path, 'customerId']);
  r.id(o.ownerId, [...path, 'ownerId']);
  r.date(o.orderDate, [...path, 'orderDate']);
  r.currency(o.currency, [...path, 'currency']);
  oneOf(o.status, ['open', 'confirmed', 'completed', 'cancelled'], [...path, 'status']);
  r.array(o.lines, [...path, 'lines']).forEach((raw, i) => {
    const at = [...path, 'lines', i];
    const line = r.object(raw, at);
    r.id(line.lineId, [...at, 'lineId']);
    r.id(line.productId, [...at, 'productId']);
    r.id(line.categoryId, [...at, 'categoryId']);
    const quantity = r.decimal(line.quantity, [...at, 'quantity']);
    r.decimal(line.unitPrice, [...at, 'unitPrice']);
    optional(line.unitCost, (v) => r.decimal(v, [...at, 'unitCost']));
    if (line.discount !== undefined) {
      const discount = r.object(line.discount, [...at, 'discount']);
      const kind = oneOf(discount.kind, ['rate', 'amount'], [...at, 'discount', 'kind']);
      r.decimal(kind === 'rate' ? discount.rate : discount.amount, [...at, 'discount', kind]);
    }
    if (quantity.startsWith('-') && /[1-9]/.test(quantity) && line.isReturn !== true)
      throw new CrmRulesError(
        'NEGATIVE_QUANTITY',
        'a negative quantity is allowed only on a return line (isReturn: true)',
        { path: [...at, 'quantity'], value: quantity },
      );
  });
  return o as unknown as Order;
}

/** Internal: the fields of a trusted invoice the engine reads, checked. */
export function trustInvoice(doc: unknown, path: Path, r: TrustedReader): Invoice {
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
export function trustPayment(doc: unknown, path: Path, r: TrustedReader): Payment {
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
export function trustCreditNote(doc: unknown, path: Path, r: TrustedReader): CreditNote {
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
