import { attempt, type SafeResult } from '../errors';
import { pickVersion } from './_lib/run/policy/pickVersion';
import type { RiskPolicy, RiskPolicyInput } from './RiskPolicy';

/**
 * The risk policy version in force on `date`, from one version or a list (like plans and
 * scorecards): each version parsed with {@link RiskPolicy}, the ranges checked not to overlap,
 * then the version whose `effectiveFrom` ≤ `date` < `effectiveTo`.
 *
 * @param versions - one {@link RiskPolicy} version or a list of them (untrusted)
 * @param date - the ISO date the policy must be in force on
 * @returns the parsed version in force
 * @throws CrmRulesError `NO_VERSION_IN_FORCE` at `['versions']` when none is (or the list is
 * empty), `OVERLAPPING_VERSIONS`, `INVALID_DATE`, or a bad version at `['versions', i, …]` (`['versions', …]` for a single one)
 * @example
 * ```ts
 * const versions = [
 *   { effectiveFrom: '2025-01-01', effectiveTo: '2026-01-01', checks: { aging: { warnAfterDays: 60 } } },
 *   { effectiveFrom: '2026-01-01', checks: { aging: { warnAfterDays: 30 } } },
 * ];
 * [riskPolicyAt(versions, '2026-06-30').checks.aging?.warnAfterDays, safeRiskPolicyAt(versions, '2024-12-31').error?.code];
 * //=> [30, 'NO_VERSION_IN_FORCE']
 * ```
 */
export function riskPolicyAt(
  versions: RiskPolicyInput | readonly RiskPolicyInput[],
  date: string,
): RiskPolicy {
  return pickVersion(versions, date, ['versions']);
}

/**
 * Like {@link riskPolicyAt}, but returns `{ success, data | error }`; it never throws.
 *
 * @example
 * ```ts
 * safeRiskPolicyAt([], '2026-06-30').error?.code;
 * //=> 'NO_VERSION_IN_FORCE'
 * ```
 */
export function safeRiskPolicyAt(
  versions: RiskPolicyInput | readonly RiskPolicyInput[],
  date: string,
): SafeResult<RiskPolicy> {
  return attempt(() => riskPolicyAt(versions, date));
}
