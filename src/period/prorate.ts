import type { Decimal } from '../_lib/decimal';
import { CrmRulesError } from '../errors';
import { requireObject } from './_lib/guards';
import { overlap } from './_lib/overlap';
import { type DateRange, dateRange } from './DateRange';
import { daysInPeriod } from './daysInPeriod';
import { dayRatio } from './ratio';

/** The share of a period's days that a date range covers. */
export interface Proration {
  /** The days of the period inside the range. */
  readonly coveredDays: number;
  /** The days of the period. */
  readonly totalDays: number;
  /**
   * `coveredDays ÷ totalDays` as a decimal with 40 places: exact whenever the fraction
   * terminates (every ratio whose reduced denominator is 2ᵃ5ᵇ), else rounded half-up. For exact
   * arithmetic use the day counts.
   */
  readonly ratio: Decimal;
  /** The part of the range inside the period, or `null` when they share no day. */
  readonly covered: DateRange | null;
}

/**
 * The fraction of a period covered by a date range, by days: for a manager who joined on
 * 2026-02-15, the part of Q1 2026 they were in post.
 *
 * @param period - the period (or any non-empty `{ start, end }` range) to prorate
 * @param range - the covered range, end exclusive; it may reach outside the period
 * @returns the covered and total days, their ratio, and the covered part of the range
 * @throws CrmRulesError `INVALID_DATE` or `INVALID_DATE_RANGE` for a malformed or reversed range
 * (path `['range', …]`) or an empty or reversed period (`['period', …]`); `INVALID_INPUT` when
 * either is not an object
 * @example
 * ```ts
 * const share = prorate(parsePeriod('2026-Q1'), { start: '2026-02-15', end: '2026-12-31' });
 * [share.coveredDays, share.totalDays, share.ratio.toFixed(4)];
 * //=> [45, 90, '0.5000']
 * ```
 */
export function prorate(
  period: { readonly start: string; readonly end: string },
  range: { readonly start: string; readonly end: string },
): Proration {
  const whole = checkedPeriod(period);
  requireObject(range, ['range'], 'a { start, end } range');
  const part = dateRange(range.start, range.end, ['range']);
  const totalDays = daysInPeriod(whole);
  const covered = overlap(whole, part);
  const coveredDays = covered === null ? 0 : daysInPeriod(covered);
  return { coveredDays, totalDays, ratio: dayRatio(coveredDays, totalDays), covered };
}

/** Internal: a period to prorate, checked to be a valid range with at least one day. */
export function checkedPeriod(period: { readonly start: string; readonly end: string }): DateRange {
  requireObject(period, ['period'], 'a period or a { start, end } range');
  const whole = dateRange(period.start, period.end, ['period']);
  if (whole.start === whole.end)
    throw new CrmRulesError('INVALID_DATE_RANGE', 'cannot prorate over an empty period', {
      path: ['period', 'end'],
      value: { start: period.start, end: period.end },
    });
  return whole;
}
