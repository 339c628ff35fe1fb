import type { ErrorPath } from '../../../../errors';
import type { Customer } from '../../../../model';
import type { CustomerExposure, ExposureIndex } from '../../../ExposureIndex';
import type { CreditPolicy } from '../../../policies';
import type { BaseRates } from '../../exposure/baseRates';
import { resolveLimit } from '../../exposure/resolveLimit';

const SAME = new WeakMap<CreditPolicy, boolean>();

/** Whether a customer's credit policy looks limits up as the index's base policy does. */
function sameLimits(policy: CreditPolicy, base: CreditPolicy): boolean {
  if (policy === base) return true;
  let same = SAME.get(policy);
  if (same === undefined) {
    same =
      JSON.stringify([policy.defaultLimit, policy.groupLimits]) ===
      JSON.stringify([base.defaultLimit, base.groupLimits]);
    SAME.set(policy, same);
  }
  return same;
}

/**
 * Internal: a customer's position with the limit its own credit section looks up — customer →
 * group → default, with the `groupLimits` and `defaultLimit` of the layers that apply to it —
 * when those differ from the base section the index was built with; else the position as is.
 * The limits are valued at the index's rates (`rates`); `MISSING_CREDIT_LIMIT` at `path()` (the
 * customer's record) when none applies.
 */
export function layeredLimit(
  position: CustomerExposure,
  policy: CreditPolicy,
  index: ExposureIndex,
  holder: Customer | undefined,
  context: { rates: BaseRates; path: () => ErrorPath },
): CustomerExposure {
  if (sameLimits(policy, index.policy)) return position;
  const limit = resolveLimit(
    holder ?? { groupId: position.groupId },
    policy,
    context.rates,
    context.path(),
  );
  return {
    ...position,
    limitSource: limit.source,
    ownLimit: limit.own,
    insuredLimit: limit.insured,
  };
}
