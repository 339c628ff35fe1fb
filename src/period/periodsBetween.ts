import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { requirePeriod } from './_lib/guards';
import { monthOfPeriod } from './checkPeriod';
import { GRAIN_MONTHS } from './Grain';
import { periodAtMonth } from './grid';
import type { Period } from './Period';

/**
 * The periods from `first` to `last`, both included, in date order: `2026-Q3` to `2027-Q1` is
 * three quarters.
 *
 * @param first - the first period
 * @param last - the last period, of the same grain and calendar
 * @returns the periods, `first` and `last` included
 * @throws CrmRulesError `INVALID_PERIOD` at `['last']` when the grains or calendars differ (or a
 * period is malformed); `INVALID_DATE_RANGE` at `['last']` when `last` is before `first`
 * @example
 * ```ts
 * periodsBetween(parsePeriod('2026-Q3'), parsePeriod('2027-Q1')).map((p) => p.label);
 * //=> ['2026-Q3', '2026-Q4', '2027-Q1']
 * ```
 */
export function periodsBetween(first: Period, last: Period): Period[] {
  requirePeriod(first, ['first']);
  requirePeriod(last, ['last']);
  const from = monthOfPeriod(first, ['first']);
  const to = monthOfPeriod(last, ['last']);
  if (
    first.grain !== last.grain ||
    first.fiscal?.startMonth !== last.fiscal?.startMonth ||
    first.fiscal?.naming !== last.fiscal?.naming
  )
    throw new CrmRulesError(
      'INVALID_PERIOD',
      `${last.label} is not of the same grain and calendar as ${first.label}`,
      { path: ['last'], value: last },
    );
  if (to < from)
    throw new CrmRulesError('INVALID_DATE_RANGE', `${last.label} is before ${first.label}`, {
      path: ['last'],
      value: last,
    });
  const periods: Period[] = [];
  for (let month = from; month <= to; month += GRAIN_MONTHS[first.grain])
    periods.push(periodAtMonth(first.grain, month, first.fiscal, ['first'], first));
  return periods;
}

/**
 * Like {@link periodsBetween}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safePeriodsBetween(null, null).success;
 * //=> false
 * ```
 */
export function safePeriodsBetween(first: Period, last: Period): SafeResult<Period[]> {
  return attempt(() => periodsBetween(first, last));
}
