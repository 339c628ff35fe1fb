import { Decimal, type Money } from '../../../money';
import { addUnits, type Units, unitsToNumber } from '../../../money/_lib/scaled/units';
import { unitsToDecimal } from '../../../money/_lib/scaled/unitsToDecimal';
import { exactQuotient } from '../../../money/decimalWords';
import { dateOfDayNumber, type IsoDate } from '../../../period';
import type { SummaryContext } from './SummaryContext';

/** Internal: the zero every summary without an average shares. */
export const ZERO = new Decimal(0);

/**
 * The mean of the purchases `frequency` counts, exact to 40 digits, and as a float. A single
 * purchase worth the customer's whole net total reuses the total's decimal.
 */
export function averageOf(
  ctx: SummaryContext,
  frequency: number,
  sum: Units,
  firstValue: Units,
  firstEvents: number,
  total: { readonly units: Units; readonly money: Money },
): { average: Decimal; monetaryValue: number } {
  if (frequency === 0) return { average: ZERO, monetaryValue: 0 };
  if (ctx.includeFirst || firstEvents === 1) {
    const counted = ctx.includeFirst ? sum : addUnits(sum, negate(firstValue));
    let average: Decimal | undefined;
    if (frequency === 1)
      average =
        counted === total.units && counted !== 0
          ? total.money.amount
          : unitsToDecimal(counted, ctx.scale);
    else {
      // A mean that terminates within a few more places is written directly; others (1/3 …)
      // are rounded to 40 digits by decimal.js.
      if (typeof counted === 'number') average = exactQuotient(counted, ctx.scale, frequency);
      average ??= unitsToDecimal(counted, ctx.scale).div(frequency);
    }
    return { average, monetaryValue: unitsToNumber(counted, ctx.scale) / frequency };
  }
  // Several transactions on the first day, not merged: which one came first is unknown, so the
  // first purchase is taken at their mean value.
  const average = unitsToDecimal(sum, ctx.scale)
    .minus(unitsToDecimal(firstValue, ctx.scale).div(firstEvents))
    .div(frequency);
  return { average, monetaryValue: average.toNumber() };
}

function negate(units: Units): Units {
  return typeof units === 'number' ? -units || 0 : -units;
}

/** Internal: money from an exact decimal whose currency is already known to be valid. */
export function moneyOf(amount: Decimal, currency: string): Money {
  return Object.freeze({ amount, currency });
}

/** Internal: a day's date string, cached per run. */
export function dateOf(ctx: SummaryContext, day: number): IsoDate {
  let date = ctx.dates.get(day);
  if (date === undefined) {
    date = dateOfDayNumber(day);
    ctx.dates.set(day, date);
  }
  return date;
}
