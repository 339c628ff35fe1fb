import { describe, expect, test } from 'vitest';
import { type ResultRecord, resolvePut, type StoredResult } from '../../src/ports';

const record = (value: ResultRecord['value'], more: Partial<ResultRecord> = {}): ResultRecord => ({
  kind: 'commission-statement',
  key: 'AM-7/2026-03',
  period: '2026-03',
  subjectId: 'AM-7',
  value,
  ...more,
});
const stored = (value: ResultRecord['value'], version: number, closed = false): StoredResult => ({
  ...record(value),
  closed,
  version,
});

describe('resolvePut', () => {
  test('creates at version 1, with closed set', () => {
    expect(resolvePut(null, record({ total: '100.00' }))).toEqual({
      result: { outcome: 'created', version: 1 },
      stored: stored({ total: '100.00' }, 1),
    });
  });

  test('an identical record is unchanged, whatever the key order or expectedVersion', () => {
    const current = stored({ a: 1, b: 2 }, 3);
    expect(resolvePut(current, record({ b: 2, a: 1 })).result).toEqual({
      outcome: 'unchanged',
      version: 3,
    });
    expect(resolvePut(current, record({ b: 2, a: 1 }), { expectedVersion: 0 }).result.outcome).toBe(
      'unchanged',
    );
  });

  test('a different record replaces an open one at the next version', () => {
    expect(resolvePut(stored(1, 1), record(2)).result).toEqual({ outcome: 'replaced', version: 2 });
    expect(resolvePut(stored(1, 1), record(1, { subjectId: 'AM-8' })).stored.subjectId).toBe(
      'AM-8',
    );
    expect(resolvePut(stored(1, 1), record(1, { closed: true })).stored).toEqual(
      stored(1, 2, true),
    );
  });

  test.each([
    ['the value', record(2, { closed: true }), ['value']],
    ['the period', record(1, { closed: true, period: '2026-04' }), ['period']],
    ['the subject', record(1, { closed: true, subjectId: 'AM-8' }), ['subjectId']],
    ['reopening', record(1), ['closed']],
  ])('a closed record cannot change: %s', (_what, next, path) => {
    expect(() => resolvePut(stored(1, 4, true), next, {}, [])).toThrow(
      expect.objectContaining({ code: 'CONFLICT', path }),
    );
  });

  test('a stale expectedVersion is a CONFLICT; the right one passes', () => {
    expect(() => resolvePut(stored(1, 2), record(2), { expectedVersion: 1 }, [5])).toThrow(
      expect.objectContaining({ code: 'CONFLICT', path: [5, 'expectedVersion'], value: 1 }),
    );
    expect(() => resolvePut(null, record(2), { expectedVersion: 1 })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(resolvePut(null, record(2), { expectedVersion: 0 }).result.outcome).toBe('created');
    expect(resolvePut(stored(1, 2), record(2), { expectedVersion: 2 }).result.version).toBe(3);
  });

  test('the stored value is a canonical copy: undefined properties are gone', () => {
    const input = { a: 1, b: undefined, nested: [{ c: 2 }] };
    const { stored: out } = resolvePut(null, record(input));
    expect(out.value).toEqual({ a: 1, nested: [{ c: 2 }] });
    expect(out.value).not.toBe(input);
  });
});
