import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hypergeometric } from '../../../../../src/grading/lifetime/_lib/math/hypergeometric';

const value = (s: { mantissa: number; logScale: number }) => s.mantissa * Math.exp(s.logScale);

describe('hypergeometric', () => {
  it('sums ₂F₁(1, 1; 2; z) = −ln(1 − z)/z and ₂F₁(a, b; b; z) = (1 − z)^(−a)', () => {
    expect(value(hypergeometric([1, 1], [2], 0.5))).toBeCloseTo(-Math.log(0.5) / 0.5, 14);
    expect(value(hypergeometric([0.3, 2.5], [2.5], 0.9))).toBeCloseTo(0.1 ** -0.3, 12);
  });

  it('ends a series exactly at a non-positive integer upper parameter (a polynomial)', () => {
    const s = hypergeometric([-2, 1], [1], 0.5); // (1 − z)²
    expect(value(s)).toBeCloseTo(0.25, 15);
    expect(s.terms).toBe(3);
  });

  it('rescales instead of overflowing: ₂F₁(600, 1; 1; 0.9) = 10⁶⁰⁰', () => {
    const s = hypergeometric([600, 1], [1], 0.9);
    expect(s.converged).toBe(true);
    expect((Math.log(Math.abs(s.mantissa)) + s.logScale) / Math.log(10)).toBeCloseTo(600, 9);
  });

  it('says when it has not converged within the term limit', () => {
    expect(hypergeometric([1, 1], [2], 0.999999, 1000).converged).toBe(false);
  });
});

describe('properties', () => {
  // The models here sum at 0 ≤ z < 1. When the terms alternate (z < 0, or a < 0, where (a)ₙ
  // changes sign) the sum loses accuracy to cancellation: the rounding error is relative to
  // Σ|terms| = (1 + |z|)^|a|, not to the (possibly tiny) result, so that is the bound used.
  it('matches the binomial series (1 − z)^(−a) for any a, 0 ≤ z < 0.95 and −0.5 ≤ z < 0', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -0.5, max: 0.95, noNaN: true }),
        (a, z) => {
          const s = hypergeometric([a, 1], [1], z);
          expect(s.converged).toBe(true);
          const exact = (1 - z) ** -a;
          const magnitude = Math.max(exact, (1 + Math.abs(z)) ** Math.abs(a));
          expect(Math.abs(value(s) - exact)).toBeLessThanOrEqual(1e-12 * magnitude);
        },
      ),
    );
  });
});
