import type { OpenItem } from '../../ExposureIndex';
import { ExactColumns } from './ExactSum';

/**
 * Running sums of aging lines (the customers, the managers, or the total), exact, as columns:
 * line `slot` has `bucketCount` bucket cells, then open, overdue and credit sales (see
 * {@link AgingTally.cell}); and its oldest open item (the earliest due date, then the smallest
 * invoice id) as an index into `items`, −1 for none, with its days past due.
 */
export class AgingTally {
  readonly sums: ExactColumns;
  readonly oldest: Int32Array;
  readonly oldestDays: Float64Array;
  readonly width: number;

  constructor(
    readonly ids: readonly string[],
    readonly bucketCount: number,
    readonly items: readonly OpenItem[],
  ) {
    this.width = bucketCount + 3;
    this.sums = new ExactColumns(ids.length * this.width);
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
    const item = this.items[i] as OpenItem;
    const base = slot * this.width;
    this.sums.add(base + bucket, item.openUnits, item.open);
    this.sums.add(base + this.bucketCount, item.openUnits, item.open);
    if (daysPastDue > 0) this.sums.add(base + this.bucketCount + 1, item.openUnits, item.open);
    const at = this.oldest[slot] as number;
    // More days past due is an earlier due date (ISO dates order as their day numbers): only a
    // tie reads the other item.
    const was = this.oldestDays[slot] as number;
    if (
      at < 0 ||
      daysPastDue > was ||
      (daysPastDue === was && isOlder(item, this.items[at] as OpenItem))
    ) {
      this.oldest[slot] = i;
      this.oldestDays[slot] = daysPastDue;
    }
  }
}

/** Whether `item` is older than `before`: an earlier due date, then a smaller invoice id. */
function isOlder(item: OpenItem, before: OpenItem): boolean {
  return (
    item.dueDate < before.dueDate ||
    (item.dueDate === before.dueDate && item.invoiceId < before.invoiceId)
  );
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
