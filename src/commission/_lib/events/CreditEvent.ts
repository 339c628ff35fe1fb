import type { ErrorPath } from '../../../errors';
import type { Num } from '../exact/num';

/** Internal: which crediting base an event belongs to (`reversal`: credit notes, for booked and invoiced plans). */
export type EventBase = 'booked' | 'invoiced' | 'collected' | 'reversal';

/** Internal: the document kinds events come from. */
export type EventOrigin = 'order' | 'invoice' | 'payment' | 'credit-note';

/** Internal: what a reversal (credit note) points back to. */
export interface Reversal {
  readonly invoiceId: string | null;
  readonly invoiceLineId: string | null;
  readonly orderId: string | null;
  readonly orderLineId: string | null;
  readonly reason: string;
  /**
   * For a refund of collected cash: the date of the payment whose cash it takes back (the latest
   * of the period's payments it reaches), where it converts under `payment-date`; else `null`.
   */
  readonly paidOn: string | null;
}

/** Internal: what the events of one document share — its kind, place in the input, dates and parties. */
export interface EventDocument {
  readonly origin: EventOrigin;
  readonly base: EventBase;
  readonly docId: string;
  /** The credit date (order date, issue date, payment date, credit note date). */
  readonly date: string;
  /** The date of the document behind the credit (for payments: the invoice's issue date). */
  readonly docDate: string;
  readonly currency: string;
  readonly customerId: string;
  readonly ownerId: string;
  /** Where the document sits in the caller's input. */
  readonly field: 'orders' | 'invoices' | 'payments' | 'creditNotes';
  readonly docIndex: number;
}

/** Internal: one line of an event's document: its figures (signed, full precision) and facts. */
export interface EventLine {
  readonly lineId: string;
  readonly amount: Num;
  readonly quantity: Num | null;
  readonly cost: Num | null;
  readonly productId: string | null;
  readonly categoryId: string | null;
  /** Where the line sits in its document (`null`, −1: an event for the whole document). */
  readonly lineField: 'lines' | 'allocations' | null;
  readonly lineIndex: number;
}

/** Internal: the order and invoice (lines) an event belongs to, and what a reversal reverses. */
export interface EventLinks {
  readonly orderId: string | null;
  readonly orderLineId: string | null;
  readonly invoiceId: string | null;
  readonly invoiceLineId: string | null;
  readonly reverses: Reversal | null;
}

/**
 * Internal: one creditable event from one document line — an order line booked, an invoice line
 * issued, part of an invoice line collected, a credit note line — before it is divided among
 * payees. Amounts are signed and in the document currency, at full precision. Made by
 * {@link creditEvent} only: a field added to its parts fails to compile there until it is copied.
 */
export interface CreditEvent extends EventDocument, EventLine, EventLinks {
  /** Scratch: the line facts last built for a plan version whose conditions read no payee facts. */
  facts?: { readonly version: object; readonly value: Readonly<Record<string, unknown>> };
}

/** Internal: the event of a document's line with its links (every event's fields, in one order). */
export function creditEvent(doc: EventDocument, line: EventLine, links: EventLinks): CreditEvent {
  return {
    origin: doc.origin,
    base: doc.base,
    docId: doc.docId,
    lineId: line.lineId,
    date: doc.date,
    docDate: doc.docDate,
    currency: doc.currency,
    amount: line.amount,
    quantity: line.quantity,
    cost: line.cost,
    productId: line.productId,
    categoryId: line.categoryId,
    customerId: doc.customerId,
    ownerId: doc.ownerId,
    orderId: links.orderId,
    orderLineId: links.orderLineId,
    invoiceId: links.invoiceId,
    invoiceLineId: links.invoiceLineId,
    reverses: links.reverses,
    field: doc.field,
    docIndex: doc.docIndex,
    lineField: line.lineField,
    lineIndex: line.lineIndex,
  };
}

/** Internal: the path of an event's document line in the caller's input, plus `more`. */
export function eventPath(event: CreditEvent, ...more: Array<string | number>): ErrorPath {
  const path: Array<string | number> = [event.field, event.docIndex];
  if (event.lineField !== null && event.lineIndex >= 0) path.push(event.lineField, event.lineIndex);
  path.push(...more);
  return path;
}

/** Internal: the path of an event's document (not the line), plus `more`. */
export function documentPath(event: CreditEvent, ...more: Array<string | number>): ErrorPath {
  return [event.field, event.docIndex, ...more];
}
