import type { Money } from '../../../money';
import type { Units } from '../../../money/_lib/scaled/units';
import { unitsToDecimal } from '../../../money/_lib/scaled/unitsToDecimal';
import type { CustomerSummary } from '../../summary/CustomerSummary';
import type { PurchaseLedger } from '../../summary/PurchaseLedger';
import { wholeYears } from '../input/tenure';
import type { Scan, SummaryContext } from './SummaryContext';
import { scanBuckets } from './scanBuckets';
import { scanSlots } from './scanSlots';
import { averageOf, dateOf, moneyOf, ZERO } from './summaryParts';

/**
 * Internal: the summary of customer `k` of a ledger, or `null` when it has no purchase on or
 * before the end. The returns rule: with `merge`, a day's purchases and returns are netted and
 * the day is a purchase day when the net is above zero, or zero without any return (a free
 * purchase counts; a purchase returned the same day does not); a day with a negative net is a
 * return day. With a calendar unit the same rule applies to each bucket (ISO week, calendar
 * month), and durations are whole buckets. Without `merge`, each non-negative transaction is a purchase and each negative one
 * a return. Returns always count in `totalValue` and `returnedValue`, never as purchases.
 */
export function summariseDays(
  ledger: PurchaseLedger,
  k: number,
  ctx: SummaryContext,
): CustomerSummary | null {
  const scan = ctx.scan;
  if (ctx.calendar === null) scanSlots(ledger, k, ctx, scan);
  else scanBuckets(ledger, k, ctx, scan);
  const { first, last, firstEvents, firstValue, purchases, purchaseSum, total, returned } = scan;
  const { transactions, periodTotal, periodPurchases } = scan;
  ctx.afterEnd += scan.afterEnd;
  ctx.transactions += transactions;
  if (purchases === 0) {
    ctx.withoutPurchase += 1;
    return null;
  }
  const frequency = ctx.includeFirst ? purchases : purchases - 1;
  const { endDay, scale } = ctx;
  const toMoney = (units: Units): Money =>
    units === 0 ? ctx.zero : moneyOf(unitsToDecimal(units, scale), ctx.currency);
  const totalValue = toMoney(total);
  const { average, monetaryValue } = averageOf(
    ctx,
    frequency,
    purchaseSum,
    firstValue,
    firstEvents,
    {
      units: total,
      money: totalValue,
    },
  );
  return {
    customerId: ledger.customerIds[k] as string,
    firstPurchase: dateOf(ctx, first),
    lastPurchase: dateOf(ctx, last),
    purchases,
    transactions,
    frequency,
    ...durations(ctx, scan),
    monetaryValue,
    averageValue:
      average === ZERO
        ? ctx.zero
        : average === totalValue.amount
          ? totalValue
          : moneyOf(average, ctx.currency),
    totalValue,
    returnedValue: toMoney(typeof returned === 'number' ? -returned || 0 : -returned),
    periodValue:
      ctx.periodStartDay === null
        ? null
        : periodTotal === total
          ? totalValue
          : toMoney(periodTotal),
    periodPurchases: ctx.periodStartDay === null ? null : periodPurchases,
    tenureDays: endDay - first,
    tenureYears: wholeYears(first, ctx.endCivil),
  };
}

/** Recency and T: days ÷ unit length, or whole calendar buckets. */
function durations(ctx: SummaryContext, scan: Scan): { recency: number; T: number } {
  const { first, last, firstBucket, lastBucket } = scan;
  if (ctx.calendar === null)
    return {
      recency: (ctx.rfm ? ctx.endDay - last : last - first) / ctx.unitDays,
      T: (ctx.endDay - first) / ctx.unitDays,
    };
  return {
    recency: ctx.rfm ? ctx.endBucket - lastBucket : lastBucket - firstBucket,
    T: ctx.endBucket - firstBucket,
  };
}
