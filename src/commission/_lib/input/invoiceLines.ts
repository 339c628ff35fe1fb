import type { Invoice } from '../../../model';
import { sub } from '../../../money/_lib/scaled/Fixed';
import { type Arithmetic, parseNum } from '../exact/num';
import { scaleFigure } from '../exact/scaleFigure';
import type { DocumentIndex, InvoiceLineFigures } from './documentIndex';
import { orderLineNum } from './orderLineNum';
import type { Documents } from './readDocuments';

/**
 * Internal: the lines of an invoice with quantities and costs taken from the order lines they bill
 * (in proportion to the amount billed), products and categories from the line, its order line or
 * the product record. An invoice without lines is one line `total` worth the total less tax.
 */
export function invoiceLines(
  invoice: Invoice,
  docs: Documents,
  index: DocumentIndex,
  arithmetic: Arithmetic,
): InvoiceLineFigures[] {
  const cached = index.invoiceLines.get(invoice.id);
  if (cached !== undefined) return cached;
  const order =
    invoice.orderId === undefined ? undefined : index.orders.get(invoice.orderId)?.order;
  const lines: InvoiceLineFigures[] =
    invoice.lines === undefined
      ? [
          {
            lineId: 'total',
            index: -1,
            amount: sub(
              parseNum(invoice.total, arithmetic),
              parseNum(invoice.tax ?? '0', arithmetic),
            ),
            quantity: null,
            cost: null,
            productId: null,
            categoryId: null,
            orderLineId: null,
          },
        ]
      : invoice.lines.map((line, i) => {
          const amount = parseNum(line.amount, arithmetic);
          const orderLine =
            line.orderLineId === undefined
              ? undefined
              : order?.lines.find((l) => l.lineId === line.orderLineId);
          const figures = orderLine === undefined ? null : orderLineNum(orderLine, arithmetic);
          const productId = line.productId ?? orderLine?.productId ?? null;
          return {
            lineId: line.lineId,
            index: i,
            amount,
            quantity: scaleFigure(figures?.quantity ?? null, amount, figures?.amount ?? null),
            cost: scaleFigure(figures?.cost ?? null, amount, figures?.amount ?? null),
            productId,
            categoryId:
              line.categoryId ??
              orderLine?.categoryId ??
              (productId === null ? undefined : docs.products.get(productId)?.categoryId) ??
              null,
            orderLineId: line.orderLineId ?? null,
          };
        });
  index.invoiceLines.set(invoice.id, lines);
  return lines;
}
