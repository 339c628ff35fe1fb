import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
} from '../../../src/grading/lifetime';
import { historyArbitrary, PARETO_NBD_WALKTHROUGH, paretoNbdParams } from './_support/arbitraries';

const WALKTHROUGH = PARETO_NBD_WALKTHROUGH;
const params = paretoNbdParams;
const history = historyArbitrary(200, 100);

describe('paretoNbdConditionalExpectedPurchases', () => {
  it('gives 25.46 purchases in 52 weeks for the walkthrough customer (BTYD walkthrough, as quoted by lifetimes, ±0.01)', () => {
    const value = paretoNbdConditionalExpectedPurchases(
      WALKTHROUGH,
      { frequency: 26, recency: 30.86, T: 31 },
      52,
    );
    expect(Math.abs(value - 25.46)).toBeLessThan(0.01);
  });

  it('does not underflow for long, busy histories: 6.2061 and 6.2529 for x = 132 and 133 (lifetimes test_conditional_expectation_underflow)', () => {
    const p = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
    expect(
      paretoNbdConditionalExpectedPurchases(p, { frequency: 132, recency: 200, T: 200 }, 10),
    ).toBeCloseTo(6.2060517889632418, 8);
    expect(
      paretoNbdConditionalExpectedPurchases(p, { frequency: 133, recency: 200, T: 200 }, 10),
    ).toBeCloseTo(6.2528722475748113, 8);
  });
});

describe('properties', () => {
  it('is non-negative and non-decreasing in t; a just-acquired customer gets the unconditional value', () => {
    fc.assert(
      fc.property(
        params,
        history,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (p, c, t, more) => {
          const now = paretoNbdConditionalExpectedPurchases(p, c, t);
          expect(now).toBeGreaterThanOrEqual(0);
          expect(paretoNbdConditionalExpectedPurchases(p, c, t + more)).toBeGreaterThanOrEqual(
            now * (1 - 1e-12),
          );
          expect(paretoNbdExpectedPurchases(p, t + more)).toBeGreaterThanOrEqual(
            paretoNbdExpectedPurchases(p, t) * (1 - 1e-12),
          );
          expect(
            paretoNbdConditionalExpectedPurchases(p, { frequency: 0, recency: 0, T: 0 }, t),
          ).toBeCloseTo(paretoNbdExpectedPurchases(p, t), 10);
        },
      ),
    );
  });
});
