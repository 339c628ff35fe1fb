import { dayNumberOf } from '../../../_lib/civil';
import { CrmRulesError } from '../../../errors';
import { minorUnits } from '../../../money';
import { fastUnits, parseUnits, placesNeeded } from '../../../money/_lib/scaled/parseUnits';
import { scaleUnits, type Units } from '../../../money/_lib/scaled/units';
import type { PurchaseLedger } from '../../summary/PurchaseLedger';
import { readAmount } from '../exact/readAmount';
import { checkCurrency, checkCustomerId, numericCustomerId } from '../input/checkTransaction';
import { DATE_FORMAT_TEXT, type DateFormat, isoDateText } from '../input/readDate';
import { countingSort } from './countingSort';
import { SlotWriter } from './SlotWriter';
import { sortedOrder } from './sortedOrder';
import { type RowColumns, sumRowsExact, sumRowsFast } from './sumRows';

/**
 * Internal: reads transactions one at a time into a {@link PurchaseLedger}. The hot path
 * allocates nothing per row: the customer id is looked up in a map, the date in a cache of day
 * numbers, the amount parsed straight to integer units, and the row appended to typed-array
 * columns. `build` then sorts the rows by customer and day with two counting-sort passes (linear
 * time) and adds up the rows of each (customer, day): `sumRowsFast` while the sums are safe
 * integers, else the exact writer (bigints).
 */
/** How a ledger reads dates and ids (`LedgerOptions.dateFormat`, `numericIds`). */
export interface LedgerInput {
  readonly dateFormat: DateFormat;
  readonly numericIds: boolean;
}

const STRICT: LedgerInput = { dateFormat: 'iso-date', numericIds: false };

