import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import { requireVersionAt, validateVersions } from '../period';
import { KpiBonusPlan } from './KpiBonusPlan';

/**
 * The KPI bonus plan version in force on a date, picked as {@link scorecardAt} picks scorecards:
 * every version is parsed, the history is checked (at most one version in force on any day; a
 * version without `effectiveTo` runs until the next starts) and the one whose `effectiveFrom` is
 * the latest on or before the date is returned, unless its `effectiveTo` has passed.
 *
 * @param versions - the plan versions, in any order (one plan alone is fine)
 * @param date - a `YYYY-MM-DD` date, e.g. the last day of the period the bonus pays for
 * @returns the parsed plan in force
 * @throws CrmRulesError `INVALID_INPUT` (or the field's own code, e.g. `INVALID_AMOUNT`) for a
 * bad version (path in `['versions', i, …]`); `OVERLAPPING_VERSIONS` for a bad history; `INVALID_DATE` at `['date']`;
 * `NO_VERSION_IN_FORCE` at `['versions']` when none is in force
 * @example
 * ```ts
 * const v = (effectiveFrom: string, amount: string) => ({
 *   id: 'am-bonus', effectiveFrom, currency: 'CNY',
 *   target: { kind: 'amount', amount: { amount, currency: 'CNY' } },
 *   payoutCurve: { kind: 'linear', points: [{ x: '0', y: '0' }, { x: '100', y: '100' }] },
 * });
 * const plan = kpiBonusPlanAt([v('2026-07-01', '25000'), v('2026-01-01', '20000')], '2026-06-30');
 * plan.target.kind === 'amount' ? plan.target.amount.amount : null;
 * //=> '20000'
 * ```
 */
export function kpiBonusPlanAt(versions: unknown, date: string): KpiBonusPlan {
  const list = Array.isArray(versions) ? versions : [versions];
  if (list.length === 0)
    throw new CrmRulesError('NO_VERSION_IN_FORCE', 'no KPI bonus plan version is given', {
      path: ['versions'],
      value: date,
    });
  const parsed = list.map((version, i) =>
    parseWith(KpiBonusPlan, version, { path: ['versions', i] }),
  );
  validateVersions(parsed, ['versions']);
  return requireVersionAt(parsed, date, ['versions']);
}

/**
 * Like {@link kpiBonusPlanAt}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeKpiBonusPlanAt([], '2026-01-01').error?.code;
 * //=> 'NO_VERSION_IN_FORCE'
 * ```
 */
export function safeKpiBonusPlanAt(versions: unknown, date: string): SafeResult<KpiBonusPlan> {
  return attempt(() => kpiBonusPlanAt(versions, date));
}
