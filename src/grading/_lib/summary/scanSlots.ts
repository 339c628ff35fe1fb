import { addUnits, type Units } from '../../../money/_lib/scaled/units';
import type { PurchaseLedger } from '../../summary/PurchaseLedger';
import type { Scan, SummaryContext } from './SummaryContext';

/**
 * Internal: the same-day rule, for a day or a calendar bucket netted into one: a purchase when its
 * net is above zero, or zero without a return.
 */
export function isPurchase(net: Units, purchases: number, returns: number): boolean {
  return net > 0 || (returns === 0 && purchases > 0);
}

/** Internal: an empty scan. */
export function newScan(): Scan {
  const scan = {} as Scan;
  resetScan(scan);
  return scan;
}

/** Internal: sets every figure of `scan` back to zero. */
export function resetScan(scan: Scan): void {
  scan.first = 0;
  scan.last = 0;
  scan.firstBucket = 0;
  scan.lastBucket = 0;
  scan.firstEvents = 0;
  scan.firstValue = 0;
  scan.purchases = 0;
  scan.purchaseSum = 0;
  scan.total = 0;
  scan.returned = 0;
  scan.transactions = 0;
  scan.afterEnd = 0;
  scan.periodTotal = 0;
  scan.periodPurchases = 0;
}

/**
 * Internal: scans customer `k`'s slots into `scan` (see `summariseDays` for the rules), in exact
 * integer arithmetic ({@link addUnits}: float additions while the sums are safe integers).
 */
export function scanSlots(
  ledger: PurchaseLedger,
  k: number,
  ctx: SummaryContext,
  scan: Scan,
): void {
  const { days, purchaseUnits, returnUnits, purchaseCounts, returnCounts } = ledger;
  const periodStart = ctx.periodStartDay ?? Number.POSITIVE_INFINITY;
  const { endDay, merge } = ctx;
  // Locals while scanning (the fields of `scan` once at the end).
  // Day numbers are negative before 1970: `purchases === 0` (not a day value) says "none yet".
  let first = 0;
  let last = 0;
  let firstEvents = 0;
  let firstValue: Units = 0;
  let purchases = 0;
  let purchaseSum: Units = 0;
  let total: Units = 0;
  let returned: Units = 0;
  let transactions = 0;
  let afterEnd = 0;
  let periodTotal: Units = 0;
  let periodPurchases = 0;
  const end = ledger.offsets[k + 1] as number;
  for (let i = ledger.offsets[k] as number; i < end; i += 1) {
    const day = days[i] as number;
    const pc = purchaseCounts[i] as number;
    const rc = returnCounts[i] as number;
    if (day > endDay) {
      afterEnd += pc + rc;
      continue;
    }
    transactions += pc + rc;
    const pu = purchaseUnits[i] as Units;
    const ru = returnUnits[i] as Units;
    const net = rc === 0 ? pu : addUnits(pu, ru);
    if (rc > 0) returned = addUnits(returned, ru);
    total = addUnits(total, net);
    const events = merge ? (isPurchase(net, pc, rc) ? 1 : 0) : pc;
    const value = merge ? net : pu;
    if (day >= periodStart) {
      periodTotal = addUnits(periodTotal, net);
      periodPurchases += events;
    }
    if (events === 0) continue;
    if (purchases === 0) {
      first = day;
      firstEvents = events;
      firstValue = value;
    }
    last = day;
    purchases += events;
    purchaseSum = addUnits(purchaseSum, value);
  }
  scan.first = first;
  scan.last = last;
  scan.firstEvents = firstEvents;
  scan.firstValue = firstValue;
  scan.purchases = purchases;
  scan.purchaseSum = purchaseSum;
  scan.total = total;
  scan.returned = returned;
  scan.transactions = transactions;
  scan.afterEnd = afterEnd;
  scan.periodTotal = periodTotal;
  scan.periodPurchases = periodPurchases;
}
