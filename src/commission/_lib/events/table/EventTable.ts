import type { Register } from '../../../../money/_lib/scaled/Register';
import { addDays, dayNumber } from '../../../../period';
import { Interner } from '../../exact/Column';
import type { Num } from '../../exact/num';
import { ColumnBuffer, capacity } from './ColumnBuffer';
import { DayLayout } from './DayLayout';

/** Internal: what a non-order row links to (order rows link to themselves). */
export interface RowLinks {
  readonly orderId: string | null;
  readonly invoiceId: string | null;
  /** The credit note's reason (reversals only). */
  readonly reason: string | null;
  /** The date of the payment a refund takes back (see `Reversal.paidOn`), else `null`. */
  readonly paidOn: string | null;
}

/** Internal: a scale code for a value kept in `wide` (too wide for a safe integer, or decimal.js). */
export const WIDE = -128;
/** Internal: a scale code for a missing value (`null`). */
export const NONE = -127;

/** Internal: which optional columns the run's plans read. */
export interface Keep {
  readonly product: boolean;
  readonly category: boolean;
  readonly quantity: boolean;
  readonly cost: boolean;
}

/**
 * Internal: the creditable events of a run as columns — one *row* per document (per allocation for
 * payments: what the events of one document share) and one *event* per document line. Ids are
 * interned (numbered), dates of the period are day indexes, amounts are scaled integers `u × 10^-s`
 * with decimal.js values (or wider ones) kept aside in `wide`. No object per event.
 */
export class EventTable {
  /** The period's days (`days[i]` is the i-th day) and their indexes. */
  readonly days: string[];
  readonly #dayOf = new Map<string, number>();
  readonly #lineAt: string[] = [];
  readonly #lineCode = new Int32Array(64);
  readonly lineIds = new Interner();
  readonly products = new Interner();
  readonly categories = new Interner();
  readonly customers = new Interner();
  readonly currencies = new Interner();
  readonly docDates = new Interner();
  readonly keep: Keep;
  /** Payee ids (shared with crediting: the run's payees first, sorted). */
  readonly payees: Interner;

  rows = 0;
  rowDoc: string[] = [];
  /** The links of non-order rows (by `rowLink`, −1 for an order row). */
  readonly links: RowLinks[] = [];
  rowLink = new Int32Array(0);
  rowOrigin = new Uint8Array(0);
  rowDocIndex = new Int32Array(0);
  rowDay = new Int32Array(0);
  rowDocDate = new Int32Array(0);
  rowCurrency = new Int32Array(0);
  rowCustomer = new Int32Array(0);
  rowOwner = new Int32Array(0);
  /** A row's events are `rowFirst[r]` up to `rowFirst[r + 1]` (the last row's, up to `n`). */
  rowFirst = new Int32Array(0);
  /** The row's split (see `SplitShares.forOrder`). */
  rowSplit = new Int32Array(0);

  n = 0;
  row = new Int32Array(0);
  line = new Int32Array(0);
  lineIndex = new Int32Array(0);
  amtU = new Float64Array(0);
  amtS = new Int8Array(0);
  qtyU = new Float64Array(0);
  qtyS = new Int8Array(0);
  costU = new Float64Array(0);
  costS = new Int8Array(0);
  product = new Int32Array(0);
  category = new Int32Array(0);
  /** Order and invoice line ids of non-order events (interned in `lineIds`, −1 for none). */
  orderLine = new Int32Array(0);
  invoiceLine = new Int32Array(0);
  /**
   * While orders are laid out by day (see `layDays`): their slots by day; `null` once `closeDays`
   * has checked every slot was filled.
   */
  #layout: DayLayout | null = null;
  /** The rows and events laid out by day (the first ones of the table). */
  #laidRows = 0;
  #laidEvents = 0;
  /** The row being filled, and the slot of its next event. */
  #current = -1;
  #next = 0;
  #day = -1;
  /** Values that are not safe scaled integers, by `event × 4 + column` (0 amount, 1 quantity, 2 cost). */
  wide = new Map<number, Num>();

