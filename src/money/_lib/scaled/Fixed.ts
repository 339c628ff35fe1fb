import { Decimal } from '../../../_lib/decimal';
import { decimalOfUnits } from '../../decimalWords';
import { POW10, register, rParse } from './Register';

/**
 * Internal: an exact decimal as a scaled safe integer, `u × 10^-s`. Every operation on two
 * `Fixed` values is exact while the integers stay within ±(2^53 − 1); an operation that would
 * leave that range returns a decimal.js value instead, so results never depend on which path ran.
 */
export class Fixed {
  constructor(
    readonly u: number,
    readonly s: number,
  ) {}
}

/** Internal: an exact decimal — a {@link Fixed} on the fast path, a decimal.js value otherwise. */
export type Scaled = Fixed | Decimal;

const MAX = Number.MAX_SAFE_INTEGER;

/** Internal: zero, on the fast path. */
export const ZERO = new Fixed(0, 0);
/** Internal: one, on the fast path. */
export const ONE = new Fixed(1, 0);

const TEXT = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * Internal: a decimal string (`^[+-]?\d+(\.\d+)?$`) of at most 15 digits as a {@link Fixed} at its
 * own scale (`"-12.50"` → `u` −1250, `s` 2), or `undefined` for anything else (longer, or not
 * that form), which the caller reads with decimal.js. (`rParse` reads the same text into a
 * register without allocating.)
 */
export function parseFixed(text: string): Fixed | undefined {
  const match = TEXT.exec(text);
  if (match === null) return undefined;
  const fraction = match[3] ?? '';
  const digits = (match[2] as string) + fraction;
  if (digits.length > 15) return undefined;
  const u = Number(digits);
  return new Fixed(match[1] === '-' ? -u + 0 : u, fraction.length);
}

const SHORT_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const READ = register();

/**
 * Internal: a decimal string of any length as a {@link Scaled}: at most 15 digits as a
 * {@link Fixed} at the text's own scale (read by `rParse`, no regular expression), longer as
 * decimal.js; `undefined` when it is not one. With `shortForms`, decimal.js's `"1."` and `".5"`
 * are decimal strings too (KPI's facts accept them) and read to the very value `"1"` and `"0.5"`
 * read to.
 */
export function parseScaled(text: string, shortForms = false): Scaled | undefined {
  if (rParse(READ, text, shortForms) === 1) return new Fixed(READ.u, READ.s);
  return (shortForms ? SHORT_TEXT : TEXT).test(text) ? new Decimal(text) : undefined;
}

/** Internal: a value as decimal.js (a scaled integer built without writing and parsing text). */
export function toDec(value: Scaled): Decimal {
  if (!(value instanceof Fixed)) return value;
  return decimalOfUnits(value.u + 0, value.s);
}

/**
 * Internal: `a × b`, exact; on the fast path while the product is a safe integer and its scale
 * at most `maxScale` (none unless given; KPI gives `MAX_EXACT_SCALE`), else decimal.js.
 */
export function mul(a: Scaled, b: Scaled, maxScale = Number.POSITIVE_INFINITY): Scaled {
  if (a instanceof Fixed && b instanceof Fixed) {
    const p = a.u * b.u;
    if (p <= MAX && p >= -MAX && a.s + b.s <= maxScale) return new Fixed(p + 0, a.s + b.s);
  }
  return toDec(a).times(toDec(b));
}

function align(a: Fixed, s: number): number {
  const f = POW10[s - a.s];
  if (f === undefined) return Number.NaN;
  const u = a.u * f;
  return u <= MAX && u >= -MAX ? u : Number.NaN;
}

/** Internal: `a + b`, exact. */
export function add(a: Scaled, b: Scaled): Scaled {
  if (a instanceof Fixed && b instanceof Fixed) {
    if (a.u === 0) return b;
    if (b.u === 0) return a;
    const s = a.s >= b.s ? a.s : b.s;
    const x = a.s === s ? a.u : align(a, s);
    const y = b.s === s ? b.u : align(b, s);
    const sum = x + y;
    if (sum <= MAX && sum >= -MAX) return new Fixed(sum + 0, s);
  }
  return toDec(a).plus(toDec(b));
}

/** Internal: `−a`. */
export function neg(a: Scaled): Scaled {
  return a instanceof Fixed ? new Fixed(-a.u + 0, a.s) : a.neg();
}

/** Internal: `a − b`, exact. */
export function sub(a: Scaled, b: Scaled): Scaled {
  return add(a, neg(b));
}

/** Internal: the sign of `a`: −1, 0 or 1. */
export function sign(a: Scaled): number {
  if (a instanceof Fixed) return a.u > 0 ? 1 : a.u < 0 ? -1 : 0;
  return a.isZero() ? 0 : a.isNeg() ? -1 : 1;
}

/** Internal: orders `a` and `b`: negative, zero or positive. */
export function cmp(a: Scaled, b: Scaled): number {
  if (a instanceof Fixed && b instanceof Fixed) {
    if (a.s === b.s) return a.u - b.u;
    const x = a.s > b.s ? a.u : align(a, b.s);
    const y = b.s > a.s ? b.u : align(b, a.s);
    if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  }
  return sign(sub(a, b));
}

/** Internal: the smaller of `a` and `b`. */
export function min(a: Scaled, b: Scaled): Scaled {
  return cmp(a, b) <= 0 ? a : b;
}

/** Internal: the larger of `a` and `b`. */
export function max(a: Scaled, b: Scaled): Scaled {
  return cmp(a, b) >= 0 ? a : b;
}

/** Internal: `a ÷ b` to 40 significant digits (decimal.js); `b` is never zero here. */
export function div(a: Scaled, b: Scaled): Decimal {
  return toDec(a).div(toDec(b));
}

/** Internal: true when `a` is zero. */
export function isZero(a: Scaled): boolean {
  return a instanceof Fixed ? a.u === 0 : a.isZero();
}
