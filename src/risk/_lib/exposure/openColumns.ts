import type { Decimal } from '../../../money';
import { decimalOfUnits } from '../../../money/decimalWords';
import type { CreditSale, OpenItem } from '../../ExposureIndex';
import type { AgingSource } from '../aging/AgingSource';
import { minorUnitsOf } from '../aging/ExactSum';
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
  const { places, settled, amountUnits } = book;
  const rows: number[] = [];
  const units: number[] = [];
  const decimals = new Map<number, Decimal>();
  for (let row = 0; row < amountUnits.length; row += 1) {
    const amount = amountUnits[row] as number;
    const paid = settled.whole(row);
    if (!Number.isNaN(amount) && paid !== undefined && !Object.is(amount, -0)) {
      const open = amount - paid;
      if (open > 0 && Number.isSafeInteger(open)) {
        rows.push(row);
        units.push(open);
        continue;
      }
      if (open <= 0) continue;
    }
    const open = book.amountOf(row).minus(settled.value(row, places));
    if (!open.gt(0)) continue;
    const whole = minorUnitsOf(open, places);
    if (whole === null) decimals.set(rows.length, open);
    rows.push(row);
    units.push(whole ?? Number.NaN);
  }
  return columnsOf(book, customerOrder, Int32Array.from(rows), Float64Array.from(units), decimals);
}

function columnsOf(
  book: ReceivableBook,
  customerOrder: Int32Array,
  rows: Int32Array,
  itemUnits: Float64Array,
  decimals: ReadonlyMap<number, Decimal>,
): OpenColumns {
  const { invoices, places } = book;
  const pick = (column: readonly number[]) => rows.map((row) => column[row] as number);
  const itemOpen = (item: number) => {
    const units = itemUnits[item] as number;
    return Number.isNaN(units) ? (decimals.get(item) as Decimal) : decimalOfUnits(units, places);
  };
  const saleUnits = Float64Array.from(book.amountUnits);
  return {
    customerIds: Array.from(book.customerCells.keys()),
    managerIds: Array.from(book.managerCells.keys()),
    customerOrder,
    itemCustomer: pick(book.rowCustomer),
    itemManager: pick(book.rowManager),
    itemDueDay: pick(book.dueDays),
    itemUnits,
    itemOpen,
    invoiceId: (item) => (invoices[rows[item] as number] as { id: string }).id,
    dueDate: (item) => (invoices[rows[item] as number] as { dueDate: string }).dueDate,
    saleCustomer: Int32Array.from(book.rowCustomer),
    saleManager: Int32Array.from(book.rowManager),
    saleDay: Int32Array.from(book.issueDays),
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
