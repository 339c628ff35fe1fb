import { requireMoney } from './_lib/guards';
import { assertSameCurrency, type Money } from './Money';

/**
 * Orders two amounts of one currency: −1, 0 or 1.
 *
 * @throws CrmRulesError `CURRENCY_MISMATCH`
 * @example
 * ```ts
 * compare(money('2', 'USD'), money('10', 'USD'));
 * //=> -1
 * ```
 */
export function compare(left: Money, right: Money): -1 | 0 | 1 {
  assertSameCurrency(left, right);
  return left.amount.cmp(right.amount) as -1 | 0 | 1;
}

/**
 * True when both values have the same currency and the same amount (`1.5` equals `1.50`).
 *
 * @example
 * ```ts
 * equals(money('1.5', 'USD'), money('1.50', 'USD'));
 * //=> true
 * ```
 */
export function equals(left: Money, right: Money): boolean {
  requireMoney(left, ['left']);
  requireMoney(right, ['right']);
  return left.currency === right.currency && left.amount.eq(right.amount);
}

/**
 * True for a zero amount.
 *
 * @example
 * ```ts
 * isZero(money('0.00', 'USD'));
 * //=> true
 * ```
 */
export function isZero(value: Money): boolean {
  requireMoney(value, ['value']);
  return value.amount.isZero();
}

/**
 * True for an amount below zero.
 *
 * @example
 * ```ts
 * isNegative(money('-0.01', 'USD'));
 * //=> true
 * ```
 */
export function isNegative(value: Money): boolean {
  requireMoney(value, ['value']);
  return value.amount.lt(0);
}

/**
 * True for an amount above zero.
 *
 * @example
 * ```ts
 * isPositive(money('0', 'USD'));
 * //=> false
 * ```
 */
export function isPositive(value: Money): boolean {
  requireMoney(value, ['value']);
  return value.amount.gt(0);
}

/**
 * The smaller of two amounts of one currency.
 *
 * @throws CrmRulesError `CURRENCY_MISMATCH`
 * @example
 * ```ts
 * min(money('3', 'USD'), money('2', 'USD')).amount.toString();
 * //=> '2'
 * ```
 */
export function min(left: Money, right: Money): Money {
  return compare(left, right) <= 0 ? left : right;
}

/**
 * The larger of two amounts of one currency.
 *
 * @throws CrmRulesError `CURRENCY_MISMATCH`
 * @example
 * ```ts
 * max(money('3', 'USD'), money('2', 'USD')).amount.toString();
 * //=> '3'
 * ```
 */
export function max(left: Money, right: Money): Money {
  return compare(left, right) >= 0 ? left : right;
}
