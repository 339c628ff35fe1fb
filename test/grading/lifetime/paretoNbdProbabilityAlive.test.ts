import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paretoNbdProbabilityAlive } from '../../../src/grading/lifetime';

/** BTYD walkthrough estimates on CDNOW (R package BTYD vignette), as quoted by lifetimes' tests. */
const WALKTHROUGH = { r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 };
const params = fc.record({
  r: fc.double({ min: 0.05, max: 10, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
  s: fc.double({ min: 0.05, max: 10, noNaN: true }),
  beta: fc.double({ min: 0.1, max: 50, noNaN: true }),
});
const history = fc
  .tuple(
    fc.nat(200),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 100, noNaN: true }),
  )
  .map(([frequency, share, T]) => ({ frequency, recency: frequency === 0 ? 0 : share * T, T }));

describe('paretoNbdProbabilityAlive', () => {
  it('is 0.9979 for the walkthrough customer x = 26, tₓ = 30.86, T = 31 (BTYD walkthrough p. 8)', () => {
    expect(
      paretoNbdProbabilityAlive(WALKTHROUGH, { frequency: 26, recency: 30.86, T: 31 }),
    ).toBeCloseTo(0.9979, 3);
  });

  it('stays a finite probability where naive formulas overflow (lifetimes test_conditional_probability_alive_overflow_error)', () => {
    const extreme = { r: 10.465, alpha: 7.98565181e-3, s: 3.0516, beta: 2.82 };
    for (const [frequency, recency, T] of [
      [40, 5, 6],
      [50, 1, 37],
      [50, 4, 37],
    ] as const) {
      const alive = paretoNbdProbabilityAlive(extreme, { frequency, recency, T });
      expect(alive).toBeGreaterThanOrEqual(0);
      expect(alive).toBeLessThanOrEqual(1);
    }
  });
});

describe('properties', () => {
  it('P(alive) is in [0, 1] and 1 when the last purchase is at T', () => {
    fc.assert(
      fc.property(params, history, (p, c) => {
        const alive = paretoNbdProbabilityAlive(p, c);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        expect(
          paretoNbdProbabilityAlive(p, { ...c, recency: c.T, frequency: Math.max(1, c.frequency) }),
        ).toBe(1);
      }),
    );
  });
});
