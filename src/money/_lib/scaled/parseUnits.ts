import { canonical, type Units } from './units';

// 10^0 … 10^22: the powers of ten that are exact doubles.
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Internal: a decimal string read as whole units of 10^−`scale`, allocation-free (the fast path of
 * {@link parseUnits}, of grading's ledgers and of risk's rows): a decimal string with at most 15
 * digits and at most `scale` decimal places, as a safe integer of units; `NaN` for anything else
 * (malformed text, more places, more digits), which the caller hands to the slow path.
 */
export function fastUnits(text: string, scale: number): number {
  const length = text.length;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45) {
    negative = true;
    i = 1;
  } else if (first === 43) i = 1;
  let value = 0;
  let digits = 0;
  let places = -1;
  for (; i < length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits += 1;
      if (places >= 0) places += 1;
    } else if (c === 46 && places < 0 && digits > 0) places = 0;
    else return Number.NaN;
  }
  if (digits === 0 || digits > 15 || places === 0 || places > scale || scale > 22)
    return Number.NaN;
  value *= POW10[scale - (places < 0 ? 0 : places)] as number;
  if (value > Number.MAX_SAFE_INTEGER) return Number.NaN;
  return negative && value !== 0 ? -value : value;
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
 * Internal: a valid decimal string (`/^[+-]?\d+(\.\d+)?$/`) as units of 10^−scale, of any
 * length, or `null` when it has more significant decimal places than `scale`.
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
