import type { Scaled } from '../../../../money/_lib/scaled/Fixed';
import { ScaledCells } from '../../../../money/_lib/scaled/ScaledCells';
import type { TallyColumns } from './TallyColumns';

/**
 * Internal: the orders whose promised date falls in the period, waiting for their deliveries —
 * as columns by slot (a slot per order read, the positive lines of all orders in flat columns).
 * `slots` maps an id to its latest slot, so a later order of the same id replaces the earlier as
 * a map entry would: the earlier slot is no longer {@link DueOrders.live}. One map write per
 * order, no lookup first.
 */
export class DueOrders {
  readonly slots = new Map<string, number>();
  /** An id was opened twice (then a slot may be dead). */
  #replaced = false;
  readonly ids: string[] = [];
  /**
   * The owner's slot in the run's {@link TallyColumns}, or −1 while the owner has none from this
   * fact (then {@link DueOrders.owner} makes it, for a live slot only, as a replaced fact left
   * no manager behind before).
   */
  readonly owners: number[] = [];
  readonly ownerIds: string[] = [];
  readonly promised: string[] = [];
  /** Each slot's lines: `lineIds` and `remaining` from `starts[slot]` to `ends[slot]`. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly lineIds: string[] = [];
  readonly remaining = new ScaledCells();

  /** Notes a positive line of the order being read (before {@link DueOrders.open}). */
  line(lineId: string, quantity: Scaled): void {
    this.lineIds.push(lineId);
    this.remaining.push(quantity);
  }

  /** {@link DueOrders.line} for a quantity `u × 10^−s` read by `rParse`. */
  lineUnits(lineId: string, u: number, s: number): void {
    this.lineIds.push(lineId);
    this.remaining.pushUnits(u, s);
  }

  /**
   * Opens an order whose lines are those noted since `start` (`owner`: its owner's slot, or −1
   * when it has none yet).
   */
  open(id: string, ownerId: string, owner: number, promised: string, start: number): void {
    const slots = this.slots;
    const size = slots.size;
    slots.set(id, this.ids.length);
    if (slots.size === size) this.#replaced = true;
    this.ids.push(id);
    this.owners.push(owner);
    this.ownerIds.push(ownerId);
    this.promised.push(promised);
    this.starts.push(start);
    this.ends.push(this.lineIds.length);
  }

  /** The slot's owner's slot in `tallies`, made now when the order did not make it. */
  owner(slot: number, tallies: TallyColumns): number {
    const owner = this.owners[slot] as number;
    return owner >= 0 ? owner : tallies.slot(this.ownerIds[slot] as string);
  }

  /** False for the slot of an order a later order of the same id replaced. */
  live(slot: number): boolean {
    return !this.#replaced || this.slots.get(this.ids[slot] as string) === slot;
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
  readonly ownerId: string;
  /** The owner's slot in the run's {@link TallyColumns}, or −1 when it has none yet. */
  readonly owner: number;
  readonly currency: string;
  /** Rate from the invoice currency to the base currency. */
  readonly rate: Scaled;
  readonly total: Scaled;
  readonly due: boolean;
  readonly openAtAsOf: boolean;
  readonly issuedInPeriod: boolean;
}

const DUE = 1;
const OPEN = 2;
const ISSUED = 4;

/**
 * Internal: the invoices due in the period or open at `asOf`, with their cash and credits, as
 * columns by slot (a slot per invoice kept). `slots` maps an id to its latest slot, so a later
 * invoice of the same id replaces the earlier as a map entry would (nothing paid or credited
 * yet): the earlier slot is no longer {@link OpenInvoices.live}. One map write per invoice, no
 * lookup first.
 */
export class OpenInvoices {
  readonly slots = new Map<string, number>();
  /** An id was kept twice (then a slot may be dead). */
  #replaced = false;
  readonly ids: string[] = [];
  /** The owner's slot in the run's {@link TallyColumns}, or −1 (see {@link DueOrders.owners}). */
  readonly owners: number[] = [];
  readonly ownerIds: string[] = [];
  readonly currencies: string[] = [];
  readonly rates: Scaled[] = [];
  readonly flags: number[] = [];
  readonly totals = new ScaledCells();
  readonly paid = new ScaledCells();
  readonly credited = new ScaledCells();

  /** Keeps an invoice (nothing paid or credited yet). */
  keep(head: InvoiceHead): void {
    const slots = this.slots;
    const size = slots.size;
    slots.set(head.id, this.ids.length);
    if (slots.size === size) this.#replaced = true;
    this.totals.push(head.total);
    this.paid.pushUnits(0, 0);
    this.credited.pushUnits(0, 0);
    this.ids.push(head.id);
    this.owners.push(head.owner);
    this.ownerIds.push(head.ownerId);
    this.currencies.push(head.currency);
    this.rates.push(head.rate);
    this.flags.push(
      (head.due ? DUE : 0) | (head.openAtAsOf ? OPEN : 0) | (head.issuedInPeriod ? ISSUED : 0),
    );
  }

  /** The slot's owner's slot in `tallies`, made now when the invoice did not make it. */
  owner(slot: number, tallies: TallyColumns): number {
    const owner = this.owners[slot] as number;
    return owner >= 0 ? owner : tallies.slot(this.ownerIds[slot] as string);
  }

  /** False for the slot of an invoice a later invoice of the same id replaced. */
  live(slot: number): boolean {
    return !this.#replaced || this.slots.get(this.ids[slot] as string) === slot;
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
