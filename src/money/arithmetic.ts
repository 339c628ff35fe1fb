import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../errors';
import { requireIterable, requirePath } from '../errors/_lib/argumentGuards';
import { requireMoney } from './_lib/moneyGuards';
import { minorUnits } from './currencies';
import { Decimal, type DecimalInput, toDecimal } from './decimal';
import { assertSameCurrency, type Money, unsafeMoney } from './Money';

/**
 * The sum of two amounts of the same currency, exact.
 *
 * @throws CrmRulesError `CURRENCY_MISMATCH`
 * @example
 * ```ts
 * toMoneyJson(add(money('0.1', 'USD'), money('0.2', 'USD')));
 * //=> { amount: '0.30', currency: 'USD' }
 * ```
 */
export function add(left: Money, right: Money): Money {
  requireMoney(left, 'left');
  requireMoney(right, 'right');
  return unsafeMoney(left.amount.plus(right.amount), assertSameCurrency(left, right));
}

/**
 * Like {@link add}, but returns `{ success, data | error }` instead of throwing; it never throws.
 *
 * @example
 * ```ts
 * safeAdd(null, null).success;
 * //=> false
 * ```
 */
export function safeAdd(left: Money, right: Money): SafeResult<Money> {
  return attempt(() => add(left, right));
}

/**
 * `left − right`, exact.
 *
 * @throws CrmRulesError `CURRENCY_MISMATCH`
 * @example
 * ```ts
 * toMoneyJson(subtract(money('1000', 'CNY'), money('200', 'CNY')));
 * //=> { amount: '800.00', currency: 'CNY' }
 * ```
 */
export function subtract(left: Money, right: Money): Money {
  requireMoney(left, 'left');
  requireMoney(right, 'right');
  return unsafeMoney(left.amount.minus(right.amount), assertSameCurrency(left, right));
}

/**
 * Like {@link subtract}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeSubtract(null, null).success;
 * //=> false
 * ```
 */
export function safeSubtract(left: Money, right: Money): SafeResult<Money> {
  return attempt(() => subtract(left, right));
}

/**
 * Multiplies by a decimal factor (a rate, a share, a quantity). The result keeps full precision.
 *
 * @throws CrmRulesError `INVALID_AMOUNT` when the factor is a float, NaN or malformed
 * @example
 * ```ts
 * multiply(money('1000', 'USD'), '0.04').amount.toString();
 * //=> '40'
 * ```
 */
export function multiply(value: Money, factor: DecimalInput, path: ErrorPath = []): Money {
  requireMoney(value, 'value');
  requirePath(path);
  return unsafeMoney(value.amount.times(toDecimal(factor, path)), value.currency);
}

/**
 * Like {@link multiply}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeMultiply(null, null).success;
 * //=> false
 * ```
 */
export function safeMultiply(
  value: Money,
  factor: DecimalInput,
  path: ErrorPath = [],
): SafeResult<Money> {
  return attempt(() => multiply(value, factor, path));
}

/**
 * Divides by a decimal divisor to 40 significant digits. To split money into parts that must add
 * up, use {@link allocate} instead.
 *
 * @throws CrmRulesError `DIVISION_BY_ZERO`; `INVALID_AMOUNT` for a float divisor
 * @example
 * ```ts
 * divide(money('10', 'USD'), 4).amount.toString();
 * //=> '2.5'
 * ```
 */
export function divide(value: Money, divisor: DecimalInput, path: ErrorPath = []): Money {
  requireMoney(value, 'value');
  requirePath(path);
  const by = toDecimal(divisor, path);
  if (by.isZero())
    throw new CrmRulesError('DIVISION_BY_ZERO', 'cannot divide money by zero', {
      path,
      value: divisor,
    });
  return unsafeMoney(value.amount.div(by), value.currency);
}

/**
 * Like {@link divide}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeDivide(null, null).success;
 * //=> false
 * ```
 */
export function safeDivide(
  value: Money,
  divisor: DecimalInput,
  path: ErrorPath = [],
): SafeResult<Money> {
  return attempt(() => divide(value, divisor, path));
}

/**
 * The ratio `numerator ÷ denominator` of two amounts of one currency (attainment, shares).
 *
 * @throws CrmRulesError `DIVISION_BY_ZERO`; `CURRENCY_MISMATCH`
 * @example
 * ```ts
 * ratio(money('180000', 'USD'), money('150000', 'USD')).toString();
 * //=> '1.2'
 * ```
 */
export function ratio(numerator: Money, denominator: Money, path: ErrorPath = []): Decimal {
  requireMoney(numerator, 'numerator');
  requireMoney(denominator, 'denominator');
  requirePath(path);
  assertSameCurrency(numerator, denominator, path);
  if (denominator.amount.isZero()) {
    throw new CrmRulesError('DIVISION_BY_ZERO', 'the denominator is zero', {
      path,
      value: denominator.amount.toString(),
    });
  }
  return numerator.amount.div(denominator.amount);
}

/**
 * Like {@link ratio}, but returns `{ success, data | error }` instead of throwing; it never throws.
 *
 * @example
 * ```ts
 * safeRatio(null, null).success;
 * //=> false
 * ```
 */
export function safeRatio(
  numerator: Money,
  denominator: Money,
  path: ErrorPath = [],
): SafeResult<Decimal> {
  return attempt(() => ratio(numerator, denominator, path));
}

/**
 * The amount with its sign reversed.
 *
 * @example
 * ```ts
 * negate(money('5', 'EUR')).amount.toString();
 * //=> '-5'
 * ```
 */
export function negate(value: Money): Money {
  requireMoney(value, 'value');
  return unsafeMoney(value.amount.neg(), value.currency);
}

/**
 * The absolute amount.
 *
 * @example
 * ```ts
 * abs(money('-5', 'EUR')).amount.toString();
 * //=> '5'
 * ```
 */
export function abs(value: Money): Money {
  requireMoney(value, 'value');
  return unsafeMoney(value.amount.abs(), value.currency);
}

/**
 * The exact sum of any number of amounts of `currency` (zero for none).
 *
 * @param values - amounts, all in `currency`
 * @param currency - the currency of the sum, needed when `values` is empty
 * @throws CrmRulesError `CURRENCY_MISMATCH` naming the index of the first amount in another
 * currency; `UNKNOWN_CURRENCY`
 * @example
 * ```ts
 * sum([money('1.10', 'USD'), money('2.20', 'USD')], 'USD').amount.toString();
 * //=> '3.3'
 * ```
 */
export function sum(values: Iterable<Money>, currency: string): Money {
  requireIterable(values, 'values');
  minorUnits(currency, ['currency']);
  let total = new Decimal(0);
  let index = 0;
  for (const value of values) {
    if (value.currency !== currency) {
      throw new CrmRulesError(
        'CURRENCY_MISMATCH',
        `expected ${currency}, found ${value.currency}; convert first`,
        {
          path: [index, 'currency'],
          value: value.currency,
        },
      );
    }
    total = total.plus(value.amount);
    index += 1;
  }
  return unsafeMoney(total, currency);
}

/**
 * Like {@link sum}, but returns `{ success, data | error }` instead of throwing; it never throws.
 *
 * @example
 * ```ts
 * safeSum(null, null).success;
 * //=> false
 * ```
 */
export function safeSum(values: Iterable<Money>, currency: string): SafeResult<Money> {
  return attempt(() => sum(values, currency));
}