  constructor(start: string, end: string, payees: Interner, keep: Keep) {
    const count = dayNumber(end) - dayNumber(start);
    this.days = Array.from({ length: count }, (_, i) => addDays(start, i));
    this.days.forEach((day, i) => {
      this.#dayOf.set(day, i);
      this.docDates.id(day);
    });
    this.payees = payees;
    this.keep = keep;
  }

  /** The index of a day of the period. */
  dayIndex(date: string): number {
    return this.#dayOf.get(date) as number;
  }

  /** Starts a row; its events follow with {@link pushLine}. */
  beginRow(
    origin: number,
    docId: string,
    docIndex: number,
    date: string,
    docDate: string,
    currency: string,
    customerId: string,
    ownerId: string,
    links: RowLinks | null,
    split: number,
  ): number {
    const day = this.dayIndex(date);
    const layout = this.#layout;
    let r = this.rows;
    if (layout !== null && origin === 0) {
      r = layout.takeRow(day, date);
      this.#next = layout.nextEvent(day);
      this.#day = day;
    } else {
      if (r >= this.rowOrigin.length) this.#growRows(r + 1);
      this.rows = r + 1;
      this.#next = this.n;
      this.#day = -1;
    }
    this.#current = r;
    this.rowDoc[r] = docId;
    if (links === null) this.rowLink[r] = -1;
    else {
      this.rowLink[r] = this.links.length;
      this.links.push(links);
    }
    this.rowOrigin[r] = origin;
    this.rowDocIndex[r] = docIndex;
    this.rowDay[r] = day;
    // The period's days are the first document dates, in order.
    this.rowDocDate[r] = docDate === date ? day : this.docDates.id(docDate);
    this.rowCurrency[r] = this.currencies.id(currency);
    this.rowCustomer[r] = this.customers.id(customerId);
    this.rowOwner[r] = this.payees.id(ownerId);
    this.rowFirst[r] = this.#next;
    this.rowSplit[r] = split;
    return r;
  }

