import { Decimal } from '../../../money';
import { decimalOfUnits, unitsToText } from '../../../money/decimalWords';

/**
 * Internal: an exact amount as an integer number of 10^−scale currency units — a JS number while
 * it is a safe integer (the fast path: one float addition per transaction, exact because both
 * operands and the result are integers below 2^53), a bigint beyond. Every function here returns
 * the canonical form: a number whenever the value is a safe integer, so `===` compares values.
 */
export type Units = number | bigint;

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const MIN = -MAX;

/** Internal: the canonical form of a bigint amount. */
export function canonical(value: bigint): Units {
  return value >= MIN && value <= MAX ? Number(value) : value;
}

/** Internal: `a + b`, exact. */
export function addUnits(a: Units, b: Units): Units {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    // If the exact sum were beyond 2^53 − 1, rounding could only move it further out: checking
    // the float result is enough.
    if (Number.isSafeInteger(sum)) return sum === 0 ? 0 : sum;
  }
  return canonical(BigInt(a) + BigInt(b));
}

/** Internal: `value × 10^places`, exact. */
export function scaleUnits(value: Units, places: number): Units {
  if (places === 0) return value;
  if (typeof value === 'number') {
    const product = value * 10 ** places;
    if (places <= 22 && Number.isSafeInteger(product)) return product;
  }
  return canonical(BigInt(value) * 10n ** BigInt(places));
}

/**
 * Internal: the number of decimal places a valid decimal string needs (trailing zeros of the
 * fraction do not count: `"1.50"` needs 1).
 */
export function placesNeeded(text: string): number {
  const dot = text.indexOf('.');
  if (dot < 0) return 0;
  let end = text.length;
  while (end > dot + 1 && text.charCodeAt(end - 1) === 48) end -= 1;
  return end - dot - 1;
}

/**
 * Internal: a valid decimal string (`/^[+-]?\d+(\.\d+)?$/`) as units of 10^−scale, or `null`
 * when it has more significant decimal places than `scale`.
 */
export function parseUnits(text: string, scale: number): Units | null {
  const dot = text.indexOf('.');
  let digits: string;
  if (dot < 0) {
    digits = scale === 0 ? text : text + '0'.repeat(scale);
  } else {
    const places = text.length - dot - 1;
    if (places > scale) {
      if (placesNeeded(text) > scale) return null;
      digits = text.slice(0, dot) + text.slice(dot + 1, dot + 1 + scale);
    } else {
      digits = text.slice(0, dot) + text.slice(dot + 1) + '0'.repeat(scale - places);
    }
  }
  const sign = digits.charCodeAt(0);
  const length = sign === 45 || sign === 43 ? digits.length - 1 : digits.length;
  if (length <= 15) {
    const value = Number(digits);
    return value === 0 ? 0 : value;
  }
  return canonical(BigInt(sign === 43 ? digits.slice(1) : digits));
}

/** Internal: units of 10^−scale as an exact decimal.js value. */
export function unitsToDecimal(value: Units, scale: number): Decimal {
  if (typeof value === 'bigint') return new Decimal(unitsToText(value, scale));
  // A safe integer has at most 16 digits: its words are written directly (see decimalWords).
  return decimalOfUnits(value, scale);
}

/** Internal: units of 10^−scale as the nearest float (for statistical fields only). */
export function unitsToNumber(value: Units, scale: number): number {
  return Number(value) / 10 ** scale;
}

/** Internal: the fast path of {@link parseUnits} (moved to money, shared with risk). */
export { fastUnits, unitsToText } from '../../../money/decimalWords';
