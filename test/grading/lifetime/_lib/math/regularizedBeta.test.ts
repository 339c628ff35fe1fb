import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regularizedBeta } from '../../../../../src/grading/lifetime/_lib/math/regularizedBeta';

describe('regularizedBeta', () => {
  it('matches closed forms: I_x(1, b) = 1 − (1 − x)^b, I_x(a, 1) = xᵃ, I_½(a, a) = ½', () => {
    expect(regularizedBeta(0.3, 1, 2.5)).toBeCloseTo(1 - 0.7 ** 2.5, 14);
    expect(regularizedBeta(0.3, 3.5, 1)).toBeCloseTo(0.3 ** 3.5, 14);
    expect(regularizedBeta(0.5, 7.25, 7.25)).toBeCloseTo(0.5, 14);
  });

  it('keeps the relative accuracy of tiny tails', () => {
    // I_x(a, 1) = xᵃ: 1e-3^20 = 1e-60
    expect(regularizedBeta(1e-3, 20, 1) / 1e-60).toBeCloseTo(1, 10);
  });
});

describe('properties', () => {
  const shape = fc.double({ min: 0.05, max: 200, noNaN: true });
  // dyadic x, so 1 − x is exact and the symmetry can be checked to rounding
  const x = fc.integer({ min: 0, max: 2 ** 20 }).map((k) => k / 2 ** 20);

  it('I_x(a, b) + I_{1−x}(b, a) = 1 and it grows with x', () => {
    fc.assert(
      fc.property(x, x, shape, shape, (x1, x2, a, b) => {
        expect(regularizedBeta(x1, a, b) + regularizedBeta(1 - x1, b, a)).toBeCloseTo(1, 9);
        const [lo, hi] = x1 <= x2 ? [x1, x2] : [x2, x1];
        expect(regularizedBeta(hi, a, b)).toBeGreaterThanOrEqual(regularizedBeta(lo, a, b) - 1e-12);
      }),
    );
  });
});
