import { Decimal, minorUnits } from '../../../money';
import type { AgingBucket, AgingLine } from '../../AgingReport';
import { amountText, percentText } from '../findings/amountText';
import type { AgingTally } from './AgingTally';

/**
 * An aging line from its tally. DSO = open receivables ÷ credit sales × days (the standard
 * formula); best possible DSO = current receivables ÷ credit sales × days; both rounded half up
 * to 2 places, `null` without credit sales.
 */
export function agingLine(
  id: string,
  tally: AgingTally,
  ranges: readonly Omit<AgingBucket, 'amount'>[],
  context: { currency: string; dsoDays: number },
): AgingLine {
  const money = (amount: Decimal) => amountText(amount, context.currency);
  const places = minorUnits(context.currency);
  const buckets = tally.buckets.map((sum) => sum.value(places));
  const current = buckets[0] as Decimal;
  const open = tally.open.value(places);
  const overdue = tally.overdue.value(places);
  const creditSales = tally.creditSales.value(places);
  const days = (part: Decimal) =>
    creditSales.isZero()
      ? null
      : part
          .times(context.dsoDays)
          .div(creditSales)
          .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
          .toFixed(2);
  const oldest = tally.oldest;
  return {
    id,
    open: money(open),
    current: money(current),
    overdue: money(overdue),
    overdueSharePercent: percentText(overdue, open),
    buckets: ranges.map((range, i) => ({ ...range, amount: money(buckets[i] as Decimal) })),
    oldest:
      oldest === undefined
        ? null
        : {
            invoiceId: oldest.item.invoiceId,
            customerId: oldest.item.customerId,
            dueDate: oldest.item.dueDate,
            daysPastDue: oldest.daysPastDue,
            open: money(oldest.item.open),
          },
    creditSales: money(creditSales),
    dso: days(open),
    bestPossibleDso: days(current),
  };
}
