import type { Invoice } from '../../../model';
import type { Arithmetic } from '../exact/num';
import type { DocumentIndex } from '../input/documentIndex';
import { invoiceLines } from '../input/invoiceLines';
import type { Documents } from '../input/readDocuments';
import { type CreditEvent, creditEvent, type EventDocument } from './CreditEvent';

/** Internal: the events of an issued invoice: one per line (or one for the total less tax). */
export function invoiceEvents(
  invoice: Invoice,
  docIndex: number,
  docs: Documents,
  index: DocumentIndex,
  arithmetic: Arithmetic,
): CreditEvent[] {
  const doc: EventDocument = {
    origin: 'invoice',
    base: 'invoiced',
    docId: invoice.id,
    date: invoice.issueDate,
    docDate: invoice.issueDate,
    currency: invoice.currency,
    customerId: invoice.customerId,
    ownerId: invoice.ownerId,
    field: 'invoices',
    docIndex,
  };
  return invoiceLines(invoice, docs, index, arithmetic).map((line) =>
    creditEvent(
      doc,
      {
        lineId: line.lineId,
        amount: line.amount,
        quantity: line.quantity,
        cost: line.cost,
        productId: line.productId,
        categoryId: line.categoryId,
        lineField: line.index < 0 ? null : 'lines',
        lineIndex: line.index,
      },
      {
        orderId: invoice.orderId ?? null,
        orderLineId: line.orderLineId,
        invoiceId: invoice.id,
        invoiceLineId: line.lineId,
        reverses: null,
      },
    ),
  );
}
