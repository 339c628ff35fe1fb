import { requireString } from '../errors/_lib/argumentGuards';
/**
 * Compares two strings by Unicode code point: the order of UTF-8 bytes, which is what
 * PostgreSQL's `COLLATE "C"` and most key-value stores use. JavaScript's `<` compares UTF-16 code
 * units instead and puts emoji and other characters above U+FFFF before U+E000–U+FFFF; this does
 * not. Every list a store returns is ordered with it.
 *
 * @param a - the first string
 * @param b - the second string
 * @returns a negative number, zero or a positive number
 * @example
 * ```ts
 * ['\uFF5A', '😀', 'a'].sort(compareKeys);
 * //=> ['a', 'ｚ', '😀']
 * ```
 */
export function compareKeys(a: string, b: string): number {
  requireString(a, 'a');
  requireString(b, 'b');
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Moves surrogates (which encode code points above U+FFFF) after U+E000–U+FFFF. */
function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}
