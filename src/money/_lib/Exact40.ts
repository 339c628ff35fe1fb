import { Decimal } from '../../_lib/decimal';
import type { ErrorPath } from '../../errors';
import { type DecimalInput, toDecimal } from '../decimal';
import { checkLimits, textLimitProblem } from './amountLimits';

const DIGITS = 40;
const TEXT = /^[+-]?\d+(\.\d+)?$/;
/** 10^0 … 10^160: beyond the widest product, sum or scaled dividend scoring makes. */
const POW: readonly bigint[] = Array.from({ length: 161 }, (_, k) => 10n ** BigInt(k));
/** 10^k as a bigint. */
function pow10(k: number): bigint {
  return POW[k] ?? 10n ** BigInt(k);
}
const LIMIT = pow10(DIGITS);

/** The number of decimal digits of a non-negative bigint (1 for zero), by binary search. */
function digitsOf(n: bigint): number {
  if (n >= (POW[POW.length - 1] as bigint)) return n.toString().length;
  // The least d with n < 10^d.
  let lo = 1;
  let hi = POW.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (n < (POW[mid] as bigint)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** `n ÷ 10^k` rounded half-up (ties away from zero), `k ≥ 1`. */
function dropDigits(n: bigint, k: number): bigint {
  const m = pow10(k);
  const negative = n < 0n;
  const a = negative ? -n : n;
  let q = a / m;
  if (2n * (a - q * m) >= m) q += 1n;
  return negative ? -q : q;
}

/**
 * Internal: the exact decimals scoring computes with — `n × 10^−s` as a bigint and a scale —
 * giving the very results of the library's decimal.js (40 significant digits, half-up) at a
 * fraction of its cost: sums, differences and products are exact and then rounded to 40
 * significant digits, quotients correctly rounded to 40 significant digits, as decimal.js does.
 * The text (decimal.js `toFixed()`) is written once and kept. A negative zero read from input is
 * remembered only for {@link Exact40.isNegative} (decimal.js's `isNegative()` is true for it).
 */
export class Exact40 {
  #text: string | undefined;

  private constructor(
    readonly n: bigint,
    readonly s: number,
    readonly negativeZero = false,
    text?: string,
  ) {
    this.#text = text;
  }

  /** Zero. */
  static readonly ZERO: Exact40 = new Exact40(0n, 0, false, '0');
  /** A negative zero read from input: zero, but `isNegative()`. */
  static readonly NEGATIVE_ZERO: Exact40 = new Exact40(0n, 0, true, '0');

  /** A value `n × 10^−s`, rounded to 40 significant digits half-up. */
  static of(n: bigint, s: number): Exact40 {
    if (n === 0n) return ZERO;
    const a = n < 0n ? -n : n;
    if (a < LIMIT) return new Exact40(n, s);
    const k = digitsOf(a) - DIGITS;
    return new Exact40(dropDigits(n, k), s - k);
  }

  /**
   * Reads a {@link DecimalInput} as `toDecimal` does (the same errors at `path`); decimal strings
   * within the limits are read straight into a bigint.
   */
  static from(value: DecimalInput, path: ErrorPath): Exact40 {
    if (typeof value === 'string' && TEXT.test(value) && textLimitProblem(value) === undefined)
      return Exact40.text(value);
    return Exact40.ofDecimal(toDecimal(value, path));
  }

  /** Reads a decimal string already checked (`[+-]digits[.digits]`, within the limits). */
  static text(value: string): Exact40 {
    const dot = value.indexOf('.');
    const digits = dot < 0 ? value : value.slice(0, dot) + value.slice(dot + 1);
    const n = BigInt(digits);
    const s = dot < 0 ? 0 : value.length - dot - 1;
    if (n === 0n) return value.charCodeAt(0) === 45 ? NEGATIVE_ZERO : ZERO;
    return new Exact40(n, s, false, canonical(value) ? value : undefined);
  }

  /** A decimal.js value (finite, within the limits) read exactly. */
  static ofDecimal(value: Decimal): Exact40 {
    if (value.isZero()) return value.isNeg() ? NEGATIVE_ZERO : ZERO;
    return Exact40.text(value.toFixed());
  }

  /** The value as the library's decimal.js. */
  toDecimal(): Decimal {
    return new Decimal(this.toFixed());
  }

  /** The canonical text: decimal.js `toFixed()` (no exponent, no trailing fraction zeros). */
  toFixed(): string {
    if (this.#text === undefined) this.#text = written(this.n, this.s);
    return this.#text;
  }

  /** `this + other`, rounded to 40 significant digits. */
  plus(other: Exact40): Exact40 {
    if (other.n === 0n) return this.n === 0n ? ZERO : this;
    if (this.n === 0n) return other;
    const s = Math.max(this.s, other.s);
    return Exact40.of(this.n * pow10(s - this.s) + other.n * pow10(s - other.s), s);
  }

  /** `this − other`, rounded to 40 significant digits. */
  minus(other: Exact40): Exact40 {
    return this.plus(new Exact40(-other.n, other.s));
  }

  /** `this × other`, rounded to 40 significant digits. */
  times(other: Exact40): Exact40 {
    return Exact40.of(this.n * other.n, this.s + other.s);
  }

  /** `this ÷ other` (other ≠ 0), correctly rounded to 40 significant digits half-up. */
  div(other: Exact40): Exact40 {
    if (this.n === 0n) return ZERO;
    const negative = this.n < 0n !== other.n < 0n;
    const a = this.n < 0n ? -this.n : this.n;
    const b = other.n < 0n ? -other.n : other.n;
    // Enough digits that the quotient has at least 41, then rounded once to 40.
    const k = Math.max(0, DIGITS + 1 + digitsOf(b) - digitsOf(a));
    const q = (a * pow10(k)) / b;
    return Exact40.of(negative ? -q : q, this.s - other.s + k);
  }

  /**
   * Rounded half-up to at most 40 decimal places, `LIMIT_EXCEEDED` at `path` when its magnitude
   * is 1e40 or more: `limitedQuotient`.
   */
  limited(path: ErrorPath): Exact40 {
    const rounded =
      this.s > DIGITS ? Exact40.of(dropDigits(this.n, this.s - DIGITS), DIGITS) : this;
    const a = rounded.n < 0n ? -rounded.n : rounded.n;
    if (a !== 0n && digitsOf(a) - rounded.s > DIGITS) {
      const decimal = rounded.toDecimal();
      checkLimits(decimal, path, decimal.toFixed());
    }
    return rounded;
  }

  /** −1, 0 or 1 as `this` is below, equal to or above `other`. */
  cmp(other: Exact40): number {
    const s = Math.max(this.s, other.s);
    const x = this.s === s ? this.n : this.n * pow10(s - this.s);
    const y = other.s === s ? other.n : other.n * pow10(s - other.s);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  lt(other: Exact40): boolean {
    return this.cmp(other) < 0;
  }

  lte(other: Exact40): boolean {
    return this.cmp(other) <= 0;
  }

  gt(other: Exact40): boolean {
    return this.cmp(other) > 0;
  }

  gte(other: Exact40): boolean {
    return this.cmp(other) >= 0;
  }

  eq(other: Exact40): boolean {
    return this.cmp(other) === 0;
  }

  isZero(): boolean {
    return this.n === 0n;
  }

  /** True below zero, and for a negative zero read from input (as decimal.js). */
  isNegative(): boolean {
    return this.n < 0n || this.negativeZero;
  }

  /** True above zero, and for a zero that is not a negative zero (as decimal.js). */
  isPositive(): boolean {
    return this.n > 0n || (this.n === 0n && !this.negativeZero);
  }
}

const ZERO = Exact40.ZERO;
const NEGATIVE_ZERO = Exact40.NEGATIVE_ZERO;

/** Whether decimal text (`[+-]digits[.digits]`, not zero) is already what `toFixed()` writes. */
function canonical(text: string): boolean {
  const start = text.charCodeAt(0) === 45 ? 1 : text.charCodeAt(0) === 43 ? -1 : 0;
  if (start < 0) return false;
  const dot = text.indexOf('.');
  const whole = (dot < 0 ? text.length : dot) - start;
  if (whole > 1 && text.charCodeAt(start) === 48) return false;
  return dot < 0 || text.charCodeAt(text.length - 1) !== 48;
}

/** The canonical text of `n × 10^−s`. */
function written(n: bigint, s: number): string {
  if (n === 0n) return '0';
  const negative = n < 0n;
  let digits = (negative ? -n : n).toString();
  let text: string;
  if (s <= 0) text = digits + '0'.repeat(-s);
  else {
    if (digits.length <= s) digits = digits.padStart(s + 1, '0');
    const point = digits.length - s;
    let end = digits.length;
    while (end > point && digits.charCodeAt(end - 1) === 48) end -= 1;
    text =
      end === point
        ? digits.slice(0, point)
        : `${digits.slice(0, point)}.${digits.slice(point, end)}`;
  }
  return negative ? `-${text}` : text;
}

/**
 * Internal: a scorecard constant (a weight, curve point, scale bound, gate threshold) as an
 * {@link Exact40}. Called only with the scorecard's own strings, so a memo of them stays as small
 * as the scorecard.
 */
export type Constant = (text: string) => Exact40;

/** Internal: a constant read on each use (a card scored once, a curve scored alone). */
export const parseConstant: Constant = (text) => Exact40.from(text, []);
