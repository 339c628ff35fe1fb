import type { CreditNote, CreditNoteLine, Invoice, Order } from '../../../model';
import { mul, neg } from '../../../money/_lib/scaled/Fixed';
import { type Arithmetic, type Num, parseNum } from '../exact/num';
import { scaleFigure } from '../exact/scaleFigure';
import { spread } from '../exact/spread';
import type { DocumentIndex, InvoiceLineFigures } from '../input/documentIndex';
import { invoiceLines } from '../input/invoiceLines';
import { orderLineNum } from '../input/orderLineNum';
import type { Documents } from '../input/readDocuments';
import { type CreditEvent, creditEvent } from './CreditEvent';

interface Part {
  readonly lineId: string;
  readonly lineIndex: number;
  readonly amount: Num;
  readonly quantity: Num | null;
  readonly cost: Num | null;
  readonly productId: string | null;
  readonly categoryId: string | null;
  readonly invoiceLineId: string | null;
  readonly orderLineId: string | null;
}

/**
 * Internal: the (negative) events of a credit note: one per line — its facts from the line, the
 * order line or the invoice line it points to — or, without lines, the amount spread over the
 * lines of the invoice (or order) it credits, or one event for the whole amount. Its `docDate`
 * (the FX date under `document-date` and, for reversals, `payment-date`) is the date of the
 * document it reverses when the input holds it: the invoice's issue date, else the order's date.
 */
export function creditNoteEvents(
  note: CreditNote,
  docIndex: number,
  docs: Documents,
  index: DocumentIndex,
  arithmetic: Arithmetic,
): CreditEvent[] {
  const invoice =
    note.invoiceId === undefined ? undefined : index.invoices.get(note.invoiceId)?.invoice;
  const orderId = note.orderId ?? invoice?.orderId ?? null;
  const order = orderId === null ? undefined : index.orders.get(orderId)?.order;
  const billed = invoice === undefined ? [] : invoiceLines(invoice, docs, index, arithmetic);
  const total = parseNum(note.amount, arithmetic);
  let parts: Part[];
  if (note.lines !== undefined) {
    const noted = { order, billed, docs, arithmetic };
    parts = note.lines.map((line, i) => notedPart(line, i, noted));
  } else if (billed.length > 0 && invoice !== undefined)
    parts = billedParts(total, note.currency, invoice, billed, arithmetic);
  else if (order !== undefined) parts = orderParts(total, note.currency, order, arithmetic);
  else parts = [wholePart(total)];
  const reversed = { note, docIndex, invoice, order, orderId };
  return parts.map((part) => noteEvent(part, reversed));
}

/** The part of a credit note line: its facts from the line, else the order or invoice line. */
function notedPart(
  line: CreditNoteLine,
  i: number,
  from: {
    readonly order: Order | undefined;
    readonly billed: readonly InvoiceLineFigures[];
    readonly docs: Documents;
    readonly arithmetic: Arithmetic;
  },
): Part {
  const { order, billed, docs, arithmetic } = from;
  const amount = parseNum(line.amount, arithmetic);
  const orderLine =
    line.orderLineId === undefined
      ? undefined
      : order?.lines.find((l) => l.lineId === line.orderLineId);
  const invoiceLine =
    line.orderLineId === undefined
      ? undefined
      : billed.find((l) => l.orderLineId === line.orderLineId);
  const figures = orderLine === undefined ? null : orderLineNum(orderLine, arithmetic);
  const quantity =
    line.quantity !== undefined
      ? parseNum(line.quantity, arithmetic)
      : scaleFigure(
          figures?.quantity ?? invoiceLine?.quantity ?? null,
          amount,
          figures?.amount ?? invoiceLine?.amount ?? null,
        );
  const cost =
    line.quantity !== undefined && orderLine?.unitCost !== undefined
      ? mul(parseNum(line.quantity, arithmetic), parseNum(orderLine.unitCost, arithmetic))
      : scaleFigure(
          figures?.cost ?? invoiceLine?.cost ?? null,
          amount,
          figures?.amount ?? invoiceLine?.amount ?? null,
        );
  const productId = line.productId ?? orderLine?.productId ?? invoiceLine?.productId ?? null;
  const category = productId === null ? null : (docs.products.get(productId)?.categoryId ?? null);
  return {
    lineId: line.lineId,
    lineIndex: i,
    amount,
    quantity,
    cost,
    productId,
    categoryId: line.categoryId ?? orderLine?.categoryId ?? invoiceLine?.categoryId ?? category,
    invoiceLineId: invoiceLine?.lineId ?? null,
    orderLineId: line.orderLineId ?? null,
  };
}

