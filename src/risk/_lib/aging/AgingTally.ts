import type { OpenItem } from '../../ExposureIndex';
import { ExactSum } from './ExactSum';

/** The oldest open item of a tally: the earliest due date, then the smallest invoice id. */
export interface Oldest {
  readonly item: OpenItem;
  readonly daysPastDue: number;
}

/** Running sums of one aging line (a customer, a manager, the total), exact. */
export class AgingTally {
  readonly buckets: ExactSum[];
  readonly open = new ExactSum();
  readonly overdue = new ExactSum();
  readonly creditSales = new ExactSum();
  oldest: Oldest | undefined;

  constructor(bucketCount: number) {
    this.buckets = Array.from({ length: bucketCount }, () => new ExactSum());
  }

  add(item: OpenItem, bucket: number, daysPastDue: number): void {
    (this.buckets[bucket] as ExactSum).add(item.openUnits, item.open);
    this.open.add(item.openUnits, item.open);
    if (daysPastDue > 0) this.overdue.add(item.openUnits, item.open);
    const before = this.oldest?.item;
    if (
      before === undefined ||
      item.dueDate < before.dueDate ||
      (item.dueDate === before.dueDate && item.invoiceId < before.invoiceId)
    )
      this.oldest = { item, daysPastDue };
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
