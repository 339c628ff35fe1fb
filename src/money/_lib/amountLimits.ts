/**
 * Internal: the limits every decimal amount, rate and ratio obeys (see `INPUT_LIMITS`), and the
 * checks that keep the arithmetic exact. A decimal is *within the limits* when it is zero or it
 * has at most `maxSignificantDigits` (40) significant digits — the digits from the first to the
 * last non-zero one, so neither leading nor trailing zeros count —, its magnitude is below
 * 10^`maxDecimalExponent` (1e40) and it has no digit finer than 10^−`maxDecimalExponent` (at
 * most 40 decimal places). decimal.js carries 40 significant digits, so every such decimal is
 * held exactly, and its text has at most 81 characters before the sign.
 */
import { Decimal as DecimalJs } from 'decimal.js';
import type { Decimal } from '../../_lib/decimal';
import { CrmRulesError, type ErrorPath, INPUT_LIMITS } from '../../errors';

const DIGITS = INPUT_LIMITS.maxSignificantDigits;
const EXPONENT = INPUT_LIMITS.maxDecimalExponent;

/**
 * A decimal.js constructor that never rounds a sum, difference or product (decimal.js computes
 * those exactly and then rounds to the precision, which here is its maximum). Never divide with
 * it: a quotient that does not terminate would be carried to a billion digits.
 */
const EXACT = DecimalJs.clone({ precision: 1e9 });

/** Why a finite decimal is not within the limits, or `undefined` when it is (zero always is). */
export function limitProblem(value: DecimalJs): string | undefined {
  if (value.e >= EXPONENT) return `amounts and rates must be below 1e${EXPONENT} in magnitude`;
  if (value.decimalPlaces() > EXPONENT)
    return `amounts and rates may have at most ${EXPONENT} decimal places`;
  if (value.sd() > DIGITS)
    return `amounts and rates may have at most ${DIGITS} significant digits (the precision the arithmetic carries)`;
  return undefined;
}

/**
 * {@link limitProblem} of a decimal written as text (`[+-]digits[.digits]`), read from the text
 * without building a decimal: the schemas check every amount of a document this way.
 */
export function textLimitProblem(text: string): string | undefined {
  const dot = text.indexOf('.');
  // The digits before the point (or the end) are whole, those after it are places.
  const point = dot === -1 ? text.length : dot;
  let start = text.charCodeAt(0) === 43 || text.charCodeAt(0) === 45 ? 1 : 0;
  while (text.charCodeAt(start) === 48) start += 1;
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end -= 1;
  // Leading zeros and the trailing zeros of a fraction do not count (the start stops at the
  // point at the latest; trailing zeros of an integer only make `end - point` negative).
  const whole = point - start;
  const places = Math.max(0, end - point - 1);
  if (whole > EXPONENT) return `amounts and rates must be below 1e${EXPONENT} in magnitude`;
  if (places > EXPONENT) return `amounts and rates may have at most ${EXPONENT} decimal places`;
  // A value with whole digits and places has exactly `whole + places` significant digits; one
  // with only either has at most as many as that one, already checked.
  if (whole + places > DIGITS)
    return `amounts and rates may have at most ${DIGITS} significant digits (the precision the arithmetic carries)`;
  return undefined;
}

/**
 * Throws `LIMIT_EXCEEDED` at `path` unless a decimal already inside the library (a money amount,
 * a value to write) is one the arithmetic can have made: at most 40 significant digits, below
 * 1e40, and at most 80 decimal places (a quotient rounded to 40 digits of a value within the
 * limits). Keeps hand-built values of a million digits or an exponent of 9e15 from costing
 * unbounded work.
 */
export function checkOperand(value: DecimalJs, path: ErrorPath): void {
  // Fast accept: five base-1e7 words hold at most 35 digits, so with −41 < e < 40 the value has
  // at most 35 significant digits and 41 + 35 decimal places.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,UnaryOperator: a fast path only: the full check below gives the same answer for every value it lets through
  if (value.d.length <= 5 && value.e < EXPONENT && value.e > -EXPONENT - 1) return;
  // (Zero, d = [0] and e = 0 in decimal.js, always takes the fast path.)
  if (value.e >= EXPONENT || value.decimalPlaces() > 2 * EXPONENT || value.sd() > DIGITS)
    throw new CrmRulesError(
      'LIMIT_EXCEEDED',
      `a decimal inside the library has at most ${DIGITS} significant digits, is below 1e${EXPONENT} and has at most ${2 * EXPONENT} decimal places`,
      { path, value: value.toString() },
    );
}

/** Throws `LIMIT_EXCEEDED` at `path` (with `value`) unless `decimal` is within the limits. */
export function checkLimits(decimal: DecimalJs, path: ErrorPath, value: unknown): void {
  const problem = limitProblem(decimal);
  if (problem !== undefined) throw new CrmRulesError('LIMIT_EXCEEDED', problem, { path, value });
}

/**
 * The result of an operation on decimals within the limits, checked to be exact and within the
 * limits itself. `rounded` is what the 40-digit arithmetic gave; `digits` an upper bound on the
 * significant digits of the exact result (for the cheap proof); `exact` recomputes it without
 * rounding, only when that bound does not prove `rounded` exact.
 */
export function exactResult(
  rounded: Decimal,
  digits: number,
  exact: () => DecimalJs,
  path: ErrorPath,
): Decimal {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only spares the exact recomputation where it cannot differ; checking always gives the same answer
  if (digits > DIGITS && !rounded.eq(exact()))
    throw new CrmRulesError(
      'LIMIT_EXCEEDED',
      `the exact result needs more than ${DIGITS} significant digits`,
      { path, value: exact().toFixed() },
    );
  checkLimits(rounded, path, rounded.toFixed());
  return rounded;
}

/** The exact sum of two decimals (see {@link exactResult}). */
export function exactSum(left: Decimal, right: Decimal, path: ErrorPath): Decimal {
  // The sum's digits run from 10^(max e + 1) down to the finer of the two last places.
  const top = Math.max(left.e, right.e) + 1;
  const bottom = -Math.max(left.decimalPlaces(), right.decimalPlaces());
  return exactResult(left.plus(right), top - bottom + 1, () => new EXACT(left).plus(right), path);
}

/** The exact product of two decimals (see {@link exactResult}). */
export function exactProduct(left: Decimal, right: Decimal, path: ErrorPath): Decimal {
  // An m-digit integer times an n-digit one has at most m + n digits.
  return exactResult(
    left.times(right),
    left.sd() + right.sd(),
    () => new EXACT(left).times(right),
    path,
  );
}

/**
 * A quotient (or any value computed to 40 significant digits) brought within the limits:
 * rounded half-up to at most 40 decimal places, or `LIMIT_EXCEEDED` when its magnitude is 1e40
 * or more.
 */
export function limitedQuotient(value: Decimal, path: ErrorPath): Decimal {
  const rounded = value.toDecimalPlaces(EXPONENT);
  checkLimits(rounded, path, rounded.toFixed());
  return rounded;
}
