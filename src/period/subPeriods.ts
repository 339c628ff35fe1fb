import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { requireString } from '../errors/_lib/argumentGuards';
import { requirePeriod } from './_lib/guards';
import { monthOfPeriod } from './checkPeriod';
import { periodsOverlapping } from './eachPeriod';
import { GRAIN_MONTHS, type Grain } from './Grain';
import { grainMonths } from './grid';
import type { Period } from './Period';

/**
 * The periods of a finer (or the same) grain that make up a period, in date order: the months of
 * a quarter, the quarters of a fiscal year. They follow the period's calendar and partition its
 * days exactly.
 *
 * @param period - the period to split
 * @param grain - the grain of the parts, no coarser than the period's
 * @returns the parts (3 months for a quarter, 4 quarters for a year, the period itself for its
 * own grain)
 * @throws CrmRulesError `INVALID_PERIOD` at `['grain']` for a coarser grain, or for a malformed
 * period; `INVALID_INPUT` for an unknown grain
 * @example
 * ```ts
 * subPeriods(parsePeriod('FY2027', { startMonth: 4 }), 'quarter').map((p) => p.start);
 * //=> ['2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01']
 * ```
 */
export function subPeriods(period: Period, grain: Grain): Period[] {
  requirePeriod(period, ['period']);
  requireString(grain, 'grain');
  const months = grainMonths(grain, ['grain']);
  monthOfPeriod(period, ['period']);
  if (months > GRAIN_MONTHS[period.grain])
    throw new CrmRulesError('INVALID_PERIOD', `a ${period.grain} cannot be split into ${grain}s`, {
      path: ['grain'],
      value: grain,
    });
  return periodsOverlapping(period, grain, period.fiscal);
}

/**
 * Like {@link subPeriods}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeSubPeriods(null, null).success;
 * //=> false
 * ```
 */
export function safeSubPeriods(period: Period, grain: Grain): SafeResult<Period[]> {
  return attempt(() => subPeriods(period, grain));
}
