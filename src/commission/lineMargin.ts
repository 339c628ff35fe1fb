import { attempt, type SafeResult } from '../errors';
import { type Money, max, subtract, zero } from '../money';
import { requireMoney } from '../money/_lib/guards';

/**
 * The margin base of a credit line: its amount less its cost, floored at 0 unless the plan says
 * `marginFloor: 'none'`. A reversal (negative amount and cost) is floored at 0 from below the
 * same way, so a loss-making line never claws back more than it paid.
 *
 * @param amount - the line's amount (negative for a reversal)
 * @param cost - the cost of the credited quantity, same currency and sign
 * @param floor - `zero` (default) or `none`
 * @returns the margin
 * @throws CrmRulesError `CURRENCY_MISMATCH` when the currencies differ
 * @example
 * ```ts
 * [lineMargin(money('1000', 'USD'), money('700', 'USD')), lineMargin(money('1000', 'USD'), money('1200', 'USD'))]
 *   .map((m) => m.amount.toFixed());
 * //=> ['300', '0']
 * ```
 */
export function lineMargin(amount: Money, cost: Money, floor: 'zero' | 'none' = 'zero'): Money {
  requireMoney(amount, ['amount']);
  requireMoney(cost, ['cost']);
  const margin = subtract(amount, cost);
  if (floor === 'none') return margin;
  if (amount.amount.lt(0)) return margin.amount.gt(0) ? zero(amount.currency) : margin;
  return max(margin, zero(amount.currency));
}

/**
 * Like {@link lineMargin}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeLineMargin(null, null).success;
 * //=> false
 * ```
 */
export function safeLineMargin(
  amount: Money,
  cost: Money,
  floor: 'zero' | 'none' = 'zero',
): SafeResult<Money> {
  return attempt(() => lineMargin(amount, cost, floor));
}
