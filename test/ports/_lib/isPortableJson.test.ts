import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { safeCanonicalJson } from '../../../src/ports';
import { isPortableJson } from '../../../src/ports/_lib/isPortableJson';

// The bulk path of the PostgreSQL result store walks values with isPortableJson instead of
// canonicalJson: it must accept exactly what canonicalJson accepts.

const deep = (levels: number): unknown => (levels === 0 ? 1 : [deep(levels - 1)]);
const cycle: Record<string, unknown> = {};
cycle.self = cycle;

describe('isPortableJson', () => {
  test.each([
    ['plain JSON', { b: [1, 'x', null, true], a: { c: undefined } }, true],
    ['NaN', { a: [1, Number.NaN] }, false],
    ['undefined in an array', [undefined], false],
    ['a hole in an array', new Array(3).fill(1, 0, 1), false],
    ['a Date', { d: new Date(0) }, false],
    ['a bigint', { n: 1n }, false],
    ['a NUL in a string', { s: 'a\u0000b' }, false],
    ['a lone surrogate in a key', { '\ud800': 1 }, false],
    ['an unsafe key', JSON.parse('{"__proto__": 1}'), false],
    ['64 levels', deep(64), true],
    ['65 levels', deep(65), false],
    ['a cycle', cycle, false],
  ])('%s', (_name, value, expected) => {
    expect(isPortableJson(value)).toBe(expected);
    expect(safeCanonicalJson(value).success).toBe(expected);
  });

  test('without strings, leaves strings and keys to the caller', () => {
    expect(isPortableJson({ '\ud800': 'a\u0000b' }, false)).toBe(true);
    expect(isPortableJson({ n: Number.NaN }, false)).toBe(false);
  });

  describe('properties', () => {
    test('accepts exactly what canonicalJson accepts', () => {
      fc.assert(
        fc.property(
          fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true }),
          (v) => {
            const r = safeCanonicalJson(v);
            expect(isPortableJson(v)).toBe(r.success);
          },
        ),
      );
    });
  });
});
