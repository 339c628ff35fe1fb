import { ensure } from '../../exact/Column';
import type { CreditEvent } from '../CreditEvent';
import { originCode } from '../originCodes';
import type { EventTable } from './EventTable';

/**
 * Internal: adds a non-order event (built from its documents) to the table, opening a row when
 * its document changes; `split` gives the split of its invoice, else of its order.
 */
export function pushEvent(
  t: EventTable,
  event: CreditEvent,
  split: (orderId: string | null, invoiceId: string | null) => number,
): void {
  const origin = originCode(event);
  if (!sameRow(t, t.rows - 1, origin, event))
    t.beginRow(
      origin,
      event.docId,
      event.docIndex,
      event.date,
      event.docDate,
      event.currency,
      event.customerId,
      event.ownerId,
      {
        orderId: event.orderId,
        invoiceId: event.invoiceId,
        reason: event.reverses?.reason ?? null,
        paidOn: event.reverses?.paidOn ?? null,
      },
      split(event.orderId, event.invoiceId),
    );
  const e = t.pushLine(
    event.lineId,
    event.lineIndex,
    event.amount,
    event.quantity,
    event.cost,
    event.productId,
    event.categoryId,
  );
  t.orderLine = ensure(t.orderLine, e + 1);
  t.invoiceLine = ensure(t.invoiceLine, e + 1);
  t.orderLine[e] = event.orderLineId === null ? -1 : t.lineIds.id(event.orderLineId);
  t.invoiceLine[e] = event.invoiceLineId === null ? -1 : t.lineIds.id(event.invoiceLineId);
}

/** Whether row `r` (−1: none) is the row of `event`: same document, date, currency, links… */
function sameRow(t: EventTable, r: number, origin: number, event: CreditEvent): boolean {
  const links = r >= 0 ? t.linksOf(r) : null;
  return (
    links !== null &&
    t.rowOrigin[r] === origin &&
    t.rowDoc[r] === event.docId &&
    t.rowDocIndex[r] === event.docIndex &&
    t.days[t.rowDay[r] as number] === event.date &&
    t.docDates.names[t.rowDocDate[r] as number] === event.docDate &&
    t.currencies.names[t.rowCurrency[r] as number] === event.currency &&
    t.customers.names[t.rowCustomer[r] as number] === event.customerId &&
    t.payees.names[t.rowOwner[r] as number] === event.ownerId &&
    links.orderId === event.orderId &&
    links.invoiceId === event.invoiceId &&
    links.reason === (event.reverses?.reason ?? null) &&
    links.paidOn === (event.reverses?.paidOn ?? null)
  );
}
