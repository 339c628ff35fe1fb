import { ExactCells } from '../exact/ExactCells';
import { type Exact, ZERO } from '../exact/exact';
import type { TallyColumns } from './TallyColumns';

/**
 * Internal: the orders whose promised date falls in the period, waiting for their deliveries —
 * as columns by slot (one slot per order id, a later order of the same id taking the earlier's
 * slot as a map entry would), the positive lines of all orders in flat columns.
 */
export class DueOrders {
  readonly slots = new Map<string, number>();
  readonly ids: string[] = [];
  /** The owner's slot in the run's {@link TallyColumns}. */
  readonly owners: number[] = [];
  readonly promised: string[] = [];
  /** Each slot's lines: `lineIds` and `remaining` from `starts[slot]` to `ends[slot]`. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly lineIds: string[] = [];
  readonly remaining = new ExactCells();

  /** Notes a positive line of the order being read (before {@link DueOrders.open}). */
  line(lineId: string, quantity: Exact): void {
    this.lineIds.push(lineId);
    this.remaining.push(quantity);
  }

  /** {@link DueOrders.line} for a quantity `u × 10^−s` read by `parseUnits`. */
  lineUnits(lineId: string, u: number, s: number): void {
    this.lineIds.push(lineId);
    this.remaining.pushUnits(u, s);
  }

  /** Opens an order whose lines are those noted since `start` (`owner`: its owner's slot). */
  open(id: string, owner: number, promised: string, start: number): void {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.ids.length;
      this.slots.set(id, slot);
    }
    this.ids[slot] = id;
    this.owners[slot] = owner;
    this.promised[slot] = promised;
    this.starts[slot] = start;
    this.ends[slot] = this.lineIds.length;
  }

  /** The cell of the slot's first line with that id, or −1. */
  lineOf(slot: number, lineId: string): number {
    const end = this.ends[slot] as number;
    for (let k = this.starts[slot] as number; k < end; k += 1)
      if (this.lineIds[k] === lineId) return k;
    return -1;
  }

  /** True when every line of the slot was delivered in full. */
  delivered(slot: number): boolean {
    const end = this.ends[slot] as number;
    for (let k = this.starts[slot] as number; k < end; k += 1)
      if (this.remaining.sign(k) > 0) return false;
    return true;
  }
}

/** Internal: what is known of an invoice when it is read. */
export interface InvoiceHead {
  readonly id: string;
  /** The owner's slot in the run's {@link TallyColumns}. */
  readonly owner: number;
  readonly currency: string;
  /** Rate from the invoice currency to the base currency. */
  readonly rate: Exact;
  readonly total: Exact;
  readonly due: boolean;
  readonly openAtAsOf: boolean;
  readonly issuedInPeriod: boolean;
}

const DUE = 1;
const OPEN = 2;
const ISSUED = 4;

/**
 * Internal: the invoices due in the period or open at `asOf`, with their cash and credits, as
 * columns by slot (one slot per invoice id; a later invoice of the same id replaces the earlier
 * in its slot, as a map entry would).
 */
export class OpenInvoices {
  readonly slots = new Map<string, number>();
  readonly ids: string[] = [];
  /** The owner's slot in the run's {@link TallyColumns}. */
  readonly owners: number[] = [];
  readonly currencies: string[] = [];
  readonly rates: Exact[] = [];
  readonly flags: number[] = [];
  readonly totals = new ExactCells();
  readonly paid = new ExactCells();
  readonly credited = new ExactCells();

  /** Keeps an invoice (nothing paid or credited yet). */
  keep(head: InvoiceHead): void {
    let slot = this.slots.get(head.id);
    if (slot === undefined) {
      slot = this.ids.length;
      this.slots.set(head.id, slot);
      this.totals.push(head.total);
      this.paid.push(ZERO);
      this.credited.push(ZERO);
    } else {
      this.totals.set(slot, head.total);
      this.paid.set(slot, ZERO);
      this.credited.set(slot, ZERO);
    }
    this.ids[slot] = head.id;
    this.owners[slot] = head.owner;
    this.currencies[slot] = head.currency;
    this.rates[slot] = head.rate;
    this.flags[slot] =
      (head.due ? DUE : 0) | (head.openAtAsOf ? OPEN : 0) | (head.issuedInPeriod ? ISSUED : 0);
  }

  /** Due in the period. */
  due(slot: number): boolean {
    return ((this.flags[slot] as number) & DUE) !== 0;
  }

  /** Issued on or before `asOf`. */
  openAtAsOf(slot: number): boolean {
    return ((this.flags[slot] as number) & OPEN) !== 0;
  }

  /** Issued in the period. */
  issuedInPeriod(slot: number): boolean {
    return ((this.flags[slot] as number) & ISSUED) !== 0;
  }
}
