import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupSummaries } from '../../../../../src/grading/lifetime/_lib/data/groupSummaries';
import { indexDistinct } from '../../../../../src/grading/lifetime/_lib/data/indexDistinct';

const row = fc
  .tuple(fc.nat(6), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 8, max: 12 }))
  .map(([frequency, recency, T]) => ({ frequency, recency: frequency === 0 ? 0 : recency, T }));

describe('groupSummaries', () => {
  it('counts identical customers and sorts groups by frequency, recency, T', () => {
    const groups = groupSummaries([
      { frequency: 1, recency: 2, T: 5 },
      { frequency: 0, recency: 0, T: 7 },
      { frequency: 1, recency: 2, T: 5 },
      { frequency: 0, recency: -0, T: 5 },
    ]);
    expect(Array.from(groups.x)).toEqual([0, 0, 1]);
    expect(Array.from(groups.T)).toEqual([5, 7, 5]);
    expect(Array.from(groups.weight)).toEqual([1, 1, 2]);
    expect(groups.totalWeight).toBe(4);
  });
});

describe('indexDistinct', () => {
  it('ranks each value among the sorted distinct values', () => {
    const { sorted, rank } = indexDistinct(Float64Array.of(5, 2.5, 5, 9, 2.5));
    expect(Array.from(sorted)).toEqual([2.5, 5, 9]);
    expect(Array.from(rank)).toEqual([1, 0, 1, 2, 0]);
  });
});

describe('properties', () => {
  it('groups preserve every customer and do not depend on input order', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 300 }), (rows) => {
        const groups = groupSummaries(rows);
        const reversed = groupSummaries([...rows].reverse());
        expect(Array.from(groups.weight).reduce((a, b) => a + b, 0)).toBe(rows.length);
        expect(reversed).toEqual(groups);
        for (let g = 0; g < groups.size; g++) {
          const count = rows.filter(
            (r) => r.frequency === groups.x[g] && r.recency === groups.tx[g] && r.T === groups.T[g],
          ).length;
          expect(count).toBe(groups.weight[g]);
        }
      }),
    );
  });

  it('indexDistinct ranks agree with sorting, for thousands of values (through table growth)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), {
          maxLength: 3000,
        }),
        (values) => {
          const column = Float64Array.from(values, (v) => v + 0);
          const { sorted, rank } = indexDistinct(column);
          const expected = [...new Set(Array.from(column))].sort((a, b) => a - b);
          expect(Array.from(sorted)).toEqual(expected);
          column.forEach((v, i) => {
            expect(sorted[rank[i] as number]).toBe(v);
          });
        },
      ),
      { numRuns: 30 },
    );
  });
});
