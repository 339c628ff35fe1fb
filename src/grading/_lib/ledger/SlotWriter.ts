import { addUnits, type Units } from '../../../money/_lib/scaled/units';
import type { LedgerUnits, PurchaseLedger } from '../../summary/PurchaseLedger';

/** A growable Float64Array of units; bigints wait in a side map until `finish`. */
class UnitsColumn {
  values = new Float64Array(1024);
  big: Map<number, bigint> | null = null;

  set(slot: number, units: Units): void {
    if (slot >= this.values.length) this.values = grow(this.values, slot);
    if (typeof units === 'number') {
      this.values[slot] = units;
      this.big?.delete(slot);
    } else {
      this.values[slot] = Number.NaN;
      this.big ??= new Map();
      this.big.set(slot, units);
    }
  }

  get(slot: number): Units {
    const value = this.values[slot] as number;
    return Number.isNaN(value) ? (this.big?.get(slot) as bigint) : value;
  }

  finish(length: number): LedgerUnits {
    const values = this.values.slice(0, length);
    if (this.big === null || this.big.size === 0) return values;
    const mixed: Units[] = Array.from(values);
    for (const [slot, units] of this.big) mixed[slot] = units;
    return mixed;
  }
}

function grow<T extends Float64Array | Int32Array>(array: T, needed: number): T {
  const next = new (array.constructor as new (n: number) => T)(
    Math.max(needed + 1, array.length * 2),
  );
  next.set(array);
  return next;
}

/**
 * Internal: writes ledger slots customer by customer, in ascending customer and day order, and
 * adds a slot to the previous one when both have the same customer and day.
 */
export class SlotWriter {
  private readonly ids: string[] = [];
  private offsets = new Int32Array(1024);
  private days = new Int32Array(1024);
  private readonly purchases = new UnitsColumn();
  private readonly returns = new UnitsColumn();
  private purchaseCounts = new Float64Array(1024);
  private returnCounts = new Float64Array(1024);
  private slots = 0;
  private lastDay = Number.NaN;

  /** Starts the next customer (ids must come in ascending order). */
  startCustomer(id: string): void {
    if (this.ids.length + 1 >= this.offsets.length)
      this.offsets = grow(this.offsets, this.ids.length + 1);
    this.offsets[this.ids.length] = this.slots;
    this.ids.push(id);
    this.lastDay = Number.NaN;
  }

  /** Adds a slot's totals to the current customer. */
  add(
    day: number,
    purchase: Units,
    returned: Units,
    purchaseCount: number,
    returnCount: number,
  ): void {
    if (day === this.lastDay) {
      const slot = this.slots - 1;
      this.purchases.set(slot, addUnits(this.purchases.get(slot), purchase));
      this.returns.set(slot, addUnits(this.returns.get(slot), returned));
      this.purchaseCounts[slot] = (this.purchaseCounts[slot] as number) + purchaseCount;
      this.returnCounts[slot] = (this.returnCounts[slot] as number) + returnCount;
      return;
    }
    const slot = this.slots;
    if (slot >= this.days.length) {
      this.days = grow(this.days, slot);
      this.purchaseCounts = grow(this.purchaseCounts, slot);
      this.returnCounts = grow(this.returnCounts, slot);
    }
    this.days[slot] = day;
    this.purchases.set(slot, purchase);
    this.returns.set(slot, returned);
    this.purchaseCounts[slot] = purchaseCount;
    this.returnCounts[slot] = returnCount;
    this.slots += 1;
    this.lastDay = day;
  }

  /** The finished ledger. */
  finish(currency: string, scale: number): PurchaseLedger {
    const offsets = new Int32Array(this.ids.length + 1);
    offsets.set(this.offsets.subarray(0, this.ids.length));
    offsets[this.ids.length] = this.slots;
    return Object.freeze({
      kind: 'purchase-ledger' as const,
      currency,
      scale,
      customerIds: Object.freeze(this.ids),
      offsets,
      days: this.days.slice(0, this.slots),
      purchaseUnits: this.purchases.finish(this.slots),
      returnUnits: this.returns.finish(this.slots),
      purchaseCounts: this.purchaseCounts.slice(0, this.slots),
      returnCounts: this.returnCounts.slice(0, this.slots),
    });
  }
}
