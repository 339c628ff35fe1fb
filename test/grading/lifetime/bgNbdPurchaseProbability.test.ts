import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgNbdPurchaseProbability } from '../../../src/grading/lifetime';
import { FHL_2005 } from './_support/cdnow';

const params = fc.record({
  r: fc.double({ min: 0.05, max: 10, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
  a: fc.double({ min: 0.05, max: 10, noNaN: true }),
  b: fc.double({ min: 0.05, max: 10, noNaN: true }),
});

describe('bgNbdPurchaseProbability', () => {
  // R package BTYD, bgnbd.pmf, at the CDNOW estimates of Fader, Hardie & Lee (2005); values as
  // quoted by lifetimes, tests/test_estimation.py (test_probability_of_n_purchases_up_to_time_same_as_R_BTYD).
  it('matches R BTYD: P(X(2) = 10) = 1.07869e-07 and P(X(39) = 0) = 0.5737864', () => {
    expect(bgNbdPurchaseProbability(FHL_2005, 2, 10)).toBeCloseTo(1.07869e-7, 11);
    expect(bgNbdPurchaseProbability(FHL_2005, 39, 0)).toBeCloseTo(0.5737864, 7);
  });

  it('matches R BTYD for n = 11 … 20 purchases in 30 weeks', () => {
    const expected = [
      0.0019995214, 0.0015170236, 0.001163315, 0.0009003148, 0.0007023638, 0.0005517902,
      0.0004361913, 0.0003467171, 0.0002769613, 0.000222226,
    ];
    expected.forEach((value, i) => {
      expect(bgNbdPurchaseProbability(FHL_2005, 30, 11 + i)).toBeCloseTo(value, 10);
    });
  });

  it('puts all mass on n = 0 at t = 0', () => {
    expect([0, 1, 5].map((n) => bgNbdPurchaseProbability(FHL_2005, 0, n))).toEqual([1, 0, 0]);
  });

  it('refuses a negative or fractional n at ["n"] and a bad t at ["t"]', () => {
    expect(() => bgNbdPurchaseProbability(FHL_2005, 3, -1)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['n'] }),
    );
    expect(() => bgNbdPurchaseProbability(FHL_2005, 3, 1.5)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['n'] }),
    );
    expect(() => bgNbdPurchaseProbability(FHL_2005, -3, 1)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['t'] }),
    );
  });
});

describe('properties', () => {
  it('each probability is in [0, 1] and they sum to ≈ 1 over n', () => {
    fc.assert(
      fc.property(params, fc.double({ min: 0, max: 30, noNaN: true }), (p, t) => {
        let mass = 0;
        for (let n = 0; n < 5000 && mass < 1 - 1e-12; n++) {
          const pn = bgNbdPurchaseProbability(p, t, n);
          expect(pn).toBeGreaterThanOrEqual(0);
          expect(pn).toBeLessThanOrEqual(1);
          mass += pn;
        }
        fc.pre(mass > 1e-3); // always true; keeps the loop honest
        expect(mass).toBeLessThanOrEqual(1 + 1e-9);
        // the mass beyond 5,000 purchases is tiny unless λt is enormous
        if (p.r * (t / p.alpha) < 50) expect(mass).toBeGreaterThan(1 - 1e-6);
      }),
      { numRuns: 60 },
    );
  });
});
