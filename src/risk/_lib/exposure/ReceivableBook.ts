import { daysFromCivil } from '../../../_lib/civil';
import type { ErrorPath } from '../../../errors';
import type { Invoice } from '../../../model';
import { Decimal, minorUnits } from '../../../money';
import { fastUnits } from '../../../money/_lib/scaled/parseUnits';
import { UnitSums } from '../../../money/_lib/scaled/UnitSums';
import { safeUnitsOf } from '../../../money/_lib/scaled/unitsToDecimal';
import { decimalOfUnits } from '../../../money/decimalWords';
import { IdSlots } from '../aging/IdSlots';
import { KeyedSlots } from '../aging/KeyedSlots';
import type { BaseRates } from './baseRates';
import { InvoiceColumns } from './InvoiceColumns';

/** The path of a document's (`index`) amount currency, its `part`-th allocation where it has some. */
export type PathAt = (index: number, part: number) => ErrorPath;

/**
 * The receivables side of an exposure index, in the base currency: per customer the running
 * sum of invoices less settlements, per invoice (a row) its amount, its customer's and its
 * owner's cells, its issue and due day numbers, and what was settled of it. Amounts in the base
 * currency that are whole minor units (at most 15 digits) are kept and summed as integers
 * ({@link UnitSums}); anything else — a foreign amount valued at its rate, finer places — as a
 * decimal beside them. No object is made per invoice: the index's open items and credit sales
 * are read from these columns.
 */
export class ReceivableBook {
  /** The base currency's minor-unit places: sums are kept in whole units of 10^−places. */
  readonly places: number;
  /** Each customer's cell (slot) in `receivables`, in first-seen order. */
  readonly customerCells = new IdSlots();
  /** Each invoice owner's (account manager's) slot, in first-seen order. */
  readonly managerCells = new IdSlots();
  readonly receivables = new UnitSums();
  /**
   * The invoices by row: an array of the reserved length with its first `columns.rows` places
   * filled (written by index, not pushed: no growing copies); {@link invoiceList} gives the filled
   * part.
   */
  private invoices: Invoice[] = [];
  /** Each invoice's row in the invoice columns (and its cell in `settled`); `invoices` keeps the ids. */
  readonly invoiceRows = new KeyedSlots((row) => (this.invoices[row] as Invoice).id);
  /** Per invoice row: its total in whole minor units (or `NaN`), customer, owner, days. */
  readonly columns = new InvoiceColumns();
  /** The totals in the base currency of the rows whose units are `NaN`. */
  readonly amountDecimals = new Map<number, Decimal>();
  /** Per invoice row: what payments and credit notes settled of it. */
  readonly settled = new UnitSums();

  constructor(readonly rates: BaseRates) {
    this.places = minorUnits(rates.base);
  }

  /** Makes room for `count` invoice rows in all (ids and columns); nothing else changes. */
  reserve(count: number): void {
    this.invoiceRows.reserve(count);
    this.columns.reserve(count);
    if (count > this.invoices.length) {
      const invoices = new Array<Invoice>(count);
      for (let row = 0; row < this.columns.rows; row += 1)
        invoices[row] = this.invoices[row] as Invoice;
      this.invoices = invoices;
    }
  }

  /** The invoices by row (the array is cut to the filled rows: call it once reading is done). */
  invoiceList(): Invoice[] {
    this.invoices.length = this.columns.rows;
    return this.invoices;
  }

  /**
   * Adds an invoice under a new row; `false` (and nothing added) when its id has one. `at(index,
   * 0)` is the path of its currency, made only for an error (no closure per invoice).
   */
  addInvoice(invoice: Invoice, at: PathAt, index: number): boolean {
    // A known id keeps its row: the next row number is not given.
    const row = this.invoiceRows.size;
    if (this.invoiceRows.slotOf(invoice.id) !== row) return false;
    let units = this.unitsOf(invoice.total, invoice.currency);
    if (units === null) {
      const amount = this.rates.toBase(new Decimal(invoice.total), invoice.currency, at(index, 0));
      units = safeUnitsOf(amount, this.places);
      if (units === null) this.amountDecimals.set(row, amount);
    }
    this.invoices[row] = invoice;
    this.columns.push(
      units ?? Number.NaN,
      this.owe(invoice.customerId, units, row),
      this.managerCells.slotOf(invoice.ownerId),
      dayOfIso(invoice.issueDate),
      dayOfIso(invoice.dueDate),
    );
    return true;
  }

  /** Row `row`'s total in the base currency. */
  amountOf(row: number): Decimal {
    const units = this.columns.units[row] as number;
    return Number.isNaN(units)
      ? (this.amountDecimals.get(row) as Decimal)
      : decimalOfUnits(units, this.places);
  }

  /**
   * A payment allocation or a credit note of `text` in `currency`: lowers the customer's
   * receivables and what is open of the invoice (when it is in the book). `at(index, part)` is
   * the path of its currency, made only for an error. Whole units are added as they are: the
   * decimal is made only when they are not whole or would not stay safe.
   */
  settle(
    customerId: string,
    invoiceId: string | undefined,
    text: string,
    currency: string,
    at: PathAt,
    index: number,
    part: number,
  ): void {
    const units = this.unitsOf(text, currency);
    let amount: Decimal | undefined;
    let whole = units;
    if (units === null) {
      amount = this.rates.toBase(new Decimal(text), currency, at(index, part));
      whole = safeUnitsOf(amount, this.places);
    }
    const cell = this.customerCells.slotOf(customerId);
    if (whole === null || !this.receivables.addUnits(cell, -whole)) {
      amount ??= decimalOfUnits(whole as number, this.places);
      this.receivables.add(cell, null, amount.negated());
    }
    const row = invoiceId === undefined ? -1 : this.invoiceRows.find(invoiceId);
    if (row < 0) return;
    // Every row may be settled: room for all of them at once, not by doubling.
    this.settled.reserve(this.invoiceRows.size);
    if (whole === null || !this.settled.addUnits(row, whole))
      this.settled.add(row, null, amount ?? decimalOfUnits(whole as number, this.places));
  }

  /** A customer's receivables (0 when no document names it). */
  receivablesOf(customerId: string): Decimal {
    const cell = this.customerCells.find(customerId);
    return cell < 0 ? ZERO : this.receivables.value(cell, this.places);
  }

  /** Adds row `row`'s total (`units`, or its decimal) to its customer's receivables; the cell. */
  private owe(customerId: string, units: number | null, row: number): number {
    const cell = this.customerCells.slotOf(customerId);
    if (units === null) this.receivables.add(cell, null, this.amountDecimals.get(row) as Decimal);
    else if (!this.receivables.addUnits(cell, units))
      this.receivables.add(cell, null, decimalOfUnits(units, this.places));
    return cell;
  }

  /**
   * `text` in whole minor units of the base currency when it is in the base currency, has at
   * most 15 digits and no finer places, and no sign (a `-0` stays a decimal); else `null`.
   */
  private unitsOf(text: string, currency: string): number | null {
    if (currency !== this.rates.base || text.charCodeAt(0) === 45) return null;
    const units = fastUnits(text, this.places);
    return Number.isNaN(units) ? null : units;
  }
}

/** The day number of a valid `YYYY-MM-DD` date (checked before), read from its digits. */
function dayOfIso(date: string): number {
  const digit = (i: number) => date.charCodeAt(i) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  return daysFromCivil(year, digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
}

const ZERO = new Decimal(0);
