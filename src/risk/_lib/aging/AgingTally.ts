import { UnitSums } from '../../../money/_lib/scaled/UnitSums';
import type { AgingSource } from './AgingSource';

/**
 * Running sums of aging lines (the customers, the managers, or the total), exact, as columns:
 * line `slot` has `bucketCount` bucket cells, then open, overdue and credit sales (see
 * {@link AgingTally.cell}); and its oldest open item (the earliest due date, then the smallest
 * invoice id) as an item of `source`, −1 for none (a line without open items), with its days
 * past due.
 */
export class AgingTally {
  readonly sums: UnitSums;
  readonly oldest: Int32Array;
  readonly oldestDays: Float64Array;
  readonly width: number;

  constructor(
    readonly ids: readonly string[],
    readonly bucketCount: number,
    readonly source: AgingSource,
  ) {
    this.width = bucketCount + 3;
    this.sums = new UnitSums(ids.length * this.width);
    this.oldest = new Int32Array(ids.length).fill(-1);
    this.oldestDays = new Float64Array(ids.length);
  }

  /** The cell of line `slot`'s bucket `field` (0 … bucketCount − 1), or its `open`, `overdue`, `sales`. */
  cell(slot: number, field: number | 'open' | 'overdue' | 'sales'): number {
    const offset =
      field === 'open'
        ? this.bucketCount
        : field === 'overdue'
          ? this.bucketCount + 1
          : field === 'sales'
            ? this.bucketCount + 2
            : field;
    return slot * this.width + offset;
  }

  /** Adds open item `i` (`bucket`, `daysPastDue`) to line `slot`. */
  add(slot: number, i: number, bucket: number, daysPastDue: number): void {
    const source = this.source;
    const units = source.itemUnits[i] as number;
    const base = slot * this.width;
    this.put(base + bucket, units, i);
    this.put(base + this.bucketCount, units, i);
    if (daysPastDue > 0) this.put(base + this.bucketCount + 1, units, i);
    const at = this.oldest[slot] as number;
    // More days past due is an earlier due date: only a tie (the same due date) reads the ids.
    const was = this.oldestDays[slot] as number;
    if (
      at < 0 ||
      daysPastDue > was ||
      (daysPastDue === was && source.invoiceId(i) < source.invoiceId(at))
    ) {
      this.oldest[slot] = i;
      this.oldestDays[slot] = daysPastDue;
    }
  }

  /** Adds credit sale `sale` of `source` to line `slot`. */
  addSale(slot: number, sale: number): void {
    const cell = slot * this.width + this.bucketCount + 2;
    const units = this.source.saleUnits[sale] as number;
    if (Number.isNaN(units) || !this.sums.addUnits(cell, units))
      this.sums.add(cell, null, this.source.saleAmount(sale));
  }

  /** Adds open item `i`'s amount to `cell`: as whole units while safe, else as its decimal. */
  private put(cell: number, units: number, i: number): void {
    if (Number.isNaN(units) || !this.sums.addUnits(cell, units))
      this.sums.add(cell, null, this.source.itemOpen(i));
  }
}

/**
 * The bucket of an item `daysPastDue` days past due: 0 (`current`) when not past due, else the
 * first edge it does not pass (1–30 → 1, 31–60 → 2, …), else the last, open bucket.
 */
export function bucketOf(daysPastDue: number, edges: readonly number[]): number {
  if (daysPastDue <= 0) return 0;
  for (let i = 0; i < edges.length; i += 1) if (daysPastDue <= (edges[i] as number)) return i + 1;
  return edges.length + 1;
}

/** The buckets' labels and ranges: `current`, `1-30`, `31-60`, …, `121+`. */
export function bucketRanges(
  edges: readonly number[],
): { label: string; fromDays: number | null; toDays: number | null }[] {
  const ranges: { label: string; fromDays: number | null; toDays: number | null }[] = [
    { label: 'current', fromDays: null, toDays: 0 },
  ];
  let from = 1;
  for (const edge of edges) {
    ranges.push({ label: `${from}-${edge}`, fromDays: from, toDays: edge });
    from = edge + 1;
  }
  ranges.push({ label: `${from}+`, fromDays: from, toDays: null });
  return ranges;
}
