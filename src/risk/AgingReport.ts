import type { Finding } from './Finding';

/** One aging bucket: `current` (not past due), `1-30`, …, the last open one (`121+`). */
export interface AgingBucket {
  readonly label: string;
  /** First day past due in the bucket; `null` for `current`. */
  readonly fromDays: number | null;
  /** Last day past due in the bucket; `null` for the last, open bucket. */
  readonly toDays: number | null;
  readonly amount: string;
}

/** The oldest open item of an aging line. */
export interface OldestOpenItem {
  readonly invoiceId: string;
  readonly customerId: string;
  readonly dueDate: string;
  /** Days from the due date to `asOf` (0 or less: not past due). */
  readonly daysPastDue: number;
  readonly open: string;
}

/**
 * One line of an aging report (a customer, an account manager, or the total), amounts as
 * decimal strings in the base currency; percentages and DSO rounded half up to 2 places, `null`
 * when their divisor is 0.
 */
export interface AgingLine {
  readonly id: string;
  readonly open: string;
  readonly current: string;
  readonly overdue: string;
  readonly overdueSharePercent: string | null;
  readonly buckets: readonly AgingBucket[];
  readonly oldest: OldestOpenItem | null;
  readonly creditSales: string;
  readonly dso: string | null;
  readonly bestPossibleDso: string | null;
}

/**
 * What {@link ageReceivables} returns. The total is made at once; `customers`, `managers` and
 * `findings` (one line, and up to one finding, per customer) are read-only properties made on
 * their first read and then kept, so a caller that reads only the total or a few lines does not
 * pay for 100,000 of them. Spreading or serialising the report reads them all. A bucket with
 * nothing in it is one frozen object per bucket range, shared by the lines of a report.
 */
export interface AgingReport {
  readonly asOf: string;
  readonly currency: string;
  readonly dsoDays: number;
  readonly total: AgingLine;
  readonly customers: readonly AgingLine[];
  readonly managers: readonly AgingLine[];
  readonly findings: readonly Finding[];
}
