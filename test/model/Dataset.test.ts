import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDataset, safeParseDataset } from '../../src/model';
import { datasetArbitrary, sampleDataset } from '../../src/testing';
import { valid } from './fixtures';

const orders = (quantities: string[]) =>
  quantities.map((quantity, index) => ({
    ...valid.order,
    id: `SO-${index}`,
    lines: [{ ...valid.line, quantity }],
  }));

describe('parseDataset', () => {
  test('a dataset holds only the collections given', () => {
    expect(parseDataset({ teams: [{ id: 'T-EU', name: 'Europe' }] })).toEqual({
      teams: [{ id: 'T-EU', name: 'Europe' }],
    });
    expect(parseDataset({})).toEqual({});
    expect(parseDataset({ teams: undefined })).toEqual({});
  });

  test('the error path points into the dataset', () => {
    const result = safeParseDataset({ orders: orders(['1', '2', '3', '-4']) });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('NEGATIVE_QUANTITY');
    expect(result.error.path).toEqual(['orders', 3, 'lines', 0, 'quantity']);
    expect(result.error.value).toBe('-4');
    expect(result.error.message).toContain('orders[3].lines[0].quantity');
  });

  test('duplicate ids within a collection are refused at the second one', () => {
    const result = safeParseDataset({
      teams: [
        { id: 'T-1', name: 'A' },
        { id: 'T-2', name: 'B' },
        { id: 'T-1', name: 'C' },
      ],
    });
    expect(!result.success && [result.error.code, result.error.path, result.error.value]).toEqual([
      'INVALID_INPUT',
      ['teams', 2, 'id'],
      'T-1',
    ]);
  });

  test('one id may appear in two collections', () => {
    expect(() =>
      parseDataset({
        teams: [{ id: 'X', name: 'A' }],
        productCategories: [{ id: 'X', name: 'B' }],
      }),
    ).not.toThrow();
  });

  test.each([
    ['not an object', [], 'INVALID_INPUT', []],
    ['null', null, 'INVALID_INPUT', []],
    ['an unknown collection', { order: [] }, 'INVALID_INPUT', ['order']],
    ['a collection that is not an array', { orders: {} }, 'INVALID_INPUT', ['orders']],
    ['a __proto__ collection', JSON.parse('{"__proto__": []}'), 'UNSAFE_KEY', ['__proto__']],
    ['a constructor collection', { constructor: [] }, 'UNSAFE_KEY', ['constructor']],
    ['an object with another prototype', Object.create({ teams: [] }), 'INVALID_INPUT', []],
  ])('refuses %s', (_what, input, code, path) => {
    const result = safeParseDataset(input);
    expect(!result.success && [result.error.code, result.error.path]).toEqual([code, path]);
  });

  test('prototype keys inside entities are refused, not followed', () => {
    const input = JSON.parse('{"teams":[{"id":"T","name":"x","__proto__":{"polluted":1}}]}');
    const result = safeParseDataset(input);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_INPUT',
      ['teams', 0, '__proto__'],
    ]);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  test('the sample dataset is valid', () => {
    expect(safeParseDataset(sampleDataset()).success).toBe(true);
  });
});

describe('properties', () => {
  test('parsing a valid dataset returns it unchanged, and parsing is idempotent', () => {
    fc.assert(
      fc.property(datasetArbitrary({ maxPerKind: 3 }), (dataset) => {
        const parsed = parseDataset(dataset);
        expect(parsed).toEqual(dataset);
        expect(parseDataset(parsed)).toEqual(parsed);
      }),
      { numRuns: 50 },
    );
  });
});
