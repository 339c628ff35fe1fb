import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankScores, safeRankScores } from '../../src/kpi';
import { thrown, withPermutation } from '../_support/money';
import { scoreEntries } from '../_support/scoreEntries';

describe('rankScores', () => {
  it('uses standard competition ranking ("1224"), ties by id', () => {
    // Competition ranking as defined in https://en.wikipedia.org/wiki/Ranking#Standard_competition_ranking_(%221224%22_ranking)
    const ranked = rankScores([
      { id: 'd', score: '70' },
      { id: 'c', score: '85' },
      { id: 'b', score: '85' },
      { id: 'a', score: '92' },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('compares scores as decimals, not as text', () => {
    expect(
      rankScores([
        { id: 'x', score: '9.5' },
        { id: 'y', score: '10' },
      ]).map((r) => r.id),
    ).toEqual(['y', 'x']);
  });

  it('refuses a repeated id or a bad score with one coded error', () => {
    expect(
      thrown(() =>
        rankScores([
          { id: 'a', score: '1' },
          { id: 'a', score: '2' },
        ]),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['entries', 1, 'id'],
    });
    expect(thrown(() => rankScores([{ id: 'a', score: 'NaN' }]))).toMatchObject({
      path: ['entries', 0, 'score'],
    });
    expect(safeRankScores(null as never).success).toBe(false);
  });
});

describe('properties', () => {
  it('the input order never changes the ranking', () => {
    fc.assert(
      fc.property(withPermutation(scoreEntries()), ([entries, shuffled]) => {
        expect(rankScores(shuffled)).toEqual(rankScores(entries));
      }),
    );
  });

  it('a rank is one more than the number of strictly higher scores', () => {
    fc.assert(
      fc.property(scoreEntries(), (entries) => {
        for (const r of rankScores(entries)) {
          const higher = entries.filter((e) => Number(e.score) > Number(r.score)).length;
          expect(r.rank).toBe(higher + 1);
        }
      }),
    );
  });
});
