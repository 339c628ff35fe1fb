import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { requirePeriod } from './_lib/guards';
import { monthOfPeriod } from './checkPeriod';
import { GRAIN_MONTHS } from './Grain';
import { periodAtMonth } from './grid';
import type { Period } from './Period';

/**
 * The period `n` periods of the same grain and calendar after (`n > 0`) or before (`n < 0`)
 * another. Stepping past the last quarter of a year gives the first quarter of the next.
 *
 * @param period - the period to start from
 * @param n - how many periods to move, a whole number
 * @returns the period `n` steps away
 * @throws CrmRulesError `INVALID_INPUT` when `n` is not a safe integer (path `['n']`);
 * `INVALID_PERIOD` for a malformed period or a result outside 0000-01-01 … 9999-12-01
 * @example
 * ```ts
 * shiftPeriod(parsePeriod('2026-Q3'), 6).label;
 * //=> '2028-Q1'
 * ```
 */
export function shiftPeriod(period: Period, n: number): Period {
  if (!Number.isSafeInteger(n))
    throw new CrmRulesError('INVALID_INPUT', 'the number of periods to shift must be an integer', {
      path: ['n'],
      value: n,
    });
  const month = monthOfPeriod(period, ['period']);
  return periodAtMonth(
    period.grain,
    month + n * GRAIN_MONTHS[period.grain],
    period.fiscal,
    ['period'],
    period,
  );
}

/**
 * Like {@link shiftPeriod}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeShiftPeriod(null, null).success;
 * //=> false
 * ```
 */
export function safeShiftPeriod(period: Period, n: number): SafeResult<Period> {
  return attempt(() => shiftPeriod(period, n));
}

/**
 * The period right after another, of the same grain and calendar.
 *
 * @param period - the period
 * @returns the next period; its start is `period.end`
 * @throws CrmRulesError `INVALID_PERIOD` for a malformed period or one ending 9999-12-01
 * @example
 * ```ts
 * nextPeriod(parsePeriod('2026-Q4')).label;
 * //=> '2027-Q1'
 * ```
 */
export function nextPeriod(period: Period): Period {
  requirePeriod(period, ['period']);
  return shiftPeriod(period, 1);
}

/**
 * Like {@link nextPeriod}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeNextPeriod(null).success;
 * //=> false
 * ```
 */
export function safeNextPeriod(period: Period): SafeResult<Period> {
  return attempt(() => nextPeriod(period));
}

/**
 * The period right before another, of the same grain and calendar.
 *
 * @param period - the period
 * @returns the previous period; its end is `period.start`
 * @throws CrmRulesError `INVALID_PERIOD` for a malformed period or one starting 0000-01-01
 * @example
 * ```ts
 * previousPeriod(parsePeriod('FY2027', { startMonth: 4 })).start;
 * //=> '2025-04-01'
 * ```
 */
export function previousPeriod(period: Period): Period {
  requirePeriod(period, ['period']);
  return shiftPeriod(period, -1);
}

/**
 * Like {@link previousPeriod}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safePreviousPeriod(null).success;
 * //=> false
 * ```
 */
export function safePreviousPeriod(period: Period): SafeResult<Period> {
  return attempt(() => previousPeriod(period));
}
