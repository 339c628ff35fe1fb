import type { Money } from '../../../money';
import type { Units } from '../../../money/_lib/scaled/units';
import type { IsoDate } from '../../../period';
import type { CalendarUnit } from './calendarBuckets';

/** Internal: the settings of one summarise run, and its counters. */
export interface SummaryContext {
  readonly endDay: number;
  /** First day of the reporting period, or `null` for none. */
  readonly periodStartDay: number | null;
  readonly unitDays: number;
  /** The calendar bucket unit, or `null` for a fixed-length unit (`unitDays`). */
  readonly calendar: CalendarUnit | null;
  /** The end's bucket index (`calendar` set), else the end's day number. */
  readonly endBucket: number;
  readonly merge: boolean;
  readonly includeFirst: boolean;
  readonly rfm: boolean;
  readonly scale: number;
  readonly currency: string;
  /** The end as `[year, month, day]`, for tenure. */
  readonly endCivil: readonly [number, number, number];
  /** Zero in the currency, shared by every summary that needs it. */
  readonly zero: Money;
  /** Date strings by day number, shared across customers. */
  readonly dates: Map<number, IsoDate>;
  /** A scratch scan, reused for every customer. */
  readonly scan: Scan;
  afterEnd: number;
  transactions: number;
  withoutPurchase: number;
}

/** Internal: what one pass over a customer's slots finds (a scratch object, reused). */
export interface Scan {
  /** Day numbers of the first and last purchase days (negative before 1970); meaningless when `purchases` is 0. */
  first: number;
  last: number;
  /** Bucket indices of the first and last purchase buckets (calendar units only). */
  firstBucket: number;
  lastBucket: number;
  firstEvents: number;
  firstValue: Units;
  purchases: number;
  purchaseSum: Units;
  total: Units;
  returned: Units;
  transactions: number;
  afterEnd: number;
  periodTotal: Units;
  periodPurchases: number;
}
