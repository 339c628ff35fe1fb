import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import { requireVersionAt, validateVersions } from '../period';
import { Scorecard } from './Scorecard';

/**
 * The scorecard version in force on a date, as grade policies and point rules pick theirs: every
 * version is parsed, the history is checked (at most one version in force on any day; a version
 * without `effectiveTo` runs until the next starts) and the one whose `effectiveFrom` is the
 * latest on or before the date is returned, unless its `effectiveTo` has passed.
 *
 * @param versions - the scorecard versions, in any order (one scorecard alone is fine)
 * @param date - a `YYYY-MM-DD` date, e.g. the last day of the period scored
 * @returns the parsed scorecard in force
 * @throws CrmRulesError `WEIGHTS_NOT_100` or `INVALID_INPUT` for a bad version (path in
 * `['versions', i, …]`); `OVERLAPPING_VERSIONS` or `INVALID_DATE_RANGE` for a bad history;
 * `INVALID_DATE` at `['date']`; `NO_VERSION_IN_FORCE` at `['versions']` when none is in force
 * @example
 * ```ts
 * const v = (effectiveFrom: string, weight: string) => ({
 *   id: 'am', effectiveFrom, scale: { min: '0', max: '5' }, combine: 'weighted-sum',
 *   kpis: [
 *     { id: 'sales', metric: 'sales_amount', weight, curve: { kind: 'ratio', direction: 'higher-is-better' } },
 *     { id: 'csat', metric: 'csat', weight: String(100 - Number(weight)), curve: { kind: 'ratio', direction: 'higher-is-better' } },
 *   ],
 * });
 * scorecardAt([v('2026-01-01', '60'), v('2026-07-01', '50')], '2026-06-30').kpis[0]?.weight;
 * //=> '60'
 * ```
 */
export function scorecardAt(versions: unknown, date: string): Scorecard {
  const list = Array.isArray(versions) ? versions : [versions];
  if (list.length === 0)
    throw new CrmRulesError('NO_VERSION_IN_FORCE', 'no scorecard version is given', {
      path: ['versions'],
      value: date,
    });
  const parsed = list.map((version, i) => parseWith(Scorecard, version, { path: ['versions', i] }));
  validateVersions(parsed, ['versions']);
  return requireVersionAt(parsed, date, ['versions']);
}

/**
 * Like {@link scorecardAt}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeScorecardAt([], '2026-01-01').error?.code;
 * //=> 'NO_VERSION_IN_FORCE'
 * ```
 */
export function safeScorecardAt(versions: unknown, date: string): SafeResult<Scorecard> {
  return attempt(() => scorecardAt(versions, date));
}
