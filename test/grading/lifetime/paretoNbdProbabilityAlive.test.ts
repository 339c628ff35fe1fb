import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paretoNbdProbabilityAlive } from '../../../src/grading/lifetime';
import { historyArbitrary, PARETO_NBD_WALKTHROUGH, paretoNbdParams } from './_support/arbitraries';

const WALKTHROUGH = PARETO_NBD_WALKTHROUGH;
const params = paretoNbdParams;
const history = historyArbitrary(200, 100);

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
