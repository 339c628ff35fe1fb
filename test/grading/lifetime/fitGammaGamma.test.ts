import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitGammaGamma,
  gammaGammaLogLikelihood,
  safeFitGammaGamma,
} from '../../../src/grading/lifetime';
import { cdnowWithSpend, FH_GAMMA_GAMMA, hasSharedData } from './_support/cdnow';
import { mulberry32 } from './_support/simulate';

/** Repeat customers whose transactions follow the Gamma-Gamma model exactly. */
function simulateSpend(p: number, q: number, gamma: number, customers: number, seed: number) {
  const random = mulberry32(seed);
  const gammaVariate = (shape: number): number => {
    if (shape < 1) return gammaVariate(shape + 1) * random() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
      const v = (1 + c * x) ** 3;
      if (v > 0 && Math.log(random()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  return Array.from({ length: customers }, () => {
    const nu = gammaVariate(q) / gamma;
    const frequency = 1 + Math.floor(random() * 6);
    let total = 0;
    for (let k = 0; k < frequency; k++) total += gammaVariate(p) / nu;
    return { frequency, recency: 1, T: 2, monetaryValue: total / frequency };
  });
}

describe.skipIf(!hasSharedData)('fitGammaGamma on CDNOW (shared data)', () => {
  const rows = hasSharedData ? cdnowWithSpend() : [];
  const fit = hasSharedData ? fitGammaGamma(rows) : undefined;

  it('recovers p = 6.25, q = 3.74, γ = 15.44 (Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary Value") within 0.05', () => {
    expect(Math.abs((fit?.params.p ?? 0) - FH_GAMMA_GAMMA.p)).toBeLessThanOrEqual(0.05);
    expect(Math.abs((fit?.params.q ?? 0) - FH_GAMMA_GAMMA.q)).toBeLessThanOrEqual(0.05);
    expect(Math.abs((fit?.params.gamma ?? 0) - FH_GAMMA_GAMMA.gamma)).toBeLessThanOrEqual(0.05);
  });

  it("fits only the 946 repeat customers, and its log-likelihood is the published one's to 0.01", () => {
    expect(fit?.customers).toBe(rows.filter((row) => row.frequency > 0).length);
    const published = gammaGammaLogLikelihood(FH_GAMMA_GAMMA, rows);
    expect(fit?.logLikelihood).toBeGreaterThanOrEqual(published);
    expect((fit?.logLikelihood ?? 0) - published).toBeLessThan(0.01);
    expect(fit?.logLikelihood).toBeCloseTo(
      gammaGammaLogLikelihood(fit?.params ?? FH_GAMMA_GAMMA, rows),
      6,
    );
  });

  it('gives the same parameters for the rows in reverse order', () => {
    expect(fitGammaGamma([...rows].reverse()).params).toEqual(fit?.params);
  });
});

describe('fitGammaGamma', () => {
  it('recovers the parameters of simulated spends (5,000 customers)', () => {
    const fit = fitGammaGamma(simulateSpend(4, 3, 20, 5000, 5));
    // the population mean p·γ/(q−1) is what CLV uses; it is well identified
    expect((fit.params.p * fit.params.gamma) / (fit.params.q - 1) / ((4 * 20) / 2)).toBeGreaterThan(
      0.9,
    );
    expect((fit.params.p * fit.params.gamma) / (fit.params.q - 1) / ((4 * 20) / 2)).toBeLessThan(
      1.1,
    );
    expect(fit.params.p / 4).toBeGreaterThan(0.8);
    expect(fit.params.p / 4).toBeLessThan(1.2);
  });

  it('needs a positive monetaryValue for every repeat customer, at [index, "monetaryValue"]', () => {
    const rows = [
      { frequency: 2, recency: 1, T: 2, monetaryValue: 10 },
      { frequency: 1, recency: 1, T: 2 },
    ];
    const result = safeFitGammaGamma(rows);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_INPUT',
      [1, 'monetaryValue'],
    ]);
    const zero = safeFitGammaGamma([{ frequency: 3, recency: 1, T: 2, monetaryValue: 0 }]);
    expect(zero.success ? null : zero.error.path).toEqual([0, 'monetaryValue']);
  });

  it('ignores customers without repeat purchases, and needs two repeat customers: INSUFFICIENT_DATA', () => {
    const result = safeFitGammaGamma([
      { frequency: 0, recency: 0, T: 2 },
      { frequency: 2, recency: 1, T: 2, monetaryValue: 12 },
    ]);
    expect(result.success ? null : result.error.code).toBe('INSUFFICIENT_DATA');
  });

  it('does not invent parameters when every spend is the same: FIT_NOT_CONVERGED', () => {
    const same = Array.from({ length: 20 }, () => ({
      frequency: 2,
      recency: 1,
      T: 2,
      monetaryValue: 10,
    }));
    const result = safeFitGammaGamma(same);
    expect(result.success ? null : result.error.code).toBe('FIT_NOT_CONVERGED');
    expect(result.success ? null : Object.keys(result.error.value as object).sort()).toEqual([
      'gamma',
      'p',
      'q',
    ]);
  });
});

describe('properties', () => {
  const sample = simulateSpend(3, 4, 10, 400, 17);
  const fit = fitGammaGamma(sample);

  it('the log-likelihood at the fit is at least that of any nearby parameters', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.double({ min: -0.2, max: 0.2, noNaN: true }),
          fc.double({ min: -0.2, max: 0.2, noNaN: true }),
          fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        ),
        ([dp, dq, dg]) => {
          const nearby = {
            p: fit.params.p * Math.exp(dp),
            q: fit.params.q * Math.exp(dq),
            gamma: fit.params.gamma * Math.exp(dg),
          };
          expect(gammaGammaLogLikelihood(nearby, sample)).toBeLessThanOrEqual(
            fit.logLikelihood + 1e-7,
          );
        },
      ),
    );
  });

  it('scaling every spend by c scales γ by c and leaves p and q', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (c) => {
        const scaled = fitGammaGamma(
          sample.map((row) => ({ ...row, monetaryValue: row.monetaryValue * c })),
        );
        expect(scaled.params.p).toBeCloseTo(fit.params.p, 4);
        expect(scaled.params.q).toBeCloseTo(fit.params.q, 4);
        expect(scaled.params.gamma / c).toBeCloseTo(fit.params.gamma, 3);
      }),
      { numRuns: 10 },
    );
  });
});
