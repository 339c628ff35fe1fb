import { Decimal } from '../../../../_lib/decimal';
import { decimalOfUnits } from '../../../../money/decimalWords';

/**
 * Internal: an exact decimal `u × 10^−s` as a safe integer and a scale — the fast path of the
 * metric sums. Every operation stays exact: one that would leave ±(2^53 − 1) (or a scale above
 * 22) falls back to decimal.js, so a result never depends on which path ran. The same idea as
 * commission's internal `Num`, kept here because kpi may not import commission (same layer).
 */
export class Fixed {
  constructor(
    readonly u: number,
    readonly s: number,
  ) {}
}

/** Internal: an exact decimal — {@link Fixed} on the fast path, decimal.js otherwise. */
export type Exact = Fixed | Decimal;

const MAX = Number.MAX_SAFE_INTEGER;
const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);
const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Internal: zero. */
export const ZERO = new Fixed(0, 0);
/** Internal: one. */
export const ONE = new Fixed(1, 0);

/**
 * Internal: reads a decimal string (`"-12.50"`, no exponent), or `undefined` when it is not
 * one. Up to 15 digits take the fast path without a regular expression.
 */
export function parseExact(text: string): Exact | undefined {
  if (parseUnits(text, scratch)) return new Fixed(scratch.u, scratch.s);
  return DECIMAL_TEXT.test(text) ? new Decimal(text) : undefined;
}

/** The units {@link parseExact} reads into before it makes a {@link Fixed} of them. */
const scratch: Units = { u: 0, s: 0 };

/** Internal: a value as decimal.js. */
export function toDec(value: Exact): Decimal {
  if (!(value instanceof Fixed)) return value;
  return decimalOfUnits(value.u + 0, value.s);
}

/** Internal: `a × b`, exact. */
export function mul(a: Exact, b: Exact): Exact {
  if (a instanceof Fixed && b instanceof Fixed) {
    const p = a.u * b.u;
    if (p <= MAX && p >= -MAX && a.s + b.s <= 22) return new Fixed(p + 0, a.s + b.s);
  }
  return toDec(a).times(toDec(b));
}

function scaled(a: Fixed, s: number): number {
  const f = POW10[s - a.s];
  if (f === undefined) return Number.NaN;
  const u = a.u * f;
  return u <= MAX && u >= -MAX ? u : Number.NaN;
}

/** Internal: `a + b`, exact. */
export function add(a: Exact, b: Exact): Exact {
  if (a instanceof Fixed && b instanceof Fixed) {
    if (a.u === 0) return b;
    if (b.u === 0) return a;
    const s = a.s >= b.s ? a.s : b.s;
    const sum = (a.s === s ? a.u : scaled(a, s)) + (b.s === s ? b.u : scaled(b, s));
    if (sum <= MAX && sum >= -MAX) return new Fixed(sum + 0, s);
  }
  return toDec(a).plus(toDec(b));
}

/** Internal: `−a`. */
export function neg(a: Exact): Exact {
  return a instanceof Fixed ? new Fixed(-a.u + 0, a.s) : a.neg();
}

/** Internal: the sign of `a`: −1, 0 or 1. */
export function sign(a: Exact): number {
  if (a instanceof Fixed) return a.u > 0 ? 1 : a.u < 0 ? -1 : 0;
  return a.isZero() ? 0 : a.isNeg() ? -1 : 1;
}

/** Internal: `a − b`, exact. */
export function sub(a: Exact, b: Exact): Exact {
  return add(a, neg(b));
}

/** Internal: the smaller of `a` and `b`. */
export function min(a: Exact, b: Exact): Exact {
  return sign(sub(a, b)) <= 0 ? a : b;
}

/** Internal: where {@link parseUnits} writes a decimal's units and scale. */
export interface Units {
  u: number;
  s: number;
}

/**
 * Internal: reads a decimal string of at most 15 digits into `into` without allocating, for the
 * hot loops; `false` (nothing written) for anything else — the caller then takes the
 * {@link parseExact} path, which also reports malformed text.
 */
export function parseUnits(text: unknown, into: Units): boolean {
  if (typeof text !== 'string') return false;
  const n = text.length;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i = 1;
  }
  let u = 0;
  let digits = 0;
  let scale = -1;
  for (; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      u = u * 10 + (c - 48);
      digits += 1;
      if (scale >= 0) scale += 1;
    } else if (c === 46 && scale < 0) scale = 0;
    else return false;
  }
  if (digits === 0 || digits > 15) return false;
  into.u = negative ? -u + 0 : u;
  into.s = scale < 0 ? 0 : scale;
  return true;
}

/**
 * Internal: `acc + u × 10^−s` on the fast path, written back into `acc`; `false` (nothing
 * changed) when it would leave the safe integers or a scale of 22.
 */
export function addUnits(acc: Units, u: number, s: number): boolean {
  let x = acc.u;
  let y = u;
  let scale = acc.s;
  if (s > scale) {
    const f = POW10[s - scale];
    if (f === undefined) return false;
    x *= f;
    scale = s;
  } else if (s < scale) {
    const f = POW10[scale - s] as number;
    y *= f;
  }
  const sum = x + y;
  if (!(sum <= MAX && sum >= -MAX && x <= MAX && x >= -MAX && y <= MAX && y >= -MAX)) return false;
  acc.u = sum + 0;
  acc.s = scale;
  return true;
}

/**
 * Internal: `a × b` written into `into` on the fast path; `false` (nothing written) when the
 * product would leave the safe integers or a scale of 22.
 */
export function mulUnits(a: Units, b: Fixed, into: Units): boolean {
  const u = a.u * b.u;
  if (!(u <= MAX && u >= -MAX) || a.s + b.s > 22) return false;
  into.u = u + 0;
  into.s = a.s + b.s;
  return true;
}

/**
 * Internal: the canonical decimal text of a value — what decimal.js's `toFixed()` writes (no
 * exponent, no trailing fraction zeros) — written straight from the units on the fast path.
 */
export function exactText(value: Exact): string {
  if (!(value instanceof Fixed)) return value.toFixed();
  let { u, s } = value;
  while (s > 0 && u % 10 === 0) {
    u /= 10;
    s -= 1;
  }
  if (s === 0) return String(u + 0);
  const negative = u < 0;
  const digits = String(negative ? -u : u).padStart(s + 1, '0');
  const text = `${digits.slice(0, -s)}.${digits.slice(-s)}`;
  return negative ? `-${text}` : text;
}
