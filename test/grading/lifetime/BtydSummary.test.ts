import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BtydSummary,
  parseBtydSummaries,
  safeParseBtydSummaries,
} from '../../../src/grading/lifetime';

const failure = (input: unknown) => {
  const result = safeParseBtydSummaries(input);
  return result.success ? null : [result.error.code, result.error.path, result.error.value];
};

describe('BtydSummary', () => {
  it('accepts the first CDNOW customers (Fader, Hardie & Lee 2005 sample, weeks)', () => {
    const rows = [
      { id: 1, frequency: 2, recency: 30.43, T: 38.86 },
      { id: 2, frequency: 1, recency: 1.71, T: 38.86 },
      { id: 3, frequency: 0, recency: 0, T: 38.86 },
    ];
    expect(parseBtydSummaries(rows)).toEqual(rows);
  });

  it('refuses a negative or fractional frequency at [index, "frequency"]', () => {
    expect(failure([{ frequency: -1, recency: 0, T: 5 }])).toEqual([
      'INVALID_INPUT',
      [0, 'frequency'],
      -1,
    ]);
    expect(
      failure([
        { frequency: 0, recency: 0, T: 5 },
        { frequency: 1.5, recency: 1, T: 5 },
      ]),
    ).toEqual(['INVALID_INPUT', [1, 'frequency'], 1.5]);
  });

  it('refuses recency beyond T at [index, "recency"]', () => {
    expect(failure([{ frequency: 3, recency: 12, T: 10 }])).toEqual([
      'INVALID_INPUT',
      [0, 'recency'],
      12,
    ]);
  });

  it('refuses a recency without repeat purchases (frequency 0, recency > 0)', () => {
    expect(failure([{ frequency: 0, recency: 2, T: 10 }])).toEqual([
      'INVALID_INPUT',
      [0, 'recency'],
      2,
    ]);
  });

  it('refuses NaN, ±Infinity and non-numbers', () => {
    expect(failure([{ frequency: 1, recency: Number.NaN, T: 10 }])?.slice(0, 2)).toEqual([
      'INVALID_INPUT',
      [0, 'recency'],
    ]);
    expect(
      failure([{ frequency: 1, recency: 1, T: Number.POSITIVE_INFINITY }])?.slice(0, 2),
    ).toEqual(['INVALID_INPUT', [0, 'T']]);
    expect(failure([{ frequency: '2', recency: 1, T: 3 }])?.slice(0, 2)).toEqual([
      'INVALID_INPUT',
      [0, 'frequency'],
    ]);
    expect(failure([{ frequency: 1, recency: 1, T: 3, monetaryValue: -5 }])?.slice(0, 2)).toEqual([
      'INVALID_INPUT',
      [0, 'monetaryValue'],
    ]);
  });

  it('throws the same error from parseBtydSummaries', () => {
    expect(() => parseBtydSummaries([{ frequency: 1, recency: 4, T: 3 }])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'recency'] }),
    );
  });
});

describe('properties', () => {
  it('a row is valid exactly when 0 ≤ recency ≤ T and frequency 0 implies recency 0', () => {
    fc.assert(
      fc.property(
        fc.nat(50),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (frequency, recency, T) => {
          const valid = recency <= T && (frequency > 0 || recency === 0);
          expect(BtydSummary.safeParse({ frequency, recency, T }).success).toBe(valid);
        },
      ),
    );
  });
});
