import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../../src/errors';
import {
  checkJsonBounds,
  conditionBounds,
  DOCUMENT_BOUNDS,
  findBoundsViolation,
  STORED_BOUNDS,
} from '../../../src/errors/_lib/checkJsonBounds';
import { nestedObject } from '../../_support/limits';

const violation = (value: unknown, bounds = DOCUMENT_BOUNDS, path: Array<string | number> = []) =>
  findBoundsViolation(value, bounds, path);

describe('checkJsonBounds (internal)', () => {
  it('accepts JSON within every bound, and shared subtrees', () => {
    const shared = { a: [1, 'x', null, true] };
    expect(violation({ x: shared, y: [shared, shared] })).toBeUndefined();
    expect(violation(nestedObject(INPUT_LIMITS.maxJsonDepth - 1))).toBeUndefined();
    expect(() => checkJsonBounds('text', ['at'])).not.toThrow();
  });

  it('refuses depth past maxJsonDepth at the first container too deep, without recursion', () => {
    const found = violation(nestedObject(1_000_000), DOCUMENT_BOUNDS, ['doc']);
    expect(found).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['doc', ...Array(INPUT_LIMITS.maxJsonDepth).fill('a')],
      value: INPUT_LIMITS.maxJsonDepth + 1,
    });
    expect(found?.detail).toContain('maxJsonDepth');
    let lists: unknown = [];
    for (let i = 0; i < 100_000; i += 1) lists = [lists];
    expect(violation(lists, STORED_BOUNDS)?.path).toHaveLength(INPUT_LIMITS.maxJsonDepth);
  });

  it('refuses a list or object past maxTableRows before visiting its items', () => {
    const rows = Array(INPUT_LIMITS.maxTableRows + 1).fill({ deep: nestedObject(100) });
    expect(violation({ rows })).toMatchObject({ path: ['rows'], value: rows.length });
    const keys = Object.fromEntries(rows.map((_, i) => [`k${i}`, 1]));
    expect(violation({ keys })?.path).toEqual(['keys']);
    expect(violation(Array(INPUT_LIMITS.maxTableRows).fill(1))).toBeUndefined();
  });

  it('refuses strings and keys past maxStringLength, with their length', () => {
    const long = 'x'.repeat(INPUT_LIMITS.maxStringLength + 1);
    expect(violation({ a: [1, long] })).toMatchObject({ path: ['a', 1], value: long.length });
    expect(violation({ [long]: 1 })).toMatchObject({ path: [long], value: long.length });
    expect(violation({ a: long }, STORED_BOUNDS)).toBeUndefined();
  });

  it('counts condition nodes: objects plus list items that are not objects', () => {
    const bounds = conditionBounds(undefined, { name: 'maxConditionNodes', max: 4 });
    const leaf = { fact: 'f', operator: 'in', value: ['a', 'b'] };
    expect(violation({ all: [leaf] }, bounds)).toBeUndefined(); // all, leaf, 'a', 'b'
    expect(violation({ all: [leaf, { fact: 'g', operator: 'exists' }] }, bounds)).toMatchObject({
      path: ['all', 1],
      value: 5,
    });
  });

  it('reports the first violation in document order', () => {
    const long = 'x'.repeat(INPUT_LIMITS.maxStringLength + 1);
    expect(violation({ first: long, second: nestedObject(100) })?.path).toEqual(['first']);
    expect(violation([nestedObject(100), long])?.path[0]).toBe(0);
  });

  it('refuses a cycle as INVALID_INPUT at the back edge; other objects are leaves', () => {
    const cyclic: Record<string, unknown> = { list: [] };
    (cyclic.list as unknown[]).push({ back: cyclic });
    expect(violation(cyclic)).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['list', 0, 'back'],
    });
    expect(() => checkJsonBounds(cyclic)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['list', 0, 'back'] }),
    );
    expect(violation({ when: new Date(0), map: new Map([[1, 2]]) })).toBeUndefined();
  });

  it('throws a CrmRulesError with code, path and size', () => {
    expect(() => checkJsonBounds(nestedObject(100), ['plans', 2])).toThrow(
      expect.objectContaining({
        code: 'LIMIT_EXCEEDED',
        path: ['plans', 2, ...Array(INPUT_LIMITS.maxJsonDepth).fill('a')],
      }),
    );
  });
});
