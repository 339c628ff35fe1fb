import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareKeys } from '../../src/ports';

const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
const utf8Order = (a: string, b: string) => sign(Buffer.compare(Buffer.from(a), Buffer.from(b)));

describe('compareKeys', () => {
  test('orders by code point, unlike <', () => {
    expect(['\uFF5A', '😀', 'a'].sort(compareKeys)).toEqual(['a', 'ｚ', '😀']);
    expect(['\uFF5A', '😀', 'a'].sort()).toEqual(['a', '😀', 'ｚ']); // UTF-16 code units
  });

  test('upper case before lower case, prefixes first, punctuation by code', () => {
    expect(['b', 'a/1', 'B', 'a', 'a-1'].sort(compareKeys)).toEqual(['B', 'a', 'a-1', 'a/1', 'b']);
    expect(compareKeys('', 'a')).toBeLessThan(0);
    expect(compareKeys('abc', 'abc')).toBe(0);
  });
});

describe('properties', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 6 });

  test('agrees with the byte order of UTF-8 (PostgreSQL COLLATE "C")', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sign(compareKeys(a, b))).toBe(utf8Order(a, b));
      }),
    );
  });

  test('is antisymmetric and zero exactly for equal strings', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sign(compareKeys(a, b)) + sign(compareKeys(b, a))).toBe(0);
        expect(compareKeys(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
