import { CrmRulesError } from '../../../errors';
import type { Invoice, Payment } from '../../../model';
import { sign } from '../../../money/_lib/scaled/Fixed';
import { type Arithmetic, type Num, parseNum } from '../exact/num';
import { scaleFigure } from '../exact/scaleFigure';
import { spread } from '../exact/spread';
import type { DocumentIndex, InvoiceLineFigures } from '../input/documentIndex';
import { invoiceLines } from '../input/invoiceLines';
import type { Documents } from '../input/readDocuments';
import { type CreditEvent, creditEvent, type EventDocument } from './CreditEvent';
import { allocationKey } from './collectedMovements';

/** The events of allocation `j` of a payment: its `parts` of the invoice's `lines`. */
function collectedEvents(
  payment: Payment,
  docIndex: number,
  j: number,
  invoice: Invoice,
  lines: readonly InvoiceLineFigures[],
  parts: readonly Num[],
): CreditEvent[] {
  const doc: EventDocument = {
    origin: 'payment',
    base: 'collected',
    docId: payment.id,
    date: payment.date,
    docDate: invoice.issueDate,
    currency: invoice.currency,
    customerId: invoice.customerId,
    ownerId: invoice.ownerId,
    field: 'payments',
    docIndex,
  };
  return lines.map((line, k) => {
    const part = parts[k] as Num;
    return creditEvent(
      doc,
      {
        lineId: `${invoice.id}/${line.lineId}`,
        amount: part,
        quantity: scaleFigure(line.quantity, part, line.amount),
        cost: scaleFigure(line.cost, part, line.amount),
        productId: line.productId,
        categoryId: line.categoryId,
        lineField: 'allocations',
        lineIndex: j,
      },
      {
        orderId: invoice.orderId ?? null,
        orderLineId: line.orderLineId,
        invoiceId: invoice.id,
        invoiceLineId: line.lineId,
        reverses: null,
      },
    );
  });
}

/**
 * Internal: the events of a payment: each allocation releases its share of every line of the
 * invoice it settles — the allocated amount spread over the lines (and the tax) in proportion to
 * their amounts, exactly — dated the payment date. `released` holds what an allocation releases
 * when it is not all of it (it pays more than the invoice is still worth; see
 * `collectedMovements`): that is what is spread, and nothing when it is zero.
 */
export function paymentEvents(
  payment: Payment,
  docIndex: number,
  docs: Documents,
  index: DocumentIndex,
  arithmetic: Arithmetic,
  released: ReadonlyMap<string, Num> = new Map(),
): CreditEvent[] {
  const events: CreditEvent[] = [];
  payment.allocations.forEach((allocation, j) => {
    const entry = index.invoices.get(allocation.invoiceId);
    if (entry === undefined)
      throw new CrmRulesError(
        'INVALID_INPUT',
        'pass the invoice this payment settles (in invoices)',
        {
          path: ['payments', docIndex, 'allocations', j, 'invoiceId'],
          value: allocation.invoiceId,
        },
      );
    const invoice = entry.invoice;
    if (allocation.amount.currency !== invoice.currency)
      throw new CrmRulesError(
        'CURRENCY_MISMATCH',
        `the payment is allocated in ${allocation.amount.currency} to an invoice in ${invoice.currency}; convert it first`,
        {
          path: ['payments', docIndex, 'allocations', j, 'amount', 'currency'],
          value: allocation.amount.currency,
        },
      );
    const amount =
      released.get(allocationKey(docIndex, j)) ?? parseNum(allocation.amount.amount, arithmetic);
    if (sign(amount) === 0) return;
    const lines = invoiceLines(invoice, docs, index, arithmetic);
    const weights = lines.map((line) => line.amount);
    if (invoice.tax !== undefined) weights.push(parseNum(invoice.tax, arithmetic));
    const parts = spread(amount, invoice.currency, weights, arithmetic);
    events.push(...collectedEvents(payment, docIndex, j, invoice, lines, parts));
  });
  return events;
}
