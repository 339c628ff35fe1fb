import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileRank, safePercentileRank } from '../../src/kpi';
import { thrown, withPermutation } from '../_support/money';
import { scoreEntries } from '../_support/scoreEntries';

describe('percentileRank', () => {
  it('counts the scores below plus half the ties (ximpledu worked example)', () => {
    // https://ximpledu.com/en/percentile/ — PR = (n_less + 0.5 · n_equal) ÷ n × 100 over
    // 1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 6, 6, 7, 7, 7, 7, 8, 8, 8, 9: PR(4) = 32.5, PR(7) = 70.
    const data = [1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 6, 6, 7, 7, 7, 7, 8, 8, 8, 9];
    const result = percentileRank(
      data.map((score, i) => ({ id: `p${String(i).padStart(2, '0')}`, score })),
    );
    const of = (score: string) => result.find((r) => r.score === score);
    expect(of('4')).toMatchObject({ below: 6, equal: 1, percentile: '32.50' });
    expect(of('7')).toMatchObject({ below: 12, equal: 4, percentile: '70.00' });
  });

  it('puts a lone score at 50 and rounds a repeating fraction once, half-up', () => {
    expect(percentileRank([{ id: 'a', score: '1' }])[0]?.percentile).toBe('50.00');
    const thirds = percentileRank(
      [
        { id: 'a', score: '3' },
        { id: 'b', score: '2' },
        { id: 'c', score: '1' },
      ],
      { scale: 3 },
    );
    // (2 + 0.5) ÷ 3 × 100 = 83.333…, (0 + 0.5) ÷ 3 × 100 = 16.666… → 16.667
    expect(thirds.map((r) => r.percentile)).toEqual(['83.333', '50.000', '16.667']);
  });

  it('refuses no scores and a bad scale with one coded error', () => {
    expect(thrown(() => percentileRank([]))).toMatchObject({
      code: 'INSUFFICIENT_DATA',
      path: ['entries'],
    });
    expect(thrown(() => percentileRank([{ id: 'a', score: '1' }], { scale: 1.5 }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'scale'],
    });
    expect(safePercentileRank(undefined as never).success).toBe(false);
  });
});

describe('properties', () => {
  it('ignores the input order, and the percentile ranks average exactly 50', () => {
    fc.assert(
      fc.property(withPermutation(scoreEntries(1)), ([entries, shuffled]) => {
        const result = percentileRank(entries, { scale: 10 });
        expect(percentileRank(shuffled, { scale: 10 })).toEqual(result);
        // Σ (2B + E) = n² for any scores, so the unrounded ranks average exactly 50.
        const twice = result.reduce((sum, r) => sum + 2 * r.below + r.equal, 0);
        expect(twice).toBe(entries.length ** 2);
      }),
    );
  });
});
