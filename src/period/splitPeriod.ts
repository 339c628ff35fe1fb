import type { Decimal } from '../_lib/decimal';
import { CrmRulesError } from '../errors';
import { requireObject } from './_lib/guards';
import { overlap } from './_lib/overlap';
import { dateRange } from './DateRange';
import { daysInPeriod } from './daysInPeriod';
import { checkedPeriod, type Proration } from './prorate';
import { allocateRatios } from './ratio';

/** A period split among ranges by days (see {@link splitPeriod}). */
export interface PeriodSplit {
  /** The days of the period. */
  readonly totalDays: number;
  /** One share per range, in the order given. */
  readonly parts: Proration[];
  /** The days of the period no range covers. */
  readonly uncoveredDays: number;
  /** `uncoveredDays ÷ totalDays`; with the parts' ratios it adds up to exactly 1. */
  readonly uncoveredRatio: Decimal;
}

/**
 * Splits a period among non-overlapping date ranges by days — the part of a quarter each of two
 * managers held an account, or the months a target applied before and after a change. Each
 * part's ratio is its exact share at 40 decimal places; the last unit of rounding goes by largest
 * remainder so that the parts' ratios plus `uncoveredRatio` add up to exactly 1.
 *
 * @param period - the period (or any non-empty `{ start, end }` range) to split
 * @param ranges - the ranges, end exclusive; they may reach outside the period but must not
 * share a day with each other
 * @returns the share of each range, and what is left uncovered
 * @throws CrmRulesError `INVALID_DATE` or `INVALID_DATE_RANGE` for a malformed or reversed range
 * (path `['ranges', i, …]`); `INVALID_DATE_RANGE` at `['ranges', j]` when range `j` overlaps an
 * earlier one; `INVALID_DATE_RANGE` for an empty period; `INVALID_INPUT` when `ranges` is not
 * an array of objects
 * @example
 * ```ts
 * const split = splitPeriod(parsePeriod('2026-Q1'), [
 *   { start: '2025-11-01', end: '2026-02-15' },
 *   { start: '2026-02-15', end: '2026-06-01' },
 * ]);
 * split.parts.map((part) => [part.coveredDays, part.ratio.toFixed(2)]);
 * //=> [[45, '0.50'], [45, '0.50']]
 * ```
 */
export function splitPeriod(
  period: { readonly start: string; readonly end: string },
  ranges: ReadonlyArray<{ readonly start: string; readonly end: string }>,
): PeriodSplit {
  const whole = checkedPeriod(period);
  const totalDays = daysInPeriod(whole);
  if (!Array.isArray(ranges))
    throw new CrmRulesError('INVALID_INPUT', 'expected an array of { start, end } ranges', {
      path: ['ranges'],
      value: ranges,
    });
  const checked = ranges.map((range, index) => {
    requireObject(range, ['ranges', index], 'a { start, end } range');
    return dateRange(range.start, range.end, ['ranges', index]);
  });
  const order = checked
    .map((range, index) => ({ range, index }))
    .filter(({ range }) => range.start < range.end)
    .sort((a, b) =>
      a.range.start === b.range.start ? a.index - b.index : a.range.start < b.range.start ? -1 : 1,
    );
  for (let i = 1; i < order.length; i += 1) {
    const before = order[i - 1] as (typeof order)[number];
    const after = order[i] as (typeof order)[number];
    if (after.range.start < before.range.end) {
      const [earlier, later] = before.index < after.index ? [before, after] : [after, before];
      throw new CrmRulesError(
        'INVALID_DATE_RANGE',
        `range ${later.index} overlaps range ${earlier.index}; a split needs disjoint ranges`,
        { path: ['ranges', later.index], value: ranges[later.index] },
      );
    }
  }
  const covered = checked.map((range) => overlap(whole, range));
  const days = covered.map((part) => (part === null ? 0 : daysInPeriod(part)));
  const uncoveredDays = totalDays - days.reduce((sum, count) => sum + count, 0);
  const ratios = allocateRatios([...days, uncoveredDays], totalDays);
  return {
    totalDays,
    parts: days.map((coveredDays, index) => ({
      coveredDays,
      totalDays,
      ratio: ratios[index] as Decimal,
      covered: covered[index] ?? null,
    })),
    uncoveredDays,
    uncoveredRatio: ratios[days.length] as Decimal,
  };
}
