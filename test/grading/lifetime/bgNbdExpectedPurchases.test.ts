import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bgNbdExpectedPurchases,
  bgNbdPurchaseProbability,
  fitBgNbd,
} from '../../../src/grading/lifetime';
import { cdnowSummaries, FHL_2005, hasSharedData } from './_support/cdnow';

const params = fc.record({
  r: fc.double({ min: 0.05, max: 10, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
  a: fc.double({ min: 0.05, max: 10, noNaN: true }),
  b: fc.double({ min: 0.05, max: 10, noNaN: true }),
});

describe('bgNbdExpectedPurchases', () => {
  it.skipIf(!hasSharedData)(
    "matches Hardie's BG/NBD spreadsheet on CDNOW at t = 0.1429 … 78 weeks (values quoted by lifetimes, tests/test_estimation.py, to 3 decimals)",
    () => {
      const { params: fitted } = fitBgNbd(cdnowSummaries());
      const times = [0.1429, 1, 3, 31.8571, 32, 78];
      const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
      times.forEach((t, i) => {
        expect(Math.abs(bgNbdExpectedPurchases(fitted, t) - (expected[i] as number))).toBeLessThan(
          1.5e-3,
        );
      });
    },
  );

  it('is 0 at t = 0', () => {
    expect(bgNbdExpectedPurchases(FHL_2005, 0)).toBe(0);
  });

  it('has no singularity at a = 1 (the published formula divides by a − 1)', () => {
    const at = (a: number) => bgNbdExpectedPurchases({ ...FHL_2005, a }, 39);
    expect(at(1)).toBeCloseTo(at(1 + 1e-7), 6);
    expect(at(1)).toBeCloseTo(at(1 - 1e-7), 6);
  });

  it('refuses a negative or non-finite t at ["t"]', () => {
    expect(() => bgNbdExpectedPurchases(FHL_2005, -1)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['t'] }),
    );
    expect(() => bgNbdExpectedPurchases(FHL_2005, Number.POSITIVE_INFINITY)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['t'] }),
    );
  });

  it('reports a series that cannot converge instead of returning a wrong number', () => {
    expect(() => bgNbdExpectedPurchases({ ...FHL_2005, alpha: 1e-6 }, 1e6)).toThrow(
      expect.objectContaining({ code: 'FIT_NOT_CONVERGED', path: ['t'] }),
    );
  });
});

describe('properties', () => {
  it('is non-decreasing in t', () => {
    fc.assert(
      fc.property(
        params,
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (p, t1, t2) => {
          const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
          expect(bgNbdExpectedPurchases(p, late)).toBeGreaterThanOrEqual(
            bgNbdExpectedPurchases(p, early) * (1 - 1e-12),
          );
        },
      ),
    );
  });

  it('equals the mean of the distribution P(X(t) = n) (eq. 8 and eq. 9 agree)', () => {
    fc.assert(
      fc.property(params, fc.double({ min: 0.1, max: 20, noNaN: true }), (p, t) => {
        let mean = 0;
        let mass = 0;
        for (let n = 0; n < 4000 && mass < 1 - 1e-13; n++) {
          const pn = bgNbdPurchaseProbability(p, t, n);
          mass += pn;
          mean += n * pn;
        }
        fc.pre(mass > 1 - 1e-9); // a heavy tail beyond 4,000 purchases: skip
        const expected = bgNbdExpectedPurchases(p, t);
        expect(Math.abs(mean - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, expected));
      }),
      { numRuns: 40 },
    );
  });
});
