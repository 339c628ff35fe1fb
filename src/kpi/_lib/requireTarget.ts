import { CrmRulesError, type ErrorPath } from '../../errors';
import { isMoney, type Money } from '../../money';

/** Refuses a negative target (a target is an amount to reach, never a debt). */
export function requireNonNegativeTarget(target: Money, path: ErrorPath): void {
  if (isMoney(target) && target.amount.isNegative() && !target.amount.isZero())
    throw new CrmRulesError('INVALID_AMOUNT', 'a target must not be negative', {
      path,
      value: target.amount.toString(),
    });
}
