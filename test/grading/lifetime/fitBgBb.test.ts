import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bgBbConditionalExpectedTransactions,
  bgBbLogLikelihood,
  bgBbProbabilityAlive,
  bgBbTransactionProbability,
  fitBgBb,
  parseBgBbSummaries,
  safeFitBgBb,
} from '../../../src/grading/lifetime';
import { donationPatterns, FHS_2010, hasSharedData } from './_support/donations';

describe.skipIf(!hasSharedData)('fitBgBb on the 1995 donor cohort (shared data)', () => {
  const rows = hasSharedData ? donationPatterns() : [];
  const fit = hasSharedData ? fitBgBb(rows) : undefined;

  it('reads 22 patterns of 11,104 donors over 6 opportunities', () => {
    expect([fit?.groups, fit?.customers]).toEqual([22, 11_104]);
  });

  it('recovers α = 1.204, β = 0.750, γ = 0.657, δ = 2.783 and ln L = −33,225.6 (Fader, Hardie & Shang 2010, table 2)', () => {
    for (const key of ['alpha', 'beta', 'gamma', 'delta'] as const)
      expect(Math.abs((fit?.params[key] ?? 0) - FHS_2010[key])).toBeLessThan(0.0006);
    expect(fit?.logLikelihood.toFixed(1)).toBe('-33225.6');
    expect(fit?.logLikelihood).toBeGreaterThanOrEqual(bgBbLogLikelihood(FHS_2010, rows));
    expect(fit?.logLikelihood).toBeCloseTo(bgBbLogLikelihood(fit?.params ?? FHS_2010, rows), 6);
  });

  it('gives P(alive in 2002) of 0.11, 0.59, 0.93 (FHS 2010, table 6; lifetimes test_prob_alive_is_close_to_Hardie_paper_table_6)', () => {
    const params = fit?.params ?? FHS_2010;
    const alive = [
      { frequency: 0, recency: 0, n: 6 },
      { frequency: 2, recency: 4, n: 6 },
      { frequency: 6, recency: 6, n: 6 },
    ].map((c) => bgBbProbabilityAlive(params, c).toFixed(2));
    expect(alive).toEqual(['0.11', '0.59', '0.93']);
  });

  it('expects 12,884.2 gifts in 2002–2006 over the cohort (Hardie, BG/BB spreadsheet, "Conditional Expectations (II)" total; lifetimes test)', () => {
    const params = fit?.params ?? FHS_2010;
    const total = rows.reduce(
      (sum, row) => sum + row.count * bgBbConditionalExpectedTransactions(params, row, 5),
      0,
    );
    expect(Math.abs(total - 12_884.2)).toBeLessThan(0.5);
  });

  it('fits the histogram: 3,454.9 donors expected with no repeat gift, 1,253.1 with six (Hardie, "In-Sample Fit" C18, C24)', () => {
    const params = fit?.params ?? FHS_2010;
    const expected = [0, 6].map((x) => 11_104 * bgBbTransactionProbability(params, x, 6));
    expect(Math.abs((expected[0] as number) - 3454.9)).toBeLessThan(0.1);
    expect(Math.abs((expected[1] as number) - 1253.1)).toBeLessThan(0.1);
  });

  it('has standard errors from the Hessian', () => {
    expect(fit?.standardErrors.status).toBe('ok');
  });

  it('fits the pattern table as its 11,104 rows one per donor', { timeout: 10_000 }, () => {
    const expanded = rows.flatMap(({ count, ...pattern }) =>
      Array.from({ length: count }, () => pattern),
    );
    const each = fitBgBb(expanded);
    for (const key of ['alpha', 'beta', 'gamma', 'delta'] as const)
      expect(each.params[key]).toBe(fit?.params[key]);
    expect(each.customers).toBe(11_104);
  });
});

const SMALL = [
  { frequency: 0, recency: 0, n: 4, count: 40 },
  { frequency: 1, recency: 1, n: 4, count: 12 },
  { frequency: 1, recency: 3, n: 4, count: 5 },
  { frequency: 2, recency: 4, n: 4, count: 9 },
  { frequency: 3, recency: 4, n: 4, count: 10 },
  { frequency: 4, recency: 4, n: 4, count: 24 },
  { frequency: 2, recency: 3, n: 5, count: 7 },
  { frequency: 0, recency: 0, n: 5, count: 30 },
];

describe('fitBgBb', () => {
  it('refuses bad rows, options and data without repeat transactions with codes', () => {
    const bad = safeFitBgBb([{ frequency: 2, recency: 1, n: 4 }]);
    expect(bad.success ? null : [bad.error.code, bad.error.path]).toEqual([
      'INVALID_INPUT',
      [0, 'recency'],
    ]);
    const fractional = safeFitBgBb([{ frequency: 1, recency: 1, n: 4, count: 1.5 }]);
    expect(fractional.success ? null : fractional.error.path).toEqual([0, 'count']);
    const none = safeFitBgBb([{ frequency: 0, recency: 0, n: 4, count: 9 }]);
    expect(none.success ? null : none.error.code).toBe('INSUFFICIENT_DATA');
    const option = safeFitBgBb(SMALL, { maxIterations: 0 });
    expect(option.success ? null : option.error.path).toEqual(['options', 'maxIterations']);
  });

  it('gives up with FIT_NOT_CONVERGED when the iteration limit is too small', () => {
    const result = safeFitBgBb(SMALL, { maxIterations: 1 });
    expect(result.success ? null : result.error.code).toBe('FIT_NOT_CONVERGED');
  });

  it('remembers the unit of an opportunity when stated', () => {
    expect(fitBgBb(SMALL).unit).toBeNull();
    expect(fitBgBb(SMALL, { unit: 'months' }).unit).toBe('months');
  });

  it('parses rows strictly', () => {
    expect(() => parseBgBbSummaries([{ frequency: 1, recency: 1, n: 1, T: 3 }])).toThrow();
  });
});

describe('properties', () => {
  const params = fc.record({
    alpha: fc.double({ min: 0.05, max: 20, noNaN: true }),
    beta: fc.double({ min: 0.05, max: 20, noNaN: true }),
    gamma: fc.double({ min: 0.05, max: 20, noNaN: true }),
    delta: fc.double({ min: 0.05, max: 20, noNaN: true }),
  });

  it('P(X(n) = x) sums to 1 over x = 0..n', () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 0, max: 30 }), (p, n) => {
        let total = 0;
        for (let x = 0; x <= n; x++) total += bgBbTransactionProbability(p, x, n);
        expect(Math.abs(total - 1)).toBeLessThan(1e-9);
      }),
    );
  });

  it('a weighted pattern table fits as its expanded rows, in any order', () => {
    const expanded = SMALL.flatMap(({ count, ...pattern }) =>
      Array.from({ length: count }, () => pattern),
    );
    const grouped = fitBgBb(SMALL);
    fc.assert(
      fc.property(fc.shuffledSubarray(expanded, { minLength: expanded.length }), (shuffled) => {
        const each = fitBgBb(shuffled);
        expect(each.params).toEqual(grouped.params);
        expect(each.logLikelihood).toBe(grouped.logLikelihood);
      }),
      { numRuns: 5 },
    );
  });
});