export class LedgerBuilder {
  readonly currency: string;
  private readonly input: LedgerInput;
  private readonly numberIndex = new Map<number, number>();
  private scale: number;
  private readonly ids: string[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly dayCache = new Map<string, number>();
  private customer: Int32Array;
  private day: Int32Array;
  private units: Float64Array;
  /** Rows whose units are not safe integers (stored as NaN in `units`). */
  private big: Map<number, bigint> | null = null;
  private rows = 0;

  /**
   * @param currency - the ledger's currency (already validated)
   * @param expectedRows - how many rows to make room for (an array's length), to avoid regrowing
   * @param input - the date format and id rule (strict by default)
   */
  constructor(currency: string, expectedRows = 0, input: LedgerInput = STRICT) {
    this.currency = currency;
    this.input = input;
    this.scale = minorUnits(currency, ['options', 'currency']);
    const size = Math.max(4096, expectedRows);
    this.customer = new Int32Array(size);
    this.day = new Int32Array(size);
    this.units = new Float64Array(size);
  }

  /** Reads one transaction (untrusted); its position in the input is its error path index. */
  add(raw: unknown): void {
    const row = this.rows;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw new CrmRulesError('INVALID_INPUT', 'expected a transaction object', {
        path: [row],
        value: raw,
      });
    const tx = raw as {
      customerId?: unknown;
      date?: unknown;
      amount?: unknown;
      currency?: unknown;
    };
    const id = tx.customerId;
    let customer = typeof id === 'string' ? this.indexOf.get(id) : undefined;
    if (customer === undefined) customer = this.newCustomer(id, row);
    const date = tx.date;
    let day = typeof date === 'string' ? this.dayCache.get(date) : undefined;
    if (day === undefined) day = this.newDay(date, row);
    const amount = tx.amount;
    const currency = tx.currency;
    let units: Units = typeof amount === 'string' ? fastUnits(amount, this.scale) : Number.NaN;
    if (Number.isNaN(units) || (currency !== undefined && currency !== this.currency))
      units = this.slowUnits(tx, row);
    if (row >= this.customer.length) this.grow();
    this.customer[row] = customer;
    this.day[row] = day;
    if (typeof units === 'number') this.units[row] = units;
    else {
      this.units[row] = Number.NaN;
      this.big ??= new Map();
      this.big.set(row, units);
    }
    this.rows = row + 1;
  }

  /** Sorts the rows by customer and day, adds up each (customer, day) and returns the ledger. */
  build(): PurchaseLedger {
    const n = this.rows;
    if (n === 0) return new SlotWriter().finish(this.currency, this.scale);
    const order = sortedOrder(this.ids);
    const sortedIds: string[] = new Array(order.length);
    const rank = new Int32Array(order.length);
    for (let position = 0; position < order.length; position += 1) {
      const index = order[position] as number;
      sortedIds[position] = this.ids[index] as string;
      rank[index] = position;
    }
    const rows = this.columns();
    const fast = this.big === null ? sumRowsFast(rows, rank, sortedIds) : null;
    if (fast !== null) return fast;
    let minDay = Number.POSITIVE_INFINITY;
    let maxDay = Number.NEGATIVE_INFINITY;
    for (let r = 0; r < n; r += 1) {
      const day = this.day[r] as number;
      if (day < minDay) minDay = day;
      if (day > maxDay) maxDay = day;
    }
    // Least-significant key first: by day, then (stably) by customer rank.
    const byDay = countingSort(n, maxDay - minDay + 1, this.day, minDay);
    const customerRank = new Int32Array(n);
    for (let r = 0; r < n; r += 1) customerRank[r] = rank[this.customer[r] as number] as number;
    const sorted = countingSort(n, this.ids.length, customerRank, 0, byDay);
    return sumRowsExact(rows, sorted);
  }

  private columns(): RowColumns {
    return {
      currency: this.currency,
      scale: this.scale,
      ids: this.ids,
      rows: this.rows,
      customer: this.customer,
      day: this.day,
      units: this.units,
      big: this.big,
    };
  }

  private newCustomer(id: unknown, row: number): number {
    if (typeof id === 'number' && this.input.numericIds) return this.numericCustomer(id, row);
    checkCustomerId(id, [row, 'customerId']);
    const index = this.ids.length;
    this.ids.push(id as string);
    this.indexOf.set(id as string, index);
    return index;
  }

  /** A numeric id: the customer of its decimal text (one lookup by number after the first). */
  private numericCustomer(id: number, row: number): number {
    const known = this.numberIndex.get(id);
    if (known !== undefined) return known;
    const text = numericCustomerId(id, [row, 'customerId']);
    const index = this.indexOf.get(text) ?? this.newCustomer(text, row);
    this.numberIndex.set(id, index);
    return index;
  }

  private newDay(date: unknown, row: number): number {
    const format = this.input.dateFormat;
    if (typeof date !== 'string')
      throw new CrmRulesError(
        'INVALID_INPUT',
        `expected the date as a ${DATE_FORMAT_TEXT[format]} string`,
        { path: [row, 'date'], value: date },
      );
    const text = isoDateText(date, format);
    const day = text === undefined ? undefined : dayNumberOf(text);
    if (day === undefined)
      throw new CrmRulesError(
        'INVALID_DATE',
        `expected a calendar date as ${DATE_FORMAT_TEXT[format]}`,
        { path: [row, 'date'], value: date },
      );
    this.dayCache.set(date, day);
    return day;
  }

  /** Every amount the fast path declines: validation, money, currencies, rescaling, bigints. */
  private slowUnits(tx: { amount?: unknown; currency?: unknown }, row: number): Units {
    const amount = readAmount(tx.amount, [row, 'amount']);
    checkCurrency(this.currency, tx.currency, amount.currency, row);
    let units = parseUnits(amount.text, this.scale);
    if (units === null) {
      this.rescale(placesNeeded(amount.text));
      units = parseUnits(amount.text, this.scale) as Units;
    }
    return units;
  }

  private rescale(places: number): void {
    const by = places - this.scale;
    for (let r = 0; r < this.rows; r += 1) {
      const raw = this.units[r] as number;
      const scaled = scaleUnits(Number.isNaN(raw) ? (this.big?.get(r) as bigint) : raw, by);
      if (typeof scaled === 'number') this.units[r] = scaled;
      else {
        this.units[r] = Number.NaN;
        this.big ??= new Map();
        this.big.set(r, scaled);
      }
    }
    this.scale = places;
  }

  private grow(): void {
    const size = this.customer.length * 2;
    const customer = new Int32Array(size);
    customer.set(this.customer);
    this.customer = customer;
    const day = new Int32Array(size);
    day.set(this.day);
    this.day = day;
    const units = new Float64Array(size);
    units.set(this.units);
    this.units = units;
  }
}
