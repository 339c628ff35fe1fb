import type { Order, OrderLine } from '../../../model';
import type { CreditEvent } from '../events/CreditEvent';
import type { Documents } from '../input/readDocuments';

/** Internal: the order line an event sells or bills, with its order and the order's input index. */
export interface OrderLineTerms {
  readonly order: Order;
  readonly index: number;
  readonly line: OrderLine;
}

type LineIndex = Map<string, { order: Order; index: number; lines: Map<string, OrderLine> | null }>;

/** The orders of each run's documents by id, built on the first order-line fact read. */
const INDEXES = new WeakMap<Documents, LineIndex>();

/**
 * Internal: the order line behind an event — its own line for a booking, the order line an
 * invoice line, a payment of it or a credit note links to — or `null` when the event links to
 * none (an invoice without lines, a line without `orderLineId`) or the order is not in the
 * input. The order-line facts (`line.unitPrice`, `line.discountPercent`, `line.discountAmount`)
 * are read from it; a run whose plans read them keeps its orders for this (see `booking`).
 */
export function orderLineTerms(docs: Documents, event: CreditEvent): OrderLineTerms | null {
  if (event.orderId === null || event.orderLineId === null) return null;
  let index = INDEXES.get(docs);
  if (index === undefined) {
    index = new Map(docs.orders.map((order, i) => [order.id, { order, index: i, lines: null }]));
    INDEXES.set(docs, index);
  }
  const entry = index.get(event.orderId);
  if (entry === undefined) return null;
  if (entry.lines === null) entry.lines = new Map(entry.order.lines.map((l) => [l.lineId, l]));
  const line = entry.lines.get(event.orderLineId);
  return line === undefined ? null : { order: entry.order, index: entry.index, line };
}
