import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../src/ports';

describe('canonicalJson', () => {
  test('sorts keys by code point and leaves out undefined properties', () => {
    expect(canonicalJson({ b: [1, 'x'], a: null, c: undefined })).toBe('{"a":null,"b":[1,"x"]}');
    expect(canonicalJson({ '😀': 1, ｚ: 2, Z: 3 })).toBe('{"Z":3,"ｚ":2,"😀":1}');
    expect(canonicalJson('上海')).toBe('"上海"');
    expect(canonicalJson(Object.assign(Object.create(null), { a: 1 }))).toBe('{"a":1}');
  });

  test.each([
    ['NaN', { a: [1, Number.NaN] }, 'INVALID_INPUT', ['a', 1]],
    ['Infinity', Number.POSITIVE_INFINITY, 'INVALID_INPUT', []],
    ['undefined at the top', undefined, 'INVALID_INPUT', []],
    ['undefined in an array', [undefined], 'INVALID_INPUT', [0]],
    ['a hole in an array', new Array(3).fill(1, 0, 1), 'INVALID_INPUT', [1]],
    ['a function', { f: () => 1 }, 'INVALID_INPUT', ['f']],
    ['a bigint', { n: 1n }, 'INVALID_INPUT', ['n']],
    ['a Date', { d: new Date(0) }, 'INVALID_INPUT', ['d']],
    ['a Map', new Map(), 'INVALID_INPUT', []],
    ['a NUL character', { s: 'a\u0000' }, 'INVALID_INPUT', ['s']],
    ['a lone surrogate', ['\ud800'], 'INVALID_INPUT', [0]],
    ['a __proto__ key', JSON.parse('{"x":{"__proto__":1}}'), 'UNSAFE_KEY', ['x', '__proto__']],
    ['a constructor key', { constructor: 1 }, 'UNSAFE_KEY', ['constructor']],
  ])('refuses %s', (_what, value, code, path) => {
    expect(() => canonicalJson(value, [])).toThrow(expect.objectContaining({ code, path }));
  });

  test('refuses cycles but not shared subtrees', () => {
    const shared = { a: 1 };
    expect(canonicalJson({ x: shared, y: shared })).toBe('{"x":{"a":1},"y":{"a":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['self'] }),
    );
  });

  test('prefixes the error path', () => {
    expect(() => canonicalJson({ a: Number.NaN }, ['value'])).toThrow(
      expect.objectContaining({ path: ['value', 'a'] }),
    );
  });
});

describe('properties', () => {
  const unsafe = /"(__proto__|constructor|prototype)":/;
  const json = fc.jsonValue({ maxDepth: 3 }).filter((value) => !unsafe.test(JSON.stringify(value)));
  const safeKey = fc
    .string()
    .filter((key) => !['__proto__', 'constructor', 'prototype'].includes(key));

  test('round trips through JSON.parse', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  test('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(safeKey, fc.integer()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
      }),
    );
  });
});
