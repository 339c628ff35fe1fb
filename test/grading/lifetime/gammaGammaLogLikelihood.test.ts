import { describe, expect, it } from 'vitest';
import { gammaGammaLogLikelihood } from '../../../src/grading/lifetime';

describe('gammaGammaLogLikelihood', () => {
  it('is the log density of the mean of x Gamma(p, ν) spends with ν ~ Gamma(q, γ) (Fader & Hardie 2013, eq. 4), written out', () => {
    // p = 2, q = 3, γ = 4, x = 2, m = 5:
    // Γ(px+q)/(Γ(px)Γ(q)) · γ^q m^(px−1) x^(px) / (γ + m x)^(px+q) = Γ(7)/(Γ(4)Γ(3)) · 4³ · 5³ · 2⁴ / 14⁷
    const density = ((720 / (6 * 2)) * (64 * 125 * 16)) / 14 ** 7;
    expect(
      gammaGammaLogLikelihood({ p: 2, q: 3, gamma: 4 }, [
        { frequency: 2, recency: 1, T: 3, monetaryValue: 5 },
      ]),
    ).toBeCloseTo(Math.log(density), 12);
  });

  it('skips customers without repeat purchases', () => {
    expect(
      gammaGammaLogLikelihood({ p: 2, q: 3, gamma: 4 }, [{ frequency: 0, recency: 0, T: 3 }]),
    ).toBe(0);
  });

  it('refuses a repeat customer without spend, and bad parameters, with paths', () => {
    expect(() =>
      gammaGammaLogLikelihood({ p: 2, q: 3, gamma: 4 }, [{ frequency: 2, recency: 1, T: 3 }]),
    ).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['summaries', 0, 'monetaryValue'] }),
    );
    expect(() => gammaGammaLogLikelihood({ p: 2, q: Number.NaN, gamma: 4 }, [])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['params', 'q'] }),
    );
  });
});
