import { Decimal } from './decimal';

/** Internal: moved to the scaled-integer family (`_lib/scaled`), re-exported for older importers. */
export { fastUnits } from './_lib/scaled/parseUnits';
export { unitsToText } from './_lib/scaled/units';

/**
 * Internal: fast exact conversions between safe integers and decimal.js values, through the
 * representation decimal.js documents and types (`d`, `e`, `s`): the digits in base 10^7 words,
 * most significant first, aligned so that each word's lowest digit has a decimal exponent
 * divisible by 7, without trailing zero words; `e` the exponent of the first digit; `s` the
 * sign. That representation is unique for a value, so a decimal built here is the very value
 * (`d`, `e`, `s` alike) that `new Decimal(text)` or decimal.js arithmetic gives, without parsing
 * text or rounding — several times faster on the summary path. Everything else falls back to
 * decimal.js itself. `test/money/decimalWords.test.ts` checks both against decimal.js.
 */
interface Words {
  d: number[];
  e: number;
  s: number;
}

const BASE = 1e7;
// Read once: in some module loaders (vitest's) every use of an imported binding is a getter call.
const DECIMAL = Decimal;
const PROTOTYPE: object = Decimal.prototype;
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Internal: `⌊a ÷ b⌋` for a safe integer `a` and an integer `b ≥ 1`, exactly, without the
 * remainder operator (V8 computes `%` of doubles past 32 bits with a slow x87 loop). The float
 * quotient is correctly rounded, so it is off from `a ÷ b` by at most `|a ÷ b| × 2^-53`, which is
 * less than `1 ÷ b` (as `|a| < 2^53`); and a quotient that is not a whole number is at least
 * `1 ÷ b` away from the next one, so rounding never carries it onto (or off) a whole number and
 * the floor is exact.
 */
export function quotient(a: number, b: number): number {
  return Math.floor(a / b);
}

/** `a mod b` (floored), exact for the operands of {@link quotient}. */
function rem(a: number, b: number): number {
  return a - quotient(a, b) * b;
}

/**
 * Internal: `units × 10^−scale` as a decimal, for a safe integer `units` and an integer `scale ≥ 0`;
 * equal, internals included, to `new Decimal(units).times(new Decimal(`1e-${scale}`))`.
 */
export function decimalOfUnits(units: number, scale: number): Decimal {
  if (units === 0) return new Decimal(units);
  let rest = units < 0 ? -units : units;
  // The lowest digit sits `shift` places above the bottom of its word.
  const shift = ((-scale % 7) + 7) % 7;
  const width = POW10[7 - shift] as number;
  const low = rem(rest, width);
  // Exact: `rest − low` is a multiple of `width`, and the quotient a safe integer. At most four
  // words: 16 digits shifted by at most 6 places.
  rest = (rest - low) / width;
  let words: number[];
  const w0 = low * (POW10[shift] as number);
  if (rest === 0) words = [w0];
  else {
    const w1 = rem(rest, BASE);
    rest = (rest - w1) / BASE;
    if (rest === 0) words = [w1, w0];
    else {
      const w2 = rem(rest, BASE);
      rest = (rest - w2) / BASE;
      words = rest === 0 ? [w2, w1, w0] : [rest, w2, w1, w0];
    }
  }
  let top = words[0] as number;
  let digits = 1;
  while (top >= 10) {
    top /= 10;
    digits += 1;
  }
  const e = -scale - shift + 7 * (words.length - 1) + digits - 1;
  // No trailing zero words (the first word is never zero).
  let end = words.length;
  while (words[end - 1] === 0) end -= 1;
  if (end < words.length) words.length = end;
  return fromWords(words, e, units < 0 ? -1 : 1);
}

/**
 * Internal: `units × 10^−scale ÷ divisor` as a decimal when the quotient terminates within six
 * more decimal places (then it is exact, as decimal.js's `div` gives it at 40 digits), else
 * `undefined`. `units` and `divisor` are safe integers, `divisor > 0`.
 */
export function exactQuotient(units: number, scale: number, divisor: number): Decimal | undefined {
  let scaled = units;
  for (let places = 0; places <= 6; places += 1) {
    if (!Number.isSafeInteger(scaled)) return undefined;
    if (rem(scaled, divisor) === 0) return decimalOfUnits(scaled / divisor, scale + places);
    scaled *= 10;
  }
  return undefined;
}

/**
 * Internal: a finite decimal as the nearest float — what `value.toNumber()` returns — without
 * writing and parsing its text when its digits fit a safe integer: the float quotient or product
 * of two exactly represented numbers is correctly rounded, as the parse is.
 */
export function decimalToNumber(value: Decimal): number {
  const parts = split(value);
  if (parts === undefined) return value.toNumber();
  const { digits, exponent } = parts;
  const magnitude =
    exponent < 0 ? digits / (POW10[-exponent] as number) : digits * (POW10[exponent] as number);
  return (value as unknown as Words).s < 0 ? -magnitude : magnitude;
}

/**
 * Internal: a finite decimal written with at least `places` decimal places and no exponent —
 * what `value.toFixed(Math.max(value.decimalPlaces(), places))` returns.
 */
export function decimalToFixed(value: Decimal, places: number): string {
  const parts = split(value);
  if (parts === undefined || parts.digits === 0)
    return value.toFixed(Math.max(value.decimalPlaces(), places));
  const { digits, exponent } = parts;
  const own = exponent < 0 ? -exponent : 0;
  const shown = own > places ? own : places;
  let text = String(digits);
  if (exponent > 0) text += '0'.repeat(exponent);
  if (shown > own) text += '0'.repeat(shown - own);
  if (shown > 0) {
    if (text.length <= shown) text = '0'.repeat(shown - text.length + 1) + text;
    text = `${text.slice(0, text.length - shown)}.${text.slice(text.length - shown)}`;
  }
  return (value as unknown as Words).s < 0 ? `-${text}` : text;
}

/**
 * A finite decimal as `digits × 10^exponent` (no trailing zeros in `digits`) when `digits` is a
 * safe integer and `|exponent| ≤ 22`, else `undefined`.
 */
function split(value: Decimal): { digits: number; exponent: number } | undefined {
  const { d, e } = value as unknown as Words;
  if (d === null || d.length > 3) return undefined;
  const n = d.length;
  // The last word's lowest digit has the exponent 7 × (⌊e ÷ 7⌋ − words + 1).
  let exponent = 7 * (Math.floor(e / 7) - n + 1);
  let last = d[n - 1] as number;
  let width = 7;
  if (last !== 0)
    while (last % 10 === 0) {
      last /= 10;
      exponent += 1;
      width -= 1;
    }
  let digits = 0;
  for (let i = 0; i < n - 1; i += 1) digits = digits * BASE + (d[i] as number);
  // Exact while below 2^53; a larger true value never rounds below it.
  digits = digits * (POW10[width] as number) + last;
  if (!Number.isSafeInteger(digits) || exponent > 22 || exponent < -22) return undefined;
  return { digits, exponent };
}

/** A decimal with the given (canonical) internals. */
function fromWords(d: number[], e: number, s: number): Decimal {
  // What decimal.js's constructor does for a decimal argument: the prototype, then the
  // constructor (decimal.js keeps it on each instance), sign, exponent and digits, in its order.
  const value = Object.create(PROTOTYPE) as Words & { constructor: unknown };
  value.constructor = DECIMAL;
  value.s = s;
  value.e = e;
  value.d = d;
  return value as unknown as Decimal;
}
