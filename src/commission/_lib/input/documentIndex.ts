import type { Invoice, Order } from '../../../model';
import type { Num } from '../exact/num';
import type { Documents } from './readDocuments';

/** Internal: documents by id, for links between them. */
export interface DocumentIndex {
  readonly orders: ReadonlyMap<string, { readonly order: Order; readonly index: number }>;
  readonly invoices: ReadonlyMap<string, { readonly invoice: Invoice; readonly index: number }>;
  /** Invoice lines with their figures, computed once per run (see `invoiceLines`). */
  readonly invoiceLines: Map<string, InvoiceLineFigures[]>;
}

/** Internal: indexes orders and invoices by id. */
export function indexDocuments(docs: Documents): DocumentIndex {
  return {
    orders: new Map(docs.orders.map((order, index) => [order.id, { order, index }])),
    invoices: new Map(docs.invoices.map((invoice, index) => [invoice.id, { invoice, index }])),
    invoiceLines: new Map(),
  };
}

/** Internal: an invoice line with what the engine knows about it, from the line or its order line. */
export interface InvoiceLineFigures {
  readonly lineId: string;
  /** Its index in `lines`, −1 for an invoice without lines (the total less tax). */
  readonly index: number;
  readonly amount: Num;
  readonly quantity: Num | null;
  readonly cost: Num | null;
  readonly productId: string | null;
  readonly categoryId: string | null;
  readonly orderLineId: string | null;
}
