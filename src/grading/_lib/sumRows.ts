import type { PurchaseLedger } from '../summary/PurchaseLedger';
import { trimColumn } from './countingSort';
import { SlotWriter } from './SlotWriter';
import type { Units } from './units';

/** Internal: the rows a ledger builder has read, as typed-array columns. */
export interface RowColumns {
  readonly currency: string;
  readonly scale: number;
  /** Customer ids in first-seen order; `customer[r]` indexes it. */
  readonly ids: readonly string[];
  readonly rows: number;
  readonly customer: Int32Array;
  readonly day: Int32Array;
  /** Units of each row; NaN where the row's units are a bigint in `big`. */
  readonly units: Float64Array;
  readonly big: ReadonlyMap<number, bigint> | null;
}

/**
 * Internal: adds up rows sorted by (customer, day) into ledger slots with float additions — exact
 * while every sum stays a safe integer (both operands and the result are integers below 2^53) —
 * or returns `null` when a sum outgrows that, for {@link sumRowsExact} to redo.
 *
 * @param rows - the columns (without bigints)
 * @param sorted - row numbers in (customer, day) order
 * @param customerRank - each row's customer position in `sortedIds`
 * @param sortedIds - the customer ids, ascending
 */
export function sumRowsFast(
  rows: RowColumns,
  sorted: Int32Array,
  customerRank: Int32Array,
  sortedIds: readonly string[],
): PurchaseLedger | null {
  const n = rows.rows;
  const offsets = new Int32Array(sortedIds.length + 1);
  const days = new Int32Array(n);
  const purchaseUnits = new Float64Array(n);
  const returnUnits = new Float64Array(n);
  const purchaseCounts = new Float64Array(n);
  const returnCounts = new Float64Array(n);
  let slot = -1;
  let current = -1;
  let lastDay = Number.NaN;
  let largest = 0;
  for (let k = 0; k < n; k += 1) {
    const r = sorted[k] as number;
    const customer = customerRank[r] as number;
    const day = rows.day[r] as number;
    if (customer !== current) {
      current = customer;
      offsets[customer] = slot + 1;
      lastDay = Number.NaN;
    }
    if (day !== lastDay) {
      slot += 1;
      days[slot] = day;
      lastDay = day;
    }
    const units = rows.units[r] as number;
    if (units < 0) {
      const sum = (returnUnits[slot] as number) + units;
      returnUnits[slot] = sum;
      returnCounts[slot] = (returnCounts[slot] as number) + 1;
      if (-sum > largest) largest = -sum;
    } else {
      const sum = (purchaseUnits[slot] as number) + units;
      purchaseUnits[slot] = sum;
      purchaseCounts[slot] = (purchaseCounts[slot] as number) + 1;
      if (sum > largest) largest = sum;
    }
  }
  // Partial sums only grow in magnitude, so the largest final sum bounds them all.
  if (largest > Number.MAX_SAFE_INTEGER) return null;
  const slots = slot + 1;
  offsets[sortedIds.length] = slots;
  return Object.freeze({
    kind: 'purchase-ledger' as const,
    currency: rows.currency,
    scale: rows.scale,
    customerIds: Object.freeze(sortedIds),
    offsets,
    days: trimColumn(days, slots),
    purchaseUnits: trimColumn(purchaseUnits, slots),
    returnUnits: trimColumn(returnUnits, slots),
    purchaseCounts: trimColumn(purchaseCounts, slots),
    returnCounts: trimColumn(returnCounts, slots),
  });
}

/** Internal: adds up rows sorted by (customer, day) through the exact writer (bigints beyond 2^53). */
export function sumRowsExact(rows: RowColumns, sorted: Int32Array): PurchaseLedger {
  const writer = new SlotWriter();
  let current = -1;
  for (let k = 0; k < rows.rows; k += 1) {
    const r = sorted[k] as number;
    const customer = rows.customer[r] as number;
    if (customer !== current) {
      writer.startCustomer(rows.ids[customer] as string);
      current = customer;
    }
    const raw = rows.units[r] as number;
    const units: Units = Number.isNaN(raw) ? (rows.big?.get(r) as bigint) : raw;
    if (units < 0) writer.add(rows.day[r] as number, 0, units, 0, 1);
    else writer.add(rows.day[r] as number, units, 0, 1, 0);
  }
  return writer.finish(rows.currency, rows.scale);
}
