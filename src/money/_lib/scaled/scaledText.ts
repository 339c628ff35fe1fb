import type { Decimal } from '../../../_lib/decimal';
import { Fixed, type Scaled } from './Fixed';

/** `a`'s digits without trailing fraction zeros. */
function fixedDigits(a: Fixed): { u: number; s: number } {
  let { u, s } = a;
  while (s > 0 && u % 10 === 0) {
    u /= 10;
    s -= 1;
  }
  return { u, s };
}

function format(u: number, s: number, places: number): string {
  const negative = u < 0;
  let digits = String(negative ? -u : u);
  if (places > s) digits += '0'.repeat(places - s);
  if (places === 0) return negative ? `-${digits}` : digits;
  if (digits.length <= places) digits = '0'.repeat(places - digits.length + 1) + digits;
  const text = `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
  return negative ? `-${text}` : text;
}

/** Internal: a decimal as plain text (`0` for zero, never `-0`). */
export function decimalText(value: Decimal): string {
  return value.isZero() ? '0' : value.toFixed();
}

/**
 * Internal: the canonical text of a value — what decimal.js's `toFixed()` writes: no exponent, no
 * trailing zeros (`"12.5"`, `"0"`, never `"-0"`) — written straight from the digits of a `Fixed`.
 */
export function scaledText(a: Scaled): string {
  if (!(a instanceof Fixed)) return decimalText(a);
  if (a.u === 0) return '0';
  const { u, s } = fixedDigits(a);
  return format(u, s, s);
}

// Zero at each scale, one string each (statements are full of them).
const ZEROS: string[] = [];

function zeroText(scale: number): string {
  let text = ZEROS[scale];
  if (text === undefined) {
    text = scale === 0 ? '0' : `0.${'0'.repeat(scale)}`;
    if (scale < 64) ZEROS[scale] = text;
  }
  return text;
}

/** Internal: the text of a value with at least `minScale` decimal places (`"12.50"`). */
export function scaledFixedText(a: Scaled, minScale: number): string {
  if (!(a instanceof Fixed)) {
    if (a.isZero()) return zeroText(minScale);
    return a.toFixed(Math.max(a.decimalPlaces(), minScale));
  }
  if (a.u === 0) return zeroText(minScale);
  const { u, s } = fixedDigits(a);
  return format(u, s, Math.max(s, minScale));
}
