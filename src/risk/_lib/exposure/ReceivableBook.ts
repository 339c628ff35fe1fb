import { daysFromCivil } from '../../../_lib/civil';
import type { ErrorPath } from '../../../errors';
import type { Invoice } from '../../../model';
import { Decimal, minorUnits } from '../../../money';
import { decimalOfUnits, fastUnits } from '../../../money/decimalWords';
import { minorUnitsOf } from '../aging/ExactSum';
import type { BaseRates } from './baseRates';
import { ExactBlocks } from './ExactBlocks';

/**
 * The receivables side of an exposure index, in the base currency: per customer the running
 * sum of invoices less settlements, per invoice (a row) its amount, its customer's and its
 * owner's cells, its issue and due day numbers, and what was settled of it. Amounts in the base
 * currency that are whole minor units (at most 15 digits) are kept and summed as integers
 * ({@link ExactBlocks}); anything else — a foreign amount valued at its rate, finer places — as a
 * decimal beside them. No object is made per invoice: the index's open items and credit sales
 * are read from these columns.
 */
export class ReceivableBook {
  /** The base currency's minor-unit places: sums are kept in whole units of 10^−places. */
  readonly places: number;
  /** Each customer's cell in `receivables`, in first-seen order. */
  readonly customerCells = new Map<string, number>();
  /** Each invoice owner's (account manager's) cell, in first-seen order. */
  readonly managerCells = new Map<string, number>();
  readonly receivables = new ExactBlocks();
  /** Each invoice's row in the invoice columns (and its cell in `settled`). */
  readonly invoiceRows = new Map<string, number>();
  readonly invoices: Invoice[] = [];
  /** Per invoice row: its total in whole minor units of the base currency, or `NaN`. */
  readonly amountUnits: number[] = [];
  /** The totals in the base currency of the rows whose `amountUnits` is `NaN`. */
  readonly amountDecimals = new Map<number, Decimal>();
  /** Per invoice row: its customer's and its owner's cells, its issue and due day numbers. */
  readonly rowCustomer: number[] = [];
  readonly rowManager: number[] = [];
  readonly issueDays: number[] = [];
  readonly dueDays: number[] = [];
  /** Per invoice row: what payments and credit notes settled of it. */
  readonly settled = new ExactBlocks();

  constructor(readonly rates: BaseRates) {
    this.places = minorUnits(rates.base);
  }

  /** Adds an invoice under a new row; `false` (and nothing added) when its id has one. */
  addInvoice(invoice: Invoice, at: () => ErrorPath): boolean {
    // One lookup: a known id leaves the size as it was.
    const row = this.invoiceRows.size;
    this.invoiceRows.set(invoice.id, row);
    if (this.invoiceRows.size === row) return false;
    let units = this.unitsOf(invoice.total, invoice.currency);
    if (units === null) {
      const amount = this.rates.toBase(new Decimal(invoice.total), invoice.currency, at());
      units = minorUnitsOf(amount, this.places);
      if (units === null) this.amountDecimals.set(row, amount);
    }
    this.invoices.push(invoice);
    this.amountUnits.push(units ?? Number.NaN);
    this.rowCustomer.push(this.owe(invoice.customerId, units, row));
    this.rowManager.push(cellOf(this.managerCells, invoice.ownerId));
    this.issueDays.push(dayOfIso(invoice.issueDate));
    this.dueDays.push(dayOfIso(invoice.dueDate));
    return true;
  }

  /** Row `row`'s total in the base currency. */
  amountOf(row: number): Decimal {
    const units = this.amountUnits[row] as number;
    return Number.isNaN(units)
      ? (this.amountDecimals.get(row) as Decimal)
      : decimalOfUnits(units, this.places);
  }

  /**
   * A payment allocation or a credit note of `text` in `currency`: lowers the customer's
   * receivables and what is open of the invoice (when it is in the book).
   */
  settle(
    customerId: string,
    invoiceId: string | undefined,
    text: string,
    currency: string,
    at: () => ErrorPath,
  ): void {
    const units = this.unitsOf(text, currency);
    const amount =
      units !== null
        ? decimalOfUnits(units, this.places)
        : this.rates.toBase(new Decimal(text), currency, at());
    const whole = units ?? minorUnitsOf(amount, this.places);
    const cell = cellOf(this.customerCells, customerId);
    this.receivables.add(cell, whole === null ? null : -whole, amount.negated());
    const row = invoiceId === undefined ? undefined : this.invoiceRows.get(invoiceId);
    if (row !== undefined) this.settled.add(row, whole, amount);
  }

  /** A customer's receivables (0 when no document names it). */
  receivablesOf(customerId: string): Decimal {
    const cell = this.customerCells.get(customerId);
    return cell === undefined ? ZERO : this.receivables.value(cell, this.places);
  }

  /** Adds row `row`'s total (`units`, or its decimal) to its customer's receivables; the cell. */
  private owe(customerId: string, units: number | null, row: number): number {
    const cell = cellOf(this.customerCells, customerId);
    if (units === null || !this.receivables.addUnits(cell, units))
      this.receivables.add(cell, null, this.amountOf(row));
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

/** The cell of `id` in `cells`, a new one (the next number) when it has none. */
function cellOf(cells: Map<string, number>, id: string): number {
  let cell = cells.get(id);
  if (cell === undefined) {
    cell = cells.size;
    cells.set(id, cell);
  }
  return cell;
}

/** The day number of a valid `YYYY-MM-DD` date (checked before), read from its digits. */
function dayOfIso(date: string): number {
  const digit = (i: number) => date.charCodeAt(i) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  return daysFromCivil(year, digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
}

const ZERO = new Decimal(0);
