import { Decimal, minorUnits } from '../../../money';
import type { ConcentrationFigures } from '../../ConcentrationReport';
import { amountText, percentText } from '../findings/amountText';

/** Exact sums behind {@link ConcentrationFigures}: total T, Σ r², and the top N's sum. */
export interface ConcentrationSums {
  readonly total: Decimal;
  readonly squares: Decimal;
  readonly topSum: Decimal;
}

/**
 * The concentration of revenue by customer: customers with revenue ≤ 0 are left out; shares are
 * r ÷ T × 100, so HHI = 10,000 × Σ r² ÷ T² exactly before rounding; the top N are the N largest
 * (ties by customer id).
 */
export function concentrationOf(
  revenue: ReadonlyMap<string, Decimal>,
  topN: number,
  currency: string,
): { figures: ConcentrationFigures; sums: ConcentrationSums } {
  const positive = [...revenue]
    .filter(([, amount]) => amount.gt(0))
    .sort(([a, x], [b, y]) => y.comparedTo(x) || (a < b ? -1 : a > b ? 1 : 0));
  let total = new Decimal(0);
  let squares = new Decimal(0);
  for (const [, amount] of positive) {
    total = total.plus(amount);
    squares = squares.plus(amount.times(amount));
  }
  const top = positive.slice(0, topN);
  const topSum = top.reduce((sum, [, amount]) => sum.plus(amount), new Decimal(0));
  return concentrationFigures(top, positive.length, { total, squares, topSum }, topN, currency);
}

/**
 * The figures of a scope from its exact sums and its top N customers (largest first, ties by
 * customer id) among `customers` with revenue > 0: HHI = 10,000 × Σ r² ÷ T², the top N's share.
 */
export function concentrationFigures(
  top: readonly (readonly [string, Decimal])[],
  customers: number,
  sums: ConcentrationSums,
  topN: number,
  currency: string,
): { figures: ConcentrationFigures; sums: ConcentrationSums } {
  const { total, squares, topSum } = sums;
  const hhi = total.isZero()
    ? null
    : squares
        .times(10_000)
        .div(total.times(total))
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        .toFixed(2);
  minorUnits(currency);
  return {
    figures: {
      revenue: amountText(total, currency),
      customers,
      hhi,
      topN,
      topSharePercent: percentText(topSum, total),
      top: top.map(([customerId, amount]) => ({
        customerId,
        revenue: amountText(amount, currency),
        sharePercent: percentText(amount, total) as string,
      })),
    },
    sums,
  };
}
