import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISTRIBUTION_BUCKETS, forcedDistribution, safeForcedDistribution } from '../../src/kpi';
import { thrown, withPermutation } from '../_support/money';
import { scoreEntries } from '../_support/scoreEntries';

const guideline = { top: '20', middle: '70', bottom: '10' } as const;

/** A team of `n` with descending scores, the first `top` proposed top, the last `bottom` bottom. */
function team(n: number, top: number, bottom: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `m${String(i).padStart(2, '0')}`,
    score: String(100 - i),
    bucket: i < top ? 'top' : i >= n - bottom ? 'bottom' : 'middle',
  })) as { id: string; score: string; bucket: 'top' | 'middle' | 'bottom' }[];
}

describe('forcedDistribution', () => {
  it('gives 20 / 70 / 10 of a team of 12 as floor–ceil ranges, counts by largest remainder', () => {
    // exact shares 2.4 / 8.4 / 1.2 → ranges 2–3, 8–9, 1–2; rounded down 2 + 8 + 1 = 11, one left
    // over, remainders .4 / .4 / .2 → the tie goes to the better bucket: counts 3 / 8 / 1
    const check = forcedDistribution(team(12, 3, 1), guideline);
    const view = DISTRIBUTION_BUCKETS.map((b) => {
      const { min, max, count, exact, status } = check.buckets[b];
      return [b, exact, min, max, count, status];
    });
    expect(view).toEqual([
      ['top', '2.4', 2, 3, 3, 'within'],
      ['middle', '8.4', 8, 9, 8, 'within'],
      ['bottom', '1.2', 1, 2, 1, 'within'],
    ]);
    expect(check.outside).toEqual([]);
  });

  it('names who falls outside: the lowest of an over-full top, the highest of an over-full bottom', () => {
    const check = forcedDistribution(team(10, 4, 3), guideline);
    expect([
      check.buckets.top.status,
      check.buckets.middle.status,
      check.buckets.bottom.status,
    ]).toEqual(['over', 'under', 'over']);
    // top allows 2: m03 then m02 must move; bottom allows 1: m07 then m08 must move
    expect(check.outside).toEqual([
      { id: 'm03', bucket: 'top' },
      { id: 'm02', bucket: 'top' },
      { id: 'm07', bucket: 'bottom' },
      { id: 'm08', bucket: 'bottom' },
    ]);
  });

  it('refuses a guideline not adding up to 100 and an unknown bucket with one coded error', () => {
    expect(
      thrown(() => forcedDistribution(team(5, 1, 1), { top: '20', middle: '70', bottom: '20' })),
    ).toMatchObject({ code: 'WEIGHTS_NOT_100', path: ['guideline'], value: '110' });
    expect(
      thrown(() => forcedDistribution(team(5, 1, 1), { top: '-10', middle: '100', bottom: '10' })),
    ).toMatchObject({ code: 'INVALID_ALLOCATION', path: ['guideline', 'top'] });
    const odd = [...team(3, 1, 1), { id: 'x', score: '1', bucket: 'stellar' as never }];
    expect(thrown(() => forcedDistribution(odd, guideline))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['entries', 3, 'bucket'],
    });
    expect(safeForcedDistribution(null as never, guideline).success).toBe(false);
  });
});

describe('properties', () => {
  const proposals = scoreEntries().chain((entries) =>
    fc
      .array(fc.constantFrom(...DISTRIBUTION_BUCKETS), {
        minLength: entries.length,
        maxLength: entries.length,
      })
      .map((buckets) =>
        entries.map((e, i) => ({
          ...e,
          bucket: buckets[i] as (typeof DISTRIBUTION_BUCKETS)[number],
        })),
      ),
  );
  const guidelines = fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([a, b]) => {
      const [low, high] = a < b ? [a, b] : [b, a];
      return { top: String(low), middle: String(high - low), bottom: String(100 - high) };
    });

  it('the guideline counts add up to the team size, each within its range', () => {
    fc.assert(
      fc.property(proposals, guidelines, (entries, g) => {
        const check = forcedDistribution(entries, g);
        const counts = DISTRIBUTION_BUCKETS.map((b) => check.buckets[b].count);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(entries.length);
        for (const b of DISTRIBUTION_BUCKETS) {
          const { min, max, count } = check.buckets[b];
          expect(min <= count && count <= max).toBe(true);
        }
      }),
    );
  });

  it('the input order never changes the result', () => {
    fc.assert(
      fc.property(withPermutation(proposals), guidelines, ([entries, shuffled], g) => {
        expect(forcedDistribution(shuffled, g)).toEqual(forcedDistribution(entries, g));
      }),
    );
  });
});
