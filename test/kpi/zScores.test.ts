import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeZScores, zScores } from '../../src/kpi';
import { thrown, withPermutation } from '../_support/money';
import { scoreEntries } from '../_support/scoreEntries';

const team = [
  { id: 'a', score: '2' },
  { id: 'b', score: '4' },
  { id: 'c', score: '4' },
  { id: 'd', score: '4' },
  { id: 'e', score: '5' },
  { id: 'f', score: '5' },
  { id: 'g', score: '7' },
  { id: 'h', score: '9' },
];

describe('zScores', () => {
  it('uses the population standard deviation by default', () => {
    // mean 5, population σ = 2 (the textbook set 2, 4, 4, 4, 5, 5, 7, 9)
    expect(zScores(team).map((r) => [r.id, r.z])).toEqual([
      ['h', '2.0000'],
      ['g', '1.0000'],
      ['e', '0.0000'],
      ['f', '0.0000'],
      ['b', '-0.5000'],
      ['c', '-0.5000'],
      ['d', '-0.5000'],
      ['a', '-1.5000'],
    ]);
  });

  it('uses n − 1 when asked for the sample deviation', () => {
    // sample σ = √(32 ÷ 7) = 2.13808993…; (9 − 5) ÷ σ = 1.870829…
    expect(zScores(team, { deviation: 'sample', scale: 6 })[0]?.z).toBe('1.870829');
  });

  it('is an INSUFFICIENT_DATA error, never NaN, for one score or no spread', () => {
    expect(thrown(() => zScores([{ id: 'a', score: '3' }]))).toMatchObject({
      code: 'INSUFFICIENT_DATA',
      path: ['entries'],
    });
    expect(
      thrown(() =>
        zScores([
          { id: 'a', score: '3' },
          { id: 'b', score: '3.0' },
        ]),
      ),
    ).toMatchObject({
      code: 'INSUFFICIENT_DATA',
      path: ['entries'],
    });
    expect(thrown(() => zScores(team, { deviation: 'both' as never }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'deviation'],
    });
    expect(safeZScores(null as never).success).toBe(false);
  });
});

describe('properties', () => {
  it('ignores the input order and never writes a negative zero', () => {
    fc.assert(
      fc.property(withPermutation(scoreEntries(2)), ([entries, shuffled]) => {
        fc.pre(new Set(entries.map((e) => e.score)).size > 1);
        const result = zScores(entries, { scale: 2 });
        expect(zScores(shuffled, { scale: 2 })).toEqual(result);
        expect(result.some((r) => /^-0\.0*$/.test(r.z))).toBe(false);
      }),
    );
  });
});
