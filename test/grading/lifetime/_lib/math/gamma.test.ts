import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  digamma,
  digammaRising,
  lnGamma,
  lnRising,
} from '../../../../../src/grading/lifetime/_lib/math/gamma';

describe('lnGamma', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 14);
    expect(lnGamma(21)).toBeCloseTo(Math.log(2432902008176640000), 12);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
  });

  it('stays finite and accurate for very large arguments (Stirling)', () => {
    const x = 1e9;
    const stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x);
    expect(lnGamma(x) / stirling).toBeCloseTo(1, 14);
  });

  it('is NaN outside (0, ∞)', () => {
    expect(
      [lnGamma(0), lnGamma(-1), lnGamma(Number.NaN), lnGamma(Number.POSITIVE_INFINITY)].every(
        Number.isNaN,
      ),
    ).toBe(true);
  });
});

describe('digamma', () => {
  it('matches ψ(1) = −γ and ψ(1/2) = −γ − 2 ln 2', () => {
    const euler = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-euler, 14);
    expect(digamma(0.5)).toBeCloseTo(-euler - 2 * Math.LN2, 14);
  });
});

describe('properties', () => {
  const positive = fc.double({ min: 1e-3, max: 1e4, noNaN: true });

  it('lnΓ(x + 1) = lnΓ(x) + ln x and ψ(x + 1) = ψ(x) + 1/x', () => {
    fc.assert(
      fc.property(positive, (x) => {
        const scale = Math.max(1, Math.abs(lnGamma(x)));
        expect(Math.abs(lnGamma(x + 1) - lnGamma(x) - Math.log(x))).toBeLessThan(1e-13 * scale);
        expect(Math.abs(digamma(x + 1) - digamma(x) - 1 / x)).toBeLessThan(
          1e-12 * Math.max(1, 1 / x),
        );
      }),
    );
  });

  it('ψ is the derivative of lnΓ', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 1e3, noNaN: true }), (x) => {
        const h = 1e-5 * Math.max(1, x);
        const slope = (lnGamma(x + h) - lnGamma(x - h)) / (2 * h);
        expect(slope).toBeCloseTo(digamma(x), 5);
      }),
    );
  });

  it('lnRising and digammaRising agree with the gamma functions for every n', () => {
    fc.assert(
      fc.property(positive, fc.nat(40), (x, n) => {
        expect(lnRising(x, n)).toBeCloseTo(lnGamma(x + n) - lnGamma(x), 9);
        expect(digammaRising(x, n)).toBeCloseTo(digamma(x + n) - digamma(x), 9);
      }),
    );
  });
});
