import type { Units } from '../../../money/_lib/scaled/units';
import type { PurchaseLedger } from '../../summary/PurchaseLedger';
import { trimColumn } from './countingSort';
import { SlotWriter } from './SlotWriter';

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
 * Internal: sorts the rows by (customer, day) and adds up the rows of each (customer, day) into
 * ledger slots with float additions — exact while every sum stays a safe integer (both operands
 * and the result are integers below 2^53) — or returns `null` when a sum outgrows that, for
 * {@link sumRowsExact} to redo. The sort is two stable counting-sort passes (by day, then by
 * customer) that move the rows' units along, so the last pass reads them in order and adds up
 * each (customer, day) in place.
 *
 * @param rows - the columns (without bigints)
 * @param rank - each customer's position in `sortedIds`, by first-seen index
 * @param sortedIds - the customer ids, ascending
 */
export function sumRowsFast(
  rows: RowColumns,
  rank: Int32Array,
  sortedIds: readonly string[],
): PurchaseLedger | null {
  const n = rows.rows;
  const customers = sortedIds.length;
  const { customer, day, units } = rows;
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < n; r += 1) {
    const d = day[r] as number;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  // Rows per day and per customer, then where each day's and each customer's rows start.
  const dayStarts = new Int32Array(maxDay - minDay + 2);
  const rowOffsets = new Int32Array(customers + 1);
  for (let r = 0; r < n; r += 1) {
    const d = (day[r] as number) - minDay + 1;
    dayStarts[d] = (dayStarts[d] as number) + 1;
    const c = (rank[customer[r] as number] as number) + 1;
    rowOffsets[c] = (rowOffsets[c] as number) + 1;
  }
  for (let d = 1; d < dayStarts.length; d += 1)
    dayStarts[d] = (dayStarts[d] as number) + (dayStarts[d - 1] as number);
  for (let c = 1; c <= customers; c += 1)
    rowOffsets[c] = (rowOffsets[c] as number) + (rowOffsets[c - 1] as number);
  // By day (stable), carrying each row's customer rank and units…
  const dayCustomer = new Int32Array(n);
  const dayUnits = new Float64Array(n);
  for (let r = 0; r < n; r += 1) {
    const d = (day[r] as number) - minDay;
    const at = dayStarts[d] as number;
    dayStarts[d] = at + 1;
    dayCustomer[at] = rank[customer[r] as number] as number;
    dayUnits[at] = units[r] as number;
  }
  // …then by customer (stable, so days ascend within a customer), into the output columns: row
  // `at` of customer `c` goes to `days[at]` and `purchaseUnits[at]` (`dayStarts[d]` now ends day d).
  const next = rowOffsets.slice(0, customers);
  const days = new Int32Array(n);
  const purchaseUnits = new Float64Array(n);
  for (let d = 0, i = 0; d < dayStarts.length - 1; d += 1) {
    const end = dayStarts[d] as number;
    for (; i < end; i += 1) {
      const c = dayCustomer[i] as number;
      const at = next[c] as number;
      next[c] = at + 1;
      days[at] = d + minDay;
      purchaseUnits[at] = dayUnits[i] as number;
    }
  }
  // Adds up each (customer, day) in place: slot ≤ row, and a row is read before its place is
  // written.
  const offsets = new Int32Array(customers + 1);
  const returnUnits = new Float64Array(n);
  const purchaseCounts = new Float64Array(n);
  const returnCounts = new Float64Array(n);
  let slot = -1;
  let largest = 0;
  for (let c = 0; c < customers; c += 1) {
    offsets[c] = slot + 1;
    let lastDay = Number.NaN;
    const end = rowOffsets[c + 1] as number;
    for (let at = rowOffsets[c] as number; at < end; at += 1) {
      const d = days[at] as number;
      const value = purchaseUnits[at] as number;
      if (d !== lastDay) {
        slot += 1;
        days[slot] = d;
        purchaseUnits[slot] = 0;
        lastDay = d;
      }
      if (value < 0) {
        const sum = (returnUnits[slot] as number) + value;
        returnUnits[slot] = sum;
        returnCounts[slot] = (returnCounts[slot] as number) + 1;
        if (-sum > largest) largest = -sum;
      } else {
        const sum = (purchaseUnits[slot] as number) + value;
        purchaseUnits[slot] = sum;
        purchaseCounts[slot] = (purchaseCounts[slot] as number) + 1;
        if (sum > largest) largest = sum;
      }
    }
  }
  // Partial sums only grow in magnitude, so the largest final sum bounds them all.
  if (largest > Number.MAX_SAFE_INTEGER) return null;
  const slots = slot + 1;
  offsets[customers] = slots;
  // The rows left past the last slot are cleared: a column may be a view of this buffer.
  days.fill(0, slots);
  purchaseUnits.fill(0, slots);
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
