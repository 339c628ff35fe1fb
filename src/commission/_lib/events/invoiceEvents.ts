import type { Invoice } from '../../../model';
import type { Arithmetic } from '../exact/num';
import type { DocumentIndex } from '../input/documentIndex';
import { invoiceLines } from '../input/invoiceLines';
import type { Documents } from '../input/readDocuments';
import type { CreditEvent } from './CreditEvent';

/** Internal: the events of an issued invoice: one per line (or one for the total less tax). */
export function invoiceEvents(
  invoice: Invoice,
  docIndex: number,
  docs: Documents,
  index: DocumentIndex,
  arithmetic: Arithmetic,
): CreditEvent[] {
  return invoiceLines(invoice, docs, index, arithmetic).map((line) => ({
    origin: 'invoice',
    base: 'invoiced',
    docId: invoice.id,
    lineId: line.lineId,
    date: invoice.issueDate,
    docDate: invoice.issueDate,
    currency: invoice.currency,
    amount: line.amount,
    quantity: line.quantity,
    cost: line.cost,
    productId: line.productId,
    categoryId: line.categoryId,
    customerId: invoice.customerId,
    ownerId: invoice.ownerId,
    orderId: invoice.orderId ?? null,
    orderLineId: line.orderLineId,
    invoiceId: invoice.id,
    invoiceLineId: line.lineId,
    reverses: null,
    field: 'invoices',
    docIndex,
    lineField: line.index < 0 ? null : 'lines',
    lineIndex: line.index,
  }));
}
