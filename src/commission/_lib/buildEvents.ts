import type { CreditNote } from '../../model';
import type { Period } from '../../period';
import type { CreditEvent, EventBase } from './CreditEvent';
import { creditNoteEvents } from './creditNoteEvents';
import type { DocumentIndex } from './documentIndex';
import { invoiceEvents } from './invoiceEvents';
import type { Arithmetic } from './num';
import { orderLineNum } from './orderLineNum';
import { paymentEvents } from './paymentEvents';
import type { Documents } from './readDocuments';

/**
 * Internal: the creditable events dated in the period, for the bases in use: booked order lines
 * (confirmed or completed orders), issued invoice lines, collected parts of invoice lines and
 * credit note lines (negative amounts, quantities and costs). Cancelled and open orders are not
 * booked.
 */
export function buildEvents(
  docs: Documents,
  index: DocumentIndex,
  period: Period,
  bases: ReadonlySet<EventBase>,
  arithmetic: Arithmetic,
): CreditEvent[] {
  const events: CreditEvent[] = [];
  const inPeriod = (date: string) => date >= period.start && date < period.end;
  if (bases.has('booked'))
    docs.orders.forEach((order, docIndex) => {
      if (
        !inPeriod(order.orderDate) ||
        (order.status !== 'confirmed' && order.status !== 'completed')
      )
        return;
      order.lines.forEach((line, lineIndex) => {
        const figures = orderLineNum(line, arithmetic);
        events.push({
          origin: 'order',
          base: 'booked',
          docId: order.id,
          lineId: line.lineId,
          date: order.orderDate,
          docDate: order.orderDate,
          currency: order.currency,
          amount: figures.amount,
          quantity: figures.quantity,
          cost: figures.cost,
          productId: line.productId,
          categoryId: line.categoryId,
          customerId: order.customerId,
          ownerId: order.ownerId,
          orderId: order.id,
          orderLineId: line.lineId,
          invoiceId: null,
          invoiceLineId: null,
          reverses: null,
          field: 'orders',
          docIndex,
          lineField: 'lines',
          lineIndex,
        });
      });
    });
  if (bases.has('invoiced'))
    docs.invoices.forEach((invoice, docIndex) => {
      if (inPeriod(invoice.issueDate))
        events.push(...invoiceEvents(invoice, docIndex, docs, index, arithmetic));
    });
  if (bases.has('collected'))
    docs.payments.forEach((payment, docIndex) => {
      if (inPeriod(payment.date))
        events.push(...paymentEvents(payment, docIndex, docs, index, arithmetic));
    });
  if (bases.has('reversal'))
    docs.creditNotes.forEach((note: CreditNote, docIndex) => {
      if (inPeriod(note.date))
        events.push(...creditNoteEvents(note, docIndex, docs, index, arithmetic));
    });
  return events;
}
