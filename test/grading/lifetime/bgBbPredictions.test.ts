import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bgBbConditionalExpectedTransactions,
  bgBbDiscountedExpectedTransactions,
  bgBbProbabilityAlive,
  safeBgBbConditionalExpectedTransactions,
  safeBgBbDiscountedExpectedTransactions,
  safeBgBbProbabilityAlive,
} from '../../../src/grading/lifetime';
import { survivalSum } from '../../../src/grading/lifetime/_lib/models/bgBbTerms';

/** The donors' published fit (Fader, Hardie & Shang 2010, table 2). */
const DONORS = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };

describe('BG/BB predictions', () => {
  it('refuses bad patterns, horizons and discount rates at their paths', () => {
    const pattern = safeBgBbProbabilityAlive(DONORS, { frequency: 0, recency: 2, n: 6 });
    expect(pattern.success ? null : pattern.error.path).toEqual(['customer', 'recency']);
    const horizon = safeBgBbConditionalExpectedTransactions(
      DONORS,
      { frequency: 1, recency: 1, n: 2 },
      1.5,
    );
    expect(horizon.success ? null : horizon.error.path).toEqual(['opportunities']);
    const rate = safeBgBbDiscountedExpectedTransactions(
      DONORS,
      { frequency: 1, recency: 1, n: 2 },
      0,
    );
    expect(rate.success ? null : rate.error.path).toEqual(['discountRate']);
    const params = safeBgBbProbabilityAlive(
      { ...DONORS, gamma: -1 },
      { frequency: 0, recency: 0, n: 1 },
    );
    expect(params.success ? null : params.error.path).toEqual(['params', 'gamma']);
  });

  it('expects nothing in no future opportunity, and more the more opportunities', () => {
    const donor = { frequency: 3, recency: 5, n: 6 };
    expect(bgBbConditionalExpectedTransactions(DONORS, donor, 0)).toBe(0);
    const five = bgBbConditionalExpectedTransactions(DONORS, donor, 5);
    expect(bgBbConditionalExpectedTransactions(DONORS, donor, 10)).toBeGreaterThan(five);
  });

  it('sums far horizons in closed form as the term-by-term sum would', () => {
    for (const gamma of [0.657, 1, 2.5]) {
      const looped = survivalSum(9.783, gamma, 100_000);
      let closed = survivalSum(9.783, gamma, 100_001);
      let last = 1;
      for (let k = 0; k < 100_000; k++) last *= (9.783 + k) / (9.783 + gamma + k);
      closed -= last;
      expect(Math.abs(closed - looped) / looped).toBeLessThan(1e-9);
    }
  });
});

describe('properties', () => {
  const params = fc.record({
    alpha: fc.double({ min: 0.05, max: 20, noNaN: true }),
    beta: fc.double({ min: 0.05, max: 20, noNaN: true }),
    gamma: fc.double({ min: 0.05, max: 20, noNaN: true }),
    delta: fc.double({ min: 0.05, max: 20, noNaN: true }),
  });
  const pattern = fc
    .tuple(
      fc.integer({ min: 0, max: 12 }),
      fc.integer({ min: 0, max: 12 }),
      fc.integer({ min: 0, max: 12 }),
    )
    .map(([a, b, c]) => {
      const [x, tx, n] = [a, b, c].sort((u, v) => u - v) as [number, number, number];
      return { frequency: x, recency: x === 0 ? 0 : tx, n };
    });

  it('P(alive) is a probability', () => {
    fc.assert(
      fc.property(params, pattern, (p, c) => {
        const alive = bgBbProbabilityAlive(p, c);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('DERT is the discounted sum of the expected transactions at each future opportunity', () => {
    fc.assert(
      fc.property(params, pattern, fc.double({ min: 0.05, max: 1, noNaN: true }), (p, c, d) => {
        let brute = 0;
        let before = 0;
        for (let k = 1; k <= 2_000; k++) {
          const upTo = bgBbConditionalExpectedTransactions(p, c, k);
          const discounted = (upTo - before) / (1 + d) ** k;
          brute += discounted;
          before = upTo;
          if (discounted < 1e-18 * brute) break;
        }
        const dert = bgBbDiscountedExpectedTransactions(p, c, d);
        expect(Math.abs(dert - brute)).toBeLessThan(1e-8 * Math.max(1, brute));
      }),
      { numRuns: 25 },
    );
  });
});
