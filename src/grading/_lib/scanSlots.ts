import type { PurchaseLedger } from '../summary/PurchaseLedger';
import type { Scan, SummaryContext } from './SummaryContext';
import { addUnits, type Units } from './units';

/** Internal: an empty scan. */
export function newScan(): Scan {
  const scan = {} as Scan;
  resetScan(scan);
  return scan;
}

function resetScan(scan: Scan): void {
  scan.first = -1;
  scan.last = -1;
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
  resetScan(scan);
  const { days, purchaseUnits, returnUnits, purchaseCounts, returnCounts } = ledger;
  const periodStart = ctx.periodStartDay ?? Number.POSITIVE_INFINITY;
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
    const events = ctx.merge ? (net > 0 || (rc === 0 && pc > 0) ? 1 : 0) : pc;
    const value = ctx.merge ? net : pu;
    if (day >= periodStart) {
      scan.periodTotal = addUnits(scan.periodTotal, net);
      scan.periodPurchases += events;
    }
    if (events === 0) continue;
    if (scan.first < 0) {
      scan.first = day;
      scan.firstEvents = events;
      scan.firstValue = value;
    }
    scan.last = day;
    scan.purchases += events;
    scan.purchaseSum = addUnits(scan.purchaseSum, value);
  }
}
