/**
 * Internal: an exact amount as an integer number of 10^−scale currency units — a JS number while
 * it is a safe integer (the fast path: one float addition, exact because both operands and the
 * result are integers below 2^53), a bigint beyond. Every function here returns the canonical
 * form: a number whenever the value is a safe integer, so `===` compares values.
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

/** Internal: units of 10^−scale as the nearest float (for statistical fields only). */
export function unitsToNumber(value: Units, scale: number): number {
  return Number(value) / 10 ** scale;
}

/**
 * Internal: `value` units of 10^−scale (an integer: a number or a bigint) as a decimal string
 * with `scale` places and no exponent (`-1230, 2` → `"-12.30"`), written from its digits without
 * a decimal.js value; for a safe integer, what `decimalToFixed(decimalOfUnits(value, scale),
 * scale)` returns.
 */
export function unitsToText(value: number | bigint, scale: number): string {
  if (scale === 0) return value.toString();
  const negative = value < 0;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}
