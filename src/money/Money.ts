import { Decimal as DecimalJs } from 'decimal.js';
import { attempt, CrmRulesError, type ErrorPath, INPUT_LIMITS, type SafeResult } from '../errors';
import { requirePath } from '../errors/_lib/argumentGuards';
import { requireMoney } from './_lib/guards';
import { minorUnits } from './currencies';
import { Decimal, type DecimalInput, toDecimal } from './decimal';

/**
 * An amount of one currency. The amount is a decimal.js value at full precision; rounding
 * happens only where a policy says so ({@link round}). Money values are frozen.
 */
export interface Money {
  readonly amount: Decimal;
  readonly currency: string;
}

const ZERO = new Decimal(0);
const PLACES = INPUT_LIMITS.maxDecimalExponent;

/**
 * Creates {@link Money} from an amount and an ISO 4217 code.
 *
 * The amount must be within the amount limits (see {@link toDecimal}): at most 40 significant
 * digits, below 1e40, at most 40 decimal places. One exception, for amounts the caller has
 * computed: a decimal.js value of at most 40 significant digits whose digits reach below 1e-40
 * (the tail of a quotient, 36 places below the finest minor unit) has that tail rounded off,
 * half-up; text, numbers and bigints never are rounded.
 *
 * @param amount - a decimal string, safe integer, bigint or decimal.js value (never a float)
 * @param currency - an ISO 4217 code such as `USD`
 * @param path - where the value sits in the caller's input, for errors
 * @throws CrmRulesError `INVALID_AMOUNT` for floats, NaN and malformed strings; `UNKNOWN_CURRENCY`;
 * `LIMIT_EXCEEDED` (at `[...path, 'amount']`) for an amount beyond the amount limits
 * @example
 * ```ts
 * toMoneyJson(money('1234.5', 'USD'));
 * //=> { amount: '1234.50', currency: 'USD' }
 * ```
 */
export function money(amount: DecimalInput, currency: string, path: ErrorPath = []): Money {
  requirePath(path);
  minorUnits(currency, [...path, 'currency']);
  const value = toDecimal(computedTail(amount), [...path, 'amount']);
  return Object.freeze({ amount: value.isZero() ? ZERO : value, currency });
}

/**
 * A decimal.js amount the caller computed with at most 40 significant digits, with its digits
 * finer than 1e-40 rounded off (half-up); anything else unchanged, for {@link toDecimal}.
 */
function computedTail(amount: DecimalInput): DecimalInput {
  if (
    !DecimalJs.isDecimal(amount) ||
    !amount.isFinite() ||
    amount.decimalPlaces() <= PLACES ||
    amount.sd() > INPUT_LIMITS.maxSignificantDigits
  )
    return amount;
  const rounded = new Decimal(amount).toDecimalPlaces(PLACES);
  return rounded.isZero() ? ZERO : rounded;
}

/**
 * Zero of a currency.
 *
 * @throws CrmRulesError `UNKNOWN_CURRENCY`
 * @example
 * ```ts
 * zero('JPY').amount.toString();
 * //=> '0'
 * ```
 */
export function zero(currency: string): Money {
  return money(0, currency);
}

/**
 * Like {@link zero}, but returns `{ success, data | error }` instead of throwing; it never throws.
 *
 * @example
 * ```ts
 * safeZero(null).success;
 * //=> false
 * ```
 */
export function safeZero(currency: string): SafeResult<Money> {
  return attempt(() => zero(currency));
}

/**
 * True when `value` is a {@link Money}.
 *
 * @example
 * ```ts
 * isMoney({ amount: '1', currency: 'USD' });
 * //=> false
 * ```
 */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { amount?: unknown; currency?: unknown };
  return Decimal.isDecimal(candidate.amount) && typeof candidate.currency === 'string';
}

/** Internal: a Money from a computed Decimal whose currency is already known to be valid. */
export function unsafeMoney(amount: Decimal, currency: string): Money {
  return Object.freeze({ amount: amount.isZero() ? ZERO : amount, currency });
}

/**
 * Throws `CURRENCY_MISMATCH` unless both values share a currency.
 *
 * @throws CrmRulesError `CURRENCY_MISMATCH`
 * @example
 * ```ts
 * assertSameCurrency(money(1, 'USD'), money(2, 'USD'));
 * //=> 'USD'
 * ```
 */
export function assertSameCurrency(left: Money, right: Money, path: ErrorPath = []): string {
  requirePath(path);
  requireMoney(left, ['left']);
  requireMoney(right, ['right']);
  if (left.currency !== right.currency) {
    throw new CrmRulesError(
      'CURRENCY_MISMATCH',
      `cannot combine ${left.currency} with ${right.currency}; convert first`,
      {
        path,
        value: { left: left.currency, right: right.currency },
      },
    );
  }
  return left.currency;
}

/**
 * Like {@link assertSameCurrency}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeAssertSameCurrency(null, null).success;
 * //=> false
 * ```
 */
export function safeAssertSameCurrency(
  left: Money,
  right: Money,
  path: ErrorPath = [],
): SafeResult<string> {
  return attempt(() => assertSameCurrency(left, right, path));
}

/**
 * Like {@link money}, but returns `{ success, data | error }` instead of throwing; it never throws.
 *
 * @example
 * ```ts
 * safeMoney(null, null).success;
 * //=> false
 * ```
 */
export function safeMoney(
  amount: DecimalInput,
  currency: string,
  path: ErrorPath = [],
): SafeResult<Money> {
  return attempt(() => money(amount, currency, path));
}
