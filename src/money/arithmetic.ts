import { CrmRulesError, type ErrorPath } from '../errors';
import { exactProduct, exactSum, limitedQuotient } from './_lib/amountLimits';
import { requireIterable, requireMoney } from './_lib/guards';
import { minorUnits } from './currencies';
import { Decimal, type DecimalInput, toDecimal } from './decimal';
import { assertSameCurrency, type Money, unsafeMoney } from './Money';

/**
 * The sum of two amounts of the same currency, exact. Amounts within the limits (see
 * {@link toDecimal}) can add up to a value that is not: 40 significant digits are not enough for
 * `1e39 + 0.01`, and `9e39 + 9e39` is 1e40 or more. Such a sum is refused, never rounded.
 *
 * @throws CrmRulesError `CURRENCY_MISMATCH`; `LIMIT_EXCEEDED` when the exact sum is beyond the
 * amount limits
 * @example
 * ```ts
 * toMoneyJson(add(money('0.1', 'USD'), money('0.2', 'USD')));
 * //=> { amount: '0.30', currency: 'USD' }
 * ```
 */
export function add(left: Money, right: Money): Money {
  requireMoney(left, ['left']);
  requireMoney(right, ['right']);
  const currency = assertSameCurrency(left, right);
  return unsafeMoney(exactSum(left.amount, right.amount, []), currency);
}

/**
 * `left − right`, exact (or refused, as {@link add}).
 *
 * @throws CrmRulesError `CURRENCY_MISMATCH`; `LIMIT_EXCEEDED` when the exact difference is
 * beyond the amount limits
 * @example
 * ```ts
 * toMoneyJson(subtract(money('1000', 'CNY'), money('200', 'CNY')));
 * //=> { amount: '800.00', currency: 'CNY' }
 * ```
 */
export function subtract(left: Money, right: Money): Money {
  requireMoney(left, ['left']);
  requireMoney(right, ['right']);
  const currency = assertSameCurrency(left, right);
  return unsafeMoney(exactSum(left.amount, right.amount.neg(), []), currency);
}

/**
 * Multiplies by a decimal factor (a rate, a share, a quantity), exactly: the product of two
 * values within the limits may need up to 80 significant digits, and one that needs more than
 * 40, or is 1e40 or more, or has more than 40 decimal places is refused, never rounded.
 *
 * @throws CrmRulesError `INVALID_AMOUNT` when the factor is a float, NaN or malformed;
 * `LIMIT_EXCEEDED` for a factor or an exact product beyond the amount limits
 * @example
 * ```ts
 * multiply(money('1000', 'USD'), '0.04').amount.toString();
 * //=> '40'
 * ```
 */
export function multiply(value: Money, factor: DecimalInput, path: ErrorPath = []): Money {
  requireMoney(value, ['value']);
  return unsafeMoney(exactProduct(value.amount, toDecimal(factor, path), path), value.currency);
}

/**
 * Divides by a decimal divisor. A quotient rarely terminates, so this one operation rounds, as
 * documented: half-up to 40 significant digits and to at most 40 decimal places. To split money
 * into parts that must add up, use {@link allocate} instead.
 *
 * @throws CrmRulesError `DIVISION_BY_ZERO`; `INVALID_AMOUNT` for a float divisor;
 * `LIMIT_EXCEEDED` for a divisor beyond the amount limits or a quotient of 1e40 or more
 * @example
 * ```ts
 * divide(money('10', 'USD'), 4).amount.toString();
 * //=> '2.5'
 * ```
 */
export function divide(value: Money, divisor: DecimalInput, path: ErrorPath = []): Money {
  requireMoney(value, ['value']);
  const by = toDecimal(divisor, path);
  if (by.isZero())
    throw new CrmRulesError('DIVISION_BY_ZERO', 'cannot divide money by zero', {
      path,
      value: divisor,
    });
  return unsafeMoney(limitedQuotient(value.amount.div(by), path), value.currency);
}

/**
 * The ratio `numerator ÷ denominator` of two amounts of one currency (attainment, shares),
 * rounded half-up to 40 significant digits and at most 40 decimal places (as {@link divide}).
 *
 * @throws CrmRulesError `DIVISION_BY_ZERO`; `CURRENCY_MISMATCH`; `LIMIT_EXCEEDED` for a ratio of
 * 1e40 or more
 * @example
 * ```ts
 * ratio(money('180000', 'USD'), money('150000', 'USD')).toString();
 * //=> '1.2'
 * ```
 */
export function ratio(numerator: Money, denominator: Money, path: ErrorPath = []): Decimal {
  requireMoney(numerator, ['numerator']);
  requireMoney(denominator, ['denominator']);
  assertSameCurrency(numerator, denominator, path);
  if (denominator.amount.isZero()) {
    throw new CrmRulesError('DIVISION_BY_ZERO', 'the denominator is zero', {
      path,
      value: denominator.amount.toString(),
    });
  }
  return limitedQuotient(numerator.amount.div(denominator.amount), path);
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
  requireMoney(value, ['value']);
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
  requireMoney(value, ['value']);
  return unsafeMoney(value.amount.abs(), value.currency);
}

/**
 * The exact sum of any number of amounts of `currency` (zero for none). Every partial sum is
 * exact; one beyond the amount limits is refused (as {@link add}).
 *
 * @param values - amounts, all in `currency`
 * @param currency - the currency of the sum, needed when `values` is empty
 * @throws CrmRulesError `CURRENCY_MISMATCH` naming the index of the first amount in another
 * currency; `UNKNOWN_CURRENCY`; `LIMIT_EXCEEDED` at the index of the amount whose partial sum is
 * beyond the amount limits
 * @example
 * ```ts
 * sum([money('1.10', 'USD'), money('2.20', 'USD')], 'USD').amount.toString();
 * //=> '3.3'
 * ```
 */
export function sum(values: Iterable<Money>, currency: string): Money {
  minorUnits(currency, ['currency']);
  requireIterable(values, ['values']);
  let total = new Decimal(0);
  let index = 0;
  for (const value of values) {
    requireMoney(value, [index]);
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
    total = exactSum(total, value.amount, [index]);
    index += 1;
  }
  return unsafeMoney(total, currency);
}
