import { describe, expect, test } from 'vitest';
import { parseWith } from '../../src/errors';
import { ResultRecord } from '../../src/ports';

const base = { kind: 'grade', key: 'C-001/2026-Q1', period: '2026-Q1', subjectId: 'C-001' };

describe('ResultRecord', () => {
  test('a grade as a result record', () => {
    expect(ResultRecord.parse({ ...base, value: { grade: 'key' } }).key).toBe('C-001/2026-Q1');
    expect(ResultRecord.parse({ ...base, value: null, closed: true }).closed).toBe(true);
  });

  test.each([
    ['a missing value', { ...base }, 'INVALID_INPUT', ['value']],
    [
      'a NaN inside the value',
      { ...base, value: { points: [1, Number.NaN] } },
      'INVALID_INPUT',
      ['value', 'points', 1],
    ],
    [
      'a __proto__ key in the value',
      { ...base, value: JSON.parse('{"__proto__":{}}') },
      'UNSAFE_KEY',
      ['value', '__proto__'],
    ],
    ['an empty key', { ...base, key: '', value: 1 }, 'INVALID_INPUT', ['key']],
    ['a kind named prototype', { ...base, kind: 'prototype', value: 1 }, 'UNSAFE_KEY', ['kind']],
    ['an empty period', { ...base, period: '', value: 1 }, 'INVALID_INPUT', ['period']],
  ])('refuses %s', (_what, input, code, path) => {
    expect(() => parseWith(ResultRecord, input)).toThrow(expect.objectContaining({ code, path }));
  });
});