  #growRows(size: number): void {
    const grow = new ColumnBuffer(capacity(this.rowOrigin.length, size), 9 * 4 + 1);
    this.rowDocIndex = grow.int32(this.rowDocIndex);
    this.rowDay = grow.int32(this.rowDay);
    this.rowDocDate = grow.int32(this.rowDocDate);
    this.rowCurrency = grow.int32(this.rowCurrency);
    this.rowCustomer = grow.int32(this.rowCustomer);
    this.rowOwner = grow.int32(this.rowOwner);
    this.rowFirst = grow.int32(this.rowFirst);
    this.rowSplit = grow.int32(this.rowSplit);
    this.rowLink = grow.int32(this.rowLink);
    this.rowOrigin = grow.uint8(this.rowOrigin);
  }

  /** What row `r` links to (`null`: an order row, its own order). */
  linksOf(r: number): RowLinks | null {
    const at = this.rowLink[r] as number;
    return at < 0 ? null : (this.links[at] as RowLinks);
  }

  /**
   * Lays the orders out by day before they are read (see {@link DayLayout}): `rows[d]` orders with
   * `events[d]` lines in all will come on day `d`, so a sweep in crediting order reads the columns
   * front to back. Rows and events of other kinds follow them. {@link closeDays} checks that
   * exactly those came.
   */
  layDays(rows: Int32Array, events: Int32Array): void {
    const layout = new DayLayout(rows, events);
    this.#layout = layout;
    const r = layout.rows;
    const e = layout.events;
    this.#reserve(r, e);
    this.#laidRows = r;
    this.#laidEvents = e;
    this.rows = r;
    this.n = e;
    this.rowDoc = new Array<string>(r);
  }

  /**
   * The events in input order (as read and pushed): the table's order, unless the orders were laid
   * out by day — then the order rows by input index, then the rest.
   */
  inputOrder(): Int32Array {
    const all = new Int32Array(this.n);
    let k = 0;
    const laid = this.#laidRows;
    const rows = Array.from({ length: laid }, (_, r) => r).sort(
      (a, b) => (this.rowDocIndex[a] as number) - (this.rowDocIndex[b] as number),
    );
    for (const r of rows) {
      const last = r + 1 < this.rows ? (this.rowFirst[r + 1] as number) : this.n;
      for (let e = this.rowFirst[r] as number; e < last; e += 1) all[k++] = e;
    }
    for (let e = this.#laidEvents; e < this.n; e += 1) all[k++] = e;
    return all;
  }

  /** Ends the day layout (if any), checking that every slot laid out was filled. */
  closeDays(): void {
    this.#layout?.check(this.days);
    this.#layout = null;
  }

  /** Room for `rows` rows and `events` events (columns still grow past it). */
  #reserve(rows: number, events: number): void {
    if (rows > this.rowOrigin.length) this.#growRows(rows);
    if (events > this.row.length) this.#growEvents(events);
  }

  #growEvents(size: number): void {
    const { quantity, cost, product, category } = this.keep;
    const width =
      8 + 3 * 4 + 1 + (quantity ? 9 : 0) + (cost ? 9 : 0) + (product ? 4 : 0) + (category ? 4 : 0);
    const grow = new ColumnBuffer(capacity(this.row.length, size), width);
    this.amtU = grow.float64(this.amtU);
    if (quantity) this.qtyU = grow.float64(this.qtyU);
    if (cost) this.costU = grow.float64(this.costU);
    this.row = grow.int32(this.row);
    this.line = grow.int32(this.line);
    this.lineIndex = grow.int32(this.lineIndex);
    if (product) this.product = grow.int32(this.product);
    if (category) this.category = grow.int32(this.category);
    this.amtS = grow.int8(this.amtS);
    if (quantity) this.qtyS = grow.int8(this.qtyS);
    if (cost) this.costS = grow.int8(this.costS);
  }

  /**
   * Adds an event to the current row: its line id and index, amount, quantity and cost (`null` for
   * none), product and category (`null` for none).
   */
  pushLine(
    lineId: string,
    lineIndex: number,
    amount: Num | Register,
    quantity: Num | Register | null,
    cost: Num | Register | null,
    productId: string | null,
    categoryId: string | null,
  ): number {
    const e = this.#next;
    const day = this.#day;
    if (day >= 0) (this.#layout as DayLayout).takeEvent(day, e, this.days[day] as string);
    else if (e >= this.row.length) this.#growEvents(e + 1);
    this.row[e] = this.#current;
    // Line ids repeat by position (line 1, 2, 3 …): remember the last one seen at each.
    if (lineIndex >= 0 && lineIndex < 64 && this.#lineAt[lineIndex] === lineId)
      this.line[e] = this.#lineCode[lineIndex] as number;
    else {
      const code = this.lineIds.id(lineId);
      this.line[e] = code;
      if (lineIndex >= 0 && lineIndex < 64) {
        this.#lineAt[lineIndex] = lineId;
        this.#lineCode[lineIndex] = code;
      }
    }
    this.lineIndex[e] = lineIndex;
    this.#setValue(e, 0, amount, this.amtU, this.amtS);
    if (this.keep.quantity) this.#setValue(e, 1, quantity, this.qtyU, this.qtyS);
    if (this.keep.cost) this.#setValue(e, 2, cost, this.costU, this.costS);
    if (this.keep.product) this.product[e] = productId === null ? -1 : this.products.id(productId);
    if (this.keep.category)
      this.category[e] = categoryId === null ? -1 : this.categories.id(categoryId);
    this.#next = e + 1;
    if (day < 0) this.n = e + 1;
    return e;
  }

  #setValue(
    e: number,
    k: number,
    value: Num | Register | null,
    us: Float64Array,
    ss: Int8Array,
  ): void {
    if (value === null) ss[e] = NONE;
    else if ('u' in value && (value.s as number) <= 100) {
      us[e] = value.u;
      ss[e] = value.s;
    } else this.#setWide(e, k, value as Num, us, ss);
  }

  #setWide(e: number, k: number, value: Num, us: Float64Array, ss: Int8Array): void {
    us[e] = 0;
    ss[e] = WIDE;
    this.wide.set(e * 4 + k, value);
  }
}
