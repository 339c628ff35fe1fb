import { CrmRulesError, type ErrorPath } from '../../../errors';
import { Decimal, type MoneyJson } from '../../../money';
import type { LimitSource } from '../../ExposureIndex';
import type { CreditPolicy } from '../../policies';
import type { BaseRates } from './baseRates';

/** What the limit lookup reads of a customer master record. */
export interface LimitHolder {
  readonly groupId?: string | undefined;
  readonly creditLimit?: MoneyJson | undefined;
  readonly insuredLimit?: MoneyJson | undefined;
}

/** A resolved limit in the base currency. */
export interface ResolvedLimit {
  readonly source: LimitSource;
  readonly own: Decimal;
  readonly insured: Decimal;
}

const ZERO = new Decimal(0);

/**
 * The limit lookup customer → group → default: the customer's `creditLimit`, else the policy's
 * `groupLimits[groupId]`, else `defaultLimit`; `MISSING_CREDIT_LIMIT` at `missingPath` when none
 * applies. `path` is the holder's (its limits' currencies are read under it).
 * The insured limit (the customer's `insuredLimit`) counts only when `insuredLimitAdds`.
 */
export function resolveLimit(
  holder: LimitHolder | undefined,
  policy: CreditPolicy,
  rates: BaseRates,
  path: ErrorPath,
  missingPath: ErrorPath = [...path, 'creditLimit'],
): ResolvedLimit {
  const insured =
    policy.insuredLimitAdds && holder?.insuredLimit !== undefined
      ? valued(holder.insuredLimit, rates, [...path, 'insuredLimit'])
      : ZERO;
  if (holder?.creditLimit !== undefined)
    return {
      source: 'customer',
      own: valued(holder.creditLimit, rates, [...path, 'creditLimit']),
      insured,
    };
  const groups = policy.groupLimits;
  const groupId = holder?.groupId;
  if (groupId !== undefined && groups !== undefined && Object.hasOwn(groups, groupId)) {
    const limit = groups[groupId] as MoneyJson;
    return {
      source: 'group',
      own: valued(limit, rates, ['policy', 'groupLimits', groupId]),
      insured,
    };
  }
  if (policy.defaultLimit !== undefined)
    return {
      source: 'default',
      own: valued(policy.defaultLimit, rates, ['policy', 'defaultLimit']),
      insured,
    };
  throw new CrmRulesError(
    'MISSING_CREDIT_LIMIT',
    'no credit limit: the customer has none, its group has none in the policy, and the policy has no defaultLimit',
    { path: missingPath, value: holder?.groupId ?? null },
  );
}

function valued(limit: MoneyJson, rates: BaseRates, path: ErrorPath): Decimal {
  return rates.toBase(new Decimal(limit.amount), limit.currency, [...path, 'currency']);
}
