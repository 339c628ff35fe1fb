import type { ErrorPath } from '../../../errors';
import type { Invoice } from '../../../model';
import { Decimal, minorUnits } from '../../../money';
import { decimalOfUnits, fastUnits } from '../../../money/decimalWords';
import { minorUnitsOf } from '../aging/ExactSum';
import type { BaseRates } from './baseRates';
import { ExactBlocks } from './ExactBlocks';

/**
 * The receivables side of an exposure index, in the base currency: per customer the running
 * sum of invoices less settlements, per invoice its amount and what was settled of it. Amounts
 * in the base currency that are whole minor units (at most 15 digits) are summed as integers
 * ({@link ExactBlocks}); anything else — a foreign amount valued at its rate, finer places — as a
 * decimal beside them.
 */
export class ReceivableBook {
  /** The base currency's minor-unit places: sums are kept in whole units of 10^−places. */
  readonly places: number;
  /** Each customer's cell in `receivables`, in first-seen order. */
  readonly customerCells = new Map<string, number>();
  readonly receivables = new ExactBlocks();
  /** Each invoice's row in the invoice columns (and its cell in `settled`). */
  readonly invoiceRows = new Map<string, number>();
  readonly invoices: Invoice[] = [];
  /** Per invoice row: its total in the base currency, and in whole minor units (or `null`). */
  readonly invoiceAmounts: Decimal[] = [];
  readonly invoiceUnits: (number | null)[] = [];
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
    const units = this.unitsOf(invoice.total, invoice.currency);
    const amount = this.valued(invoice.total, invoice.currency, units, at);
    const whole = units ?? minorUnitsOf(amount, this.places);
    this.invoices.push(invoice);
    this.invoiceAmounts.push(amount);
    this.invoiceUnits.push(whole);
    this.owe(invoice.customerId, whole, amount);
    return true;
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
    const amount = this.valued(text, currency, units, at);
    const whole = units ?? minorUnitsOf(amount, this.places);
    this.owe(customerId, whole === null ? null : -whole, amount.negated());
    const row = invoiceId === undefined ? undefined : this.invoiceRows.get(invoiceId);
    if (row !== undefined) this.settled.add(row, whole, amount);
  }

  /** A customer's receivables (0 when no document names it). */
  receivablesOf(customerId: string): Decimal {
    const cell = this.customerCells.get(customerId);
    return cell === undefined ? ZERO : this.receivables.value(cell, this.places);
  }

  private owe(customerId: string, units: number | null, amount: Decimal): void {
    let cell = this.customerCells.get(customerId);
    if (cell === undefined) {
      cell = this.customerCells.size;
      this.customerCells.set(customerId, cell);
    }
    this.receivables.add(cell, units, amount);
  }

  /** `text` in the base currency: from its `units` when whole, else valued at the rate. */
  private valued(
    text: string,
    currency: string,
    units: number | null,
    at: () => ErrorPath,
  ): Decimal {
    if (units !== null) return decimalOfUnits(units, this.places);
    return this.rates.toBase(new Decimal(text), currency, at());
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

const ZERO = new Decimal(0);
