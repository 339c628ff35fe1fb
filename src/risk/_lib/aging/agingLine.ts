import { Decimal, minorUnits } from '../../../money';
import { unitsToText } from '../../../money/_lib/scaled/units';
import { decimalOfUnits, quotient } from '../../../money/decimalWords';
import type { AgingBucket, AgingLine, OldestOpenItem } from '../../AgingReport';
import { amountText, percentText } from '../findings/amountText';
import type { AgingTally } from './AgingTally';

const LIMIT = Number.MAX_SAFE_INTEGER;

/** The sums of a line: its buckets, open, overdue and credit sales. */
interface Sums<T> {
  readonly buckets: T[];
  readonly open: T;
  readonly overdue: T;
  readonly creditSales: T;
}

/** A line's figures as text (all but its id, ranges and oldest item). */
type Figures = Omit<AgingLine, 'id' | 'buckets' | 'oldest'> & { readonly amounts: string[] };

/**
 * `numerator ÷ denominator ÷ 100` rounded half up to 2 places, as text — what decimal.js gives
 * for the same quotient (its 40-digit division cannot move a quotient of integers below 2^53 onto
 * or across a half of the last place) — or `undefined` outside the integer path (a negative
 * numerator, a denominator ≤ 0, a numerator past 2^53 − 1).
 */
function halfUpHundredths(numerator: number, denominator: number): string | undefined {
  if (!(numerator >= 0 && numerator <= LIMIT && denominator > 0)) return undefined;
  let q = quotient(numerator, denominator);
  if (2 * (numerator - q * denominator) >= denominator) q += 1;
  return unitsToText(q, 2);
}

/**
 * The figures from decimal sums. DSO = open receivables ÷ credit sales × days (the standard
 * formula); best possible DSO = current receivables ÷ credit sales × days; both rounded half up
 * to 2 places, `null` without credit sales.
 */
function decimalFigures(sums: Sums<Decimal>, currency: string, dsoDays: number): Figures {
  const money = (amount: Decimal) => amountText(amount, currency);
  const days = (part: Decimal) =>
    sums.creditSales.isZero()
      ? null
      : part
          .times(dsoDays)
          .div(sums.creditSales)
          .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
          .toFixed(2);
  const current = sums.buckets[0] as Decimal;
  return {
    amounts: sums.buckets.map(money),
    open: money(sums.open),
    current: money(current),
    overdue: money(sums.overdue),
    overdueSharePercent: percentText(sums.overdue, sums.open),
    creditSales: money(sums.creditSales),
    dso: days(sums.open),
    bestPossibleDso: days(current),
  };
}

/**
 * The same figures from sums in whole minor units (`places`), with integer arithmetic where it
 * is exact and {@link decimalFigures}' formulas elsewhere: the same text either way.
 */
function unitFigures(units: Sums<number>, places: number, currency: string, dsoDays: number) {
  const exact = (u: number) => decimalOfUnits(u, places);
  const text = (u: number) => unitsToText(u, places);
  const slow = () =>
    decimalFigures(
      {
        buckets: units.buckets.map(exact),
        open: exact(units.open),
        overdue: exact(units.overdue),
        creditSales: exact(units.creditSales),
      },
      currency,
      dsoDays,
    );
  const current = units.buckets[0] as number;
  const share = units.open === 0 ? null : halfUpHundredths(units.overdue * 10_000, units.open);
  const days = (part: number) =>
    units.creditSales === 0 ? null : halfUpHundredths(part * dsoDays * 100, units.creditSales);
  const dso = days(units.open);
  const best = days(current);
  if (share === undefined || dso === undefined || best === undefined) return slow();
  const amounts = units.buckets.map(text);
  return {
    amounts,
    open: text(units.open),
    current: amounts[0] as string,
    overdue: text(units.overdue),
    overdueSharePercent: share,
    creditSales: text(units.creditSales),
    dso,
    bestPossibleDso: best,
  };
}

/** Line `slot` of a tally: its sums in whole minor units, or `undefined` if one is not whole. */
function unitSums(tally: AgingTally, slot: number): Sums<number> | undefined {
  const buckets: number[] = [];
  for (let b = 0; b < tally.bucketCount; b += 1) {
    const units = tally.sums.whole(tally.cell(slot, b));
    if (units === undefined) return undefined;
    buckets.push(units);
  }
  const open = tally.sums.whole(tally.cell(slot, 'open'));
  const overdue = tally.sums.whole(tally.cell(slot, 'overdue'));
  const creditSales = tally.sums.whole(tally.cell(slot, 'sales'));
  if (open === undefined || overdue === undefined || creditSales === undefined) return undefined;
  return { buckets, open, overdue, creditSales };
}

/** A bucket's range, and its bucket with nothing in it (one frozen object shared by every line). */
export interface BucketRange extends Omit<AgingBucket, 'amount'> {
  readonly empty: AgingBucket;
}

/** The ranges with their empty buckets, whose amount is 0 written in `currency`. */
export function withEmptyBuckets(
  ranges: readonly Omit<AgingBucket, 'amount'>[],
  currency: string,
): BucketRange[] {
  const zero = amountText(new Decimal(0), currency);
  return ranges.map((range) => ({ ...range, empty: Object.freeze({ ...range, amount: zero }) }));
}

/** Line `slot` of a tally as an aging line (see {@link decimalFigures} for DSO). */
export function agingLine(
  tally: AgingTally,
  slot: number,
  ranges: readonly BucketRange[],
  context: { currency: string; dsoDays: number },
): AgingLine {
  const { currency, dsoDays } = context;
  const places = minorUnits(currency);
  const units = unitSums(tally, slot);
  const value = (cell: number) => tally.sums.value(cell, places);
  const figures =
    units === undefined
      ? decimalFigures(
          {
            buckets: ranges.map((_, b) => value(tally.cell(slot, b))),
            open: value(tally.cell(slot, 'open')),
            overdue: value(tally.cell(slot, 'overdue')),
            creditSales: value(tally.cell(slot, 'sales')),
          },
          currency,
          dsoDays,
        )
      : unitFigures(units, places, currency, dsoDays);
  const amounts = figures.amounts;
  return {
    id: tally.ids[slot] as string,
    open: figures.open,
    current: figures.current,
    overdue: figures.overdue,
    overdueSharePercent: figures.overdueSharePercent,
    // Written out, not spread: this runs once per bucket of every customer. An empty bucket is
    // the range's shared one: most customers have nothing in most buckets.
    buckets: ranges.map((range, i) => {
      const amount = amounts[i] as string;
      return amount === range.empty.amount
        ? range.empty
        : { label: range.label, fromDays: range.fromDays, toDays: range.toDays, amount };
    }),
    oldest: oldestOf(tally, slot, currency, places),
    creditSales: figures.creditSales,
    dso: figures.dso,
    bestPossibleDso: figures.bestPossibleDso,
  };
}

/** Line `slot`'s oldest open item, `null` for none. */
function oldestOf(
  tally: AgingTally,
  slot: number,
  currency: string,
  places: number,
): OldestOpenItem | null {
  const at = tally.oldest[slot] as number;
  if (at < 0) return null;
  const source = tally.source;
  const units = source.itemUnits[at] as number;
  return {
    invoiceId: source.invoiceId(at),
    customerId: source.customerIds[source.itemCustomer[at] as number] as string,
    dueDate: source.dueDate(at),
    daysPastDue: tally.oldestDays[slot] as number,
    // Whole minor units are the amount itself: written from the integer.
    open: Number.isNaN(units)
      ? amountText(source.itemOpen(at), currency)
      : unitsToText(units, places),
  };
}
