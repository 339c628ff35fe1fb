import { attempt, CrmRulesError, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import { allocate, type DecimalInput, type Money } from '../money';
import { renameHead, withPaths } from './_lib/errorPaths';
import { requireNonNegativeTarget } from './_lib/requireTarget';
import { byCodeUnits } from './_lib/scoreEntries';
import { splitSteps } from './_lib/targets/splitSteps';

/**
 * Cascades a team target to its members by share, exactly: the members' targets add up to the
 * team's. Shares are proportions (they need not add up to 100). The split is `allocate`'s
 * largest-remainder method over the member ids in code-unit order, so a leftover minor unit goes
 * to the member with the largest remainder, ties to the smaller id — never to whoever happened
 * to come first in the object.
 *
 * @param teamTarget - the team's target, non-negative, a whole number of minor units
 * @param shares - each member's share by member id, non-negative, at least one above zero
 * @returns each member's target by member id (keys in code-unit order)
 * @throws CrmRulesError `INVALID_AMOUNT` at `['teamTarget']` for a negative target;
 * `INVALID_ALLOCATION` at `['shares']` for no members or all-zero shares and at
 * `['shares', id]` for a negative share; `INVALID_INPUT` at `['shares']` when it is not an object
 * @example
 * ```ts
 * const targets = cascadeTarget(money('100', 'USD'), { wang: '1', li: '1', zhao: '1' });
 * Object.entries(targets).map(([id, t]) => [id, t.amount.toFixed(2)]);
 * //=> [['li', '33.34'], ['wang', '33.33'], ['zhao', '33.33']]
 * ```
 */
export function cascadeTarget(
  teamTarget: Money,
  shares: Readonly<Record<string, DecimalInput>>,
): Record<string, Money> {
  requireNonNegativeTarget(teamTarget, ['teamTarget']);
  if (typeof shares !== 'object' || shares === null || Array.isArray(shares))
    throw new CrmRulesError('INVALID_INPUT', 'expected shares by member id', {
      path: ['shares'],
      value: shares,
    });
  const ids = Object.keys(shares).sort(byCodeUnits);
  const parts = withPaths(
    () =>
      allocate(
        teamTarget,
        ids.map((id) => shares[id] as DecimalInput),
      ),
    (path) =>
      path[0] === 'ratios' && typeof path[1] === 'number'
        ? ['shares', ids[path[1]] as string, ...path.slice(2)]
        : renameHead({ value: ['teamTarget'], amount: ['teamTarget'], ratios: ['shares'] })(path),
  );
  return Object.fromEntries(ids.map((id, i) => [id, parts[i] as Money]));
}

/**
 * Like {@link cascadeTarget}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeCascadeTarget(money('100', 'USD'), { li: '-1' }).error?.path;
 * //=> ['shares', 'li']
 * ```
 */
export function safeCascadeTarget(
  teamTarget: Money,
  shares: Readonly<Record<string, DecimalInput>>,
): SafeResult<Record<string, Money>> {
  return attempt(() => cascadeTarget(teamTarget, shares));
}

/** A cascaded team target with the steps that explain it. */
export interface ExplainedCascade {
  /** Each member's target by member id (as {@link cascadeTarget}). */
  readonly targets: Record<string, Money>;
  /** `kpi.target.cascade`, then one `kpi.target.cascade.part[.remainder]` step per member. */
  readonly trace: TraceStep[];
}

/**
 * {@link cascadeTarget} with its trace: each member's `team target × share ÷ Σ shares`, and the
 * minor unit a member got from the largest remainder, in member-id (code-unit) order.
 *
 * @param teamTarget - the team's target, non-negative, a whole number of minor units
 * @param shares - each member's share by member id, non-negative, at least one above zero
 * @returns the targets and their trace
 * @throws CrmRulesError as {@link cascadeTarget}
 * @example
 * ```ts
 * explainCascadeTarget(money('100', 'USD'), { wang: '1', li: '1', zhao: '1' }).trace[1];
 * //=> { code: 'kpi.target.cascade.part.remainder', params: { part: 'li', whole: '100.00', weight: '1', totalWeight: '3', amount: '33.34', currency: 'USD', floor: '33.33', extra: '0.01' } }
 * ```
 */
export function explainCascadeTarget(
  teamTarget: Money,
  shares: Readonly<Record<string, DecimalInput>>,
): ExplainedCascade {
  const targets = cascadeTarget(teamTarget, shares);
  const ids = Object.keys(targets);
  const trace = splitSteps(
    'kpi.target.cascade',
    teamTarget,
    ids.map((id) => shares[id] as DecimalInput),
    ids.map((id) => targets[id] as Money),
    ids,
  );
  return { targets, trace };
}

/**
 * Like {@link explainCascadeTarget}, but returns `{ success, data | error }` instead of throwing;
 * it never throws.
 *
 * @example
 * ```ts
 * safeExplainCascadeTarget(money('100', 'USD'), { li: '-1' }).error?.path;
 * //=> ['shares', 'li']
 * ```
 */
export function safeExplainCascadeTarget(
  teamTarget: Money,
  shares: Readonly<Record<string, DecimalInput>>,
): SafeResult<ExplainedCascade> {
  return attempt(() => explainCascadeTarget(teamTarget, shares));
}
