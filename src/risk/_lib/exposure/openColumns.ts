import type { Decimal } from '../../../money';
import { safeUnitsOf } from '../../../money/_lib/scaled/unitsToDecimal';
import { decimalOfUnits } from '../../../money/decimalWords';
import type { CreditSale, OpenItem } from '../../ExposureIndex';
import type { AgingSource } from '../aging/AgingSource';
import type { ReceivableBook } from './ReceivableBook';

/** The open items and credit sales of a book as columns, and as the index's arrays on demand. */
export interface OpenColumns extends AgingSource {
  openItems(): OpenItem[];
  creditSales(): CreditSale[];
}

/**
 * The invoices with an amount still open (total − settlements > 0), in book order, as columns:
 * whole minor units on both sides give the open amount in units, a decimal only when needed.
 * Every invoice in the book is a credit sale.
 */
export function openColumns(book: ReceivableBook, customerOrder: Int32Array): OpenColumns {
  const { places, settled } = book;
  const amountUnits = book.columns.units;
  const count = book.columns.rows;
  const rows = new Int32Array(count);
  const units = new Float64Array(count);
  let n = 0;
  const decimals = new Map<number, Decimal>();
  for (let row = 0; row < count; row += 1) {
    const amount = amountUnits[row] as number;
    const paid = settled.whole(row);
    if (!Number.isNaN(amount) && paid !== undefined && !Object.is(amount, -0)) {
      const open = amount - paid;
      if (open > 0 && Number.isSafeInteger(open)) {
        rows[n] = row;
        units[n++] = open;
        continue;
      }
      if (open <= 0) continue;
    }
    const open = book.amountOf(row).minus(settled.value(row, places));
    if (!open.gt(0)) continue;
    const whole = safeUnitsOf(open, places);
    if (whole === null) decimals.set(n, open);
    rows[n] = row;
    units[n++] = whole ?? Number.NaN;
  }
  // Views of the filled part, not copies: no second pair of large buffers.
  return columnsOf(book, customerOrder, rows.subarray(0, n), units.subarray(0, n), decimals);
}

function columnsOf(
  book: ReceivableBook,
  customerOrder: Int32Array,
  rows: Int32Array,
  itemUnits: Float64Array,
  decimals: ReadonlyMap<number, Decimal>,
): OpenColumns {
  const { columns, places } = book;
  const invoices = book.invoiceList();
  const size = columns.rows;
  const pick = (column: Int32Array) => {
    const out = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i += 1) out[i] = column[rows[i] as number] as number;
    return out;
  };
  const itemOpen = (item: number) => {
    const units = itemUnits[item] as number;
    return Number.isNaN(units) ? (decimals.get(item) as Decimal) : decimalOfUnits(units, places);
  };
  const saleUnits = columns.units.subarray(0, size);
  return {
    customerIds: book.customerCells.ids,
    managerIds: book.managerCells.ids,
    customerOrder,
    itemCustomer: pick(columns.customer),
    itemManager: pick(columns.manager),
    itemDueDay: pick(columns.dueDay),
    itemUnits,
    itemOpen,
    invoiceId: (item) => (invoices[rows[item] as number] as { id: string }).id,
    dueDate: (item) => (invoices[rows[item] as number] as { dueDate: string }).dueDate,
    saleCustomer: columns.customer.subarray(0, size),
    saleManager: columns.manager.subarray(0, size),
    saleDay: columns.issueDay.subarray(0, size),
    saleUnits,
    saleAmount: (sale) => book.amountOf(sale),
    openItems: () =>
      Array.from(rows, (row, item): OpenItem => {
        const invoice = invoices[row] as (typeof invoices)[number];
        const units = itemUnits[item] as number;
        return {
          invoiceId: invoice.id,
          customerId: invoice.customerId,
          managerId: invoice.ownerId,
          issueDate: invoice.issueDate,
          dueDate: invoice.dueDate,
          open: itemOpen(item),
          openUnits: Number.isNaN(units) ? null : units,
        };
      }),
    creditSales: () =>
      invoices.map((invoice, row): CreditSale => {
        const units = saleUnits[row] as number;
        return {
          customerId: invoice.customerId,
          managerId: invoice.ownerId,
          date: invoice.issueDate,
          amount: book.amountOf(row),
          amountUnits: Number.isNaN(units) ? null : units,
        };
      }),
  };
}
