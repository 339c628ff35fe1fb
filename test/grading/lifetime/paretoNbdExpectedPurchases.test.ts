import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paretoNbdExpectedPurchases } from '../../../src/grading/lifetime';

/** BTYD walkthrough estimates on CDNOW (R package BTYD vignette), as quoted by lifetimes' tests. */
const WALKTHROUGH = { r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 };
const params = fc.record({
  r: fc.double({ min: 0.05, max: 10, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
  s: fc.double({ min: 0.05, max: 10, noNaN: true }),
  beta: fc.double({ min: 0.1, max: 50, noNaN: true }),
});

describe('paretoNbdExpectedPurchases', () => {
  it('matches R BTYD pnbd.Expectation with params (0.55, 10.56, 0.61, 11.64) at t = 0 … 9 (values quoted by lifetimes)', () => {
    const expected = [
      0, 0.05077821, 0.09916088, 0.14542507, 0.1897993, 0.23247466, 0.27361274, 0.31335159,
      0.35181024, 0.38909211,
    ];
    const p = { r: 0.55, alpha: 10.56, s: 0.61, beta: 11.64 };
    expected.forEach((value, t) => {
      expect(paretoNbdExpectedPurchases(p, t)).toBeCloseTo(value, 7);
    });
  });

  it('has no singularity at s = 1', () => {
    const at = (s: number) => paretoNbdExpectedPurchases({ ...WALKTHROUGH, s }, 39);
    expect(at(1)).toBeCloseTo(
      ((WALKTHROUGH.r * WALKTHROUGH.beta) / WALKTHROUGH.alpha) * Math.log1p(39 / WALKTHROUGH.beta),
      12,
    );
    expect(at(1)).toBeCloseTo(at(1 + 1e-8), 6);
  });
});

describe('properties', () => {
  it('is non-negative and non-decreasing in t', () => {
    fc.assert(
      fc.property(
        params,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (p, t, more) => {
          const now = paretoNbdExpectedPurchases(p, t);
          expect(now).toBeGreaterThanOrEqual(0);
          expect(paretoNbdExpectedPurchases(p, t + more)).toBeGreaterThanOrEqual(now * (1 - 1e-12));
        },
      ),
    );
  });
});
