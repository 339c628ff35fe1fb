import type { CreditNote } from '../../../model';
import type { Period } from '../../../period';
import type { InvoiceLedger } from '../../model/InvoiceLedger';
import type { Arithmetic } from '../exact/num';
import type { DocumentIndex } from '../input/documentIndex';
import type { Documents } from '../input/readDocuments';
import type { CreditEvent, EventBase } from './CreditEvent';
import { collectedMovements } from './collectedMovements';
import { creditNoteEvents } from './creditNoteEvents';
import { invoiceEvents } from './invoiceEvents';
import { orderEvents } from './orderEvents';
import { paymentEvents } from './paymentEvents';
import { refundEvents } from './refundEvents';

/**
 * Internal: the creditable events dated in the period, for the bases in use: booked order lines
 * (confirmed or completed orders), issued invoice lines, collected parts of invoice lines and
 * credit note lines (negative amounts, quantities and costs). Cancelled and open orders are not
 * booked. For the `collected` base, payments release at most what their invoice is still worth
 * and credit notes that leave an invoice paid beyond its worth take the difference back (see
 * `collectedMovements`), from the invoice ledger the state carried.
 */
export function buildEvents(
  docs: Documents,
  index: DocumentIndex,
  period: Period,
  bases: ReadonlySet<EventBase>,
  arithmetic: Arithmetic,
  carried: readonly InvoiceLedger[] = [],
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
      events.push(...orderEvents(order, docIndex, arithmetic));
    });
  if (bases.has('invoiced'))
    docs.invoices.forEach((invoice, docIndex) => {
      if (inPeriod(invoice.issueDate))
        events.push(...invoiceEvents(invoice, docIndex, docs, index, arithmetic));
    });
  const moves = bases.has('collected')
    ? collectedMovements(docs, index, period, carried, arithmetic)
    : null;
  if (moves !== null)
    docs.payments.forEach((payment, docIndex) => {
      if (inPeriod(payment.date))
        events.push(...paymentEvents(payment, docIndex, docs, index, arithmetic, moves.released));
    });
  const reversals = bases.has('reversal');
  if (reversals || (moves !== null && moves.refunded.size > 0))
    docs.creditNotes.forEach((note: CreditNote, docIndex) => {
      const refund = moves?.refunded.get(docIndex);
      if (!inPeriod(note.date) || (!reversals && refund === undefined)) return;
      const noteEvents = creditNoteEvents(note, docIndex, docs, index, arithmetic);
      if (reversals) events.push(...noteEvents);
      if (refund !== undefined)
        events.push(
          ...refundEvents(note, noteEvents, refund, moves?.paidOn.get(docIndex), arithmetic),
        );
    });
  return events;
}
