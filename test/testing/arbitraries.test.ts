import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ENTITY_KINDS, parseDataset, safeParseEntity } from '../../src/model';
import { parseQuery, ResultRecord } from '../../src/ports';
import {
  datasetArbitrary,
  decimalStringArbitrary,
  entityArbitrary,
  entityQueryArbitrary,
  isoDateArbitrary,
  resultRecordArbitrary,
  sampleDataset,
} from '../../src/testing';

describe('named examples', () => {
  test('dates and decimals at their bounds', () => {
    expect(fc.sample(isoDateArbitrary({ from: '2026-01-01', to: '2026-01-02' }), 3)).toEqual([
      '2026-01-01',
      '2026-01-01',
      '2026-01-01',
    ]);
    expect(fc.sample(decimalStringArbitrary({ min: 1, max: 1, scale: 3 }), 1)).toEqual(['1.000']);
    expect(fc.sample(decimalStringArbitrary({ min: 0, max: 0, scale: 0 }), 1)).toEqual(['0']);
    expect(fc.sample(entityQueryArbitrary('teams', []), 1)).toEqual([{}]);
  });

  test('the sample dataset is a fresh copy each time', () => {
    const a = sampleDataset();
    (a.orders as unknown[]).length = 0;
    expect(sampleDataset().orders).toHaveLength(6);
  });

  test('a malformed date bound is an INVALID_DATE', () => {
    expect(() => isoDateArbitrary({ from: '2026-02-30' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', path: ['from'] }),
    );
  });
});

describe('properties', () => {
  test.each(ENTITY_KINDS)('every generated %s is valid and parses to itself', (kind) => {
    fc.assert(
      fc.property(entityArbitrary(kind), (entity) => {
        const parsed = safeParseEntity(kind, entity);
        expect(parsed.success && parsed.data).toEqual(entity);
      }),
      { numRuns: 50 },
    );
  });

  test('generated datasets are valid, with unique ids per collection', () => {
    fc.assert(
      fc.property(datasetArbitrary(), (dataset) => {
        expect(parseDataset(dataset)).toEqual(dataset);
      }),
      { numRuns: 30 },
    );
  });

  test('generated queries are valid for their collection', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...ENTITY_KINDS)
          .chain((kind) => fc.tuple(fc.constant(kind), entityQueryArbitrary(kind))),
        ([kind, query]) => {
          expect(() => parseQuery(kind, query)).not.toThrow();
        },
      ),
    );
  });

  test('generated result records are valid', () => {
    fc.assert(
      fc.property(resultRecordArbitrary(), (record) => {
        expect(ResultRecord.safeParse(record).success).toBe(true);
      }),
    );
  });

  test('decimal strings stay within bounds with the requested scale', () => {
    fc.assert(
      fc.property(decimalStringArbitrary({ min: -5, max: 5, scale: 2 }), (text) => {
        expect(text).toMatch(/^-?\d+\.\d{2}$/);
        expect(Math.abs(Number(text))).toBeLessThanOrEqual(5);
      }),
    );
  });
});
