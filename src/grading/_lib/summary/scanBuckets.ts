import { addUnits, type Units } from '../../../money/_lib/scaled/units';
import type { PurchaseLedger } from '../../summary/PurchaseLedger';
import { bucketIndex, type CalendarUnit } from './calendarBuckets';
import type { Scan, SummaryContext } from './SummaryContext';
import { isPurchase, resetScan } from './scanSlots';

/** One calendar bucket being read: its net figures, whole and from the period start on. */
interface Bucket {
  index: number;
  purchaseUnits: Units;
  returnUnits: Units;
  purchaseCount: number;
  returnCount: number;
  periodNet: Units;
  periodPurchases: number;
  periodReturns: number;
  /** First and last day with a purchase transaction in the bucket (−∞ when none yet). */
  firstDay: number;
  lastDay: number;
}

function emptyBucket(index: number): Bucket {
  return {
    index,
    purchaseUnits: 0,
    returnUnits: 0,
    purchaseCount: 0,
    returnCount: 0,
    periodNet: 0,
    periodPurchases: 0,
    periodReturns: 0,
    firstDay: Number.NEGATIVE_INFINITY,
    lastDay: Number.NEGATIVE_INFINITY,
  };
}

/**
 * Internal: {@link scanSlots} for a calendar unit — lifetimes' `summary_data_from_transaction_data`
 * with `freq="W"` / `"M"`: the slots of one bucket (ISO week or calendar month) are netted into
 * one, which is a purchase by the same-day rule (net above zero, or zero without a return). The
 * scan's `first` / `last` are the first and last purchase days of the first and last purchase
 * buckets; `firstBucket` / `lastBucket` their indices. `periodPurchases` counts purchase buckets
 * netted over their days on or after `periodStart`.
 */
export function scanBuckets(
  ledger: PurchaseLedger,
  k: number,
  ctx: SummaryContext,
  scan: Scan,
): void {
  const unit = ctx.calendar as CalendarUnit;
  const { days, purchaseUnits, returnUnits, purchaseCounts, returnCounts } = ledger;
  const periodStart = ctx.periodStartDay ?? Number.POSITIVE_INFINITY;
  resetScan(scan);
  let bucket: Bucket | null = null;
  const end = ledger.offsets[k + 1] as number;
  for (let i = ledger.offsets[k] as number; i < end; i += 1) {
    const day = days[i] as number;
    const pc = purchaseCounts[i] as number;
    const rc = returnCounts[i] as number;
    if (day > ctx.endDay) {
      scan.afterEnd += pc + rc;
      continue;
    }
    scan.transactions += pc + rc;
    const pu = purchaseUnits[i] as Units;
    const ru = returnUnits[i] as Units;
    const net = rc === 0 ? pu : addUnits(pu, ru);
    if (rc > 0) scan.returned = addUnits(scan.returned, ru);
    scan.total = addUnits(scan.total, net);
    if (day >= periodStart) scan.periodTotal = addUnits(scan.periodTotal, net);
    const index = bucketIndex(unit, day);
    if (bucket === null || bucket.index !== index) {
      if (bucket !== null) close(bucket, scan);
      bucket = emptyBucket(index);
    }
    bucket.purchaseUnits = addUnits(bucket.purchaseUnits, pu);
    bucket.returnUnits = addUnits(bucket.returnUnits, ru);
    bucket.purchaseCount += pc;
    bucket.returnCount += rc;
    if (pc > 0) {
      if (bucket.firstDay === Number.NEGATIVE_INFINITY) bucket.firstDay = day;
      bucket.lastDay = day;
    }
    if (day >= periodStart) {
      bucket.periodNet = addUnits(bucket.periodNet, net);
      bucket.periodPurchases += pc;
      bucket.periodReturns += rc;
    }
  }
  if (bucket !== null) close(bucket, scan);
}

function close(bucket: Bucket, scan: Scan): void {
  if (isPurchase(bucket.periodNet, bucket.periodPurchases, bucket.periodReturns))
    scan.periodPurchases += 1;
  const net = addUnits(bucket.purchaseUnits, bucket.returnUnits);
  if (!isPurchase(net, bucket.purchaseCount, bucket.returnCount)) return;
  if (scan.purchases === 0) {
    scan.first = bucket.firstDay;
    scan.firstBucket = bucket.index;
    scan.firstEvents = 1;
    scan.firstValue = net;
  }
  scan.last = bucket.lastDay;
  scan.lastBucket = bucket.index;
  scan.purchases += 1;
  scan.purchaseSum = addUnits(scan.purchaseSum, net);
}