/** A credit note without lines spread over the invoice's lines (and its tax, which earns none). */
function billedParts(
  total: Num,
  currency: string,
  invoice: Invoice,
  billed: readonly InvoiceLineFigures[],
  arithmetic: Arithmetic,
): Part[] {
  const weights = billed.map((line) => line.amount);
  if (invoice.tax !== undefined) weights.push(parseNum(invoice.tax, arithmetic));
  const amounts = spread(total, currency, weights, arithmetic);
  return billed.map((line, k) => {
    const amount = amounts[k] as Num;
    return {
      lineId: line.lineId,
      lineIndex: -1,
      amount,
      quantity: scaleFigure(line.quantity, amount, line.amount),
      cost: scaleFigure(line.cost, amount, line.amount),
      productId: line.productId,
      categoryId: line.categoryId,
      invoiceLineId: line.lineId,
      orderLineId: line.orderLineId,
    };
  });
}

/** A credit note without lines or invoice lines spread over the order's lines. */
function orderParts(total: Num, currency: string, order: Order, arithmetic: Arithmetic): Part[] {
  const figures = order.lines.map((line) => orderLineNum(line, arithmetic));
  const amounts = spread(
    total,
    currency,
    figures.map((f) => f.amount),
    arithmetic,
  );
  return order.lines.map((line, k) => {
    const amount = amounts[k] as Num;
    const f = figures[k] as (typeof figures)[number];
    return {
      lineId: line.lineId,
      lineIndex: -1,
      amount,
      quantity: scaleFigure(f.quantity, amount, f.amount),
      cost: scaleFigure(f.cost, amount, f.amount),
      productId: line.productId,
      categoryId: line.categoryId,
      invoiceLineId: null,
      orderLineId: line.lineId,
    };
  });
}

/** A credit note with nothing to spread over: one part for the whole amount. */
function wholePart(total: Num): Part {
  return {
    lineId: 'total',
    lineIndex: -1,
    amount: total,
    quantity: null,
    cost: null,
    productId: null,
    categoryId: null,
    invoiceLineId: null,
    orderLineId: null,
  };
}

/** The negative event of one part of a credit note, pointing at what it reverses. */
function noteEvent(
  part: Part,
  reversed: {
    readonly note: CreditNote;
    readonly docIndex: number;
    readonly invoice: Invoice | undefined;
    readonly order: Order | undefined;
    readonly orderId: string | null;
  },
): CreditEvent {
  const { note, docIndex, invoice, order, orderId } = reversed;
  return creditEvent(
    {
      origin: 'credit-note',
      base: 'reversal',
      docId: note.id,
      date: note.date,
      // A credit note converts at the rate of the document it reverses (SAP copies the reference
      // invoice's rate to a credit memo): its commission then reverses the original's exactly.
      docDate: invoice?.issueDate ?? order?.orderDate ?? note.date,
      currency: note.currency,
      customerId: note.customerId,
      ownerId: note.ownerId,
      field: 'creditNotes',
      docIndex,
    },
    {
      lineId: part.lineId,
      amount: neg(part.amount),
      quantity: part.quantity === null ? null : neg(part.quantity),
      cost: part.cost === null ? null : neg(part.cost),
      productId: part.productId,
      categoryId: part.categoryId,
      lineField: part.lineIndex < 0 ? null : 'lines',
      lineIndex: part.lineIndex,
    },
    {
      orderId,
      orderLineId: part.orderLineId,
      invoiceId: note.invoiceId ?? null,
      invoiceLineId: part.invoiceLineId,
      reverses: {
        invoiceId: note.invoiceId ?? null,
        invoiceLineId: part.invoiceLineId,
        orderId,
        orderLineId: part.orderLineId,
        reason: note.reason,
        paidOn: null,
      },
    },
  );
}
