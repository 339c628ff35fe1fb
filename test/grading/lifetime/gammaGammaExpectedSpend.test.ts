import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gammaGammaExpectedSpend } from '../../../src/grading/lifetime';
import { cdnowWithSpend, FH_GAMMA_GAMMA, hasSharedData } from './_support/cdnow';

describe('gammaGammaExpectedSpend', () => {
  it.skipIf(!hasSharedData)(
    "matches Hardie's Gamma-Gamma spreadsheet for the first 10 CDNOW customers (brucehardie.com/notes/025, values as quoted by lifetimes' tests, ±0.1)",
    () => {
      const expected = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
      cdnowWithSpend()
        .slice(0, 10)
        .forEach((customer, i) => {
          expect(
            Math.abs(gammaGammaExpectedSpend(FH_GAMMA_GAMMA, customer) - (expected[i] as number)),
          ).toBeLessThan(0.1);
        });
    },
  );

  it('is the population mean p·γ/(q − 1) for a customer without repeat purchases', () => {
    const { p, q, gamma } = FH_GAMMA_GAMMA;
    expect(
      gammaGammaExpectedSpend(FH_GAMMA_GAMMA, { frequency: 0, recency: 0, T: 10 }),
    ).toBeCloseTo((p * gamma) / (q - 1), 12);
  });

  it('refuses q ≤ 1 (no finite mean) and a repeat customer without spend', () => {
    expect(() =>
      gammaGammaExpectedSpend({ ...FH_GAMMA_GAMMA, q: 0.9 }, { frequency: 0, recency: 0, T: 1 }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['params', 'q'] }));
    expect(() =>
      gammaGammaExpectedSpend(FH_GAMMA_GAMMA, { frequency: 3, recency: 1, T: 2 }),
    ).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['customer', 'monetaryValue'] }),
    );
  });
});

describe('properties', () => {
  const params = fc.record({
    p: fc.double({ min: 0.1, max: 20, noNaN: true }),
    q: fc.double({ min: 1.01, max: 20, noNaN: true }),
    gamma: fc.double({ min: 0.1, max: 100, noNaN: true }),
  });

  it("lies between the population mean and the customer's own mean, closer to the latter with more purchases", () => {
    fc.assert(
      fc.property(
        params,
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        (p, x, m) => {
          const population = (p.p * p.gamma) / (p.q - 1);
          const spend = gammaGammaExpectedSpend(p, {
            frequency: x,
            recency: 1,
            T: 2,
            monetaryValue: m,
          });
          const tolerance = 1e-9 * Math.max(population, m);
          expect(spend).toBeGreaterThanOrEqual(Math.min(population, m) - tolerance);
          expect(spend).toBeLessThanOrEqual(Math.max(population, m) + tolerance);
          const more = gammaGammaExpectedSpend(p, {
            frequency: x + 1,
            recency: 1,
            T: 2,
            monetaryValue: m,
          });
          expect(Math.abs(more - m)).toBeLessThanOrEqual(Math.abs(spend - m) + tolerance);
        },
      ),
    );
  });
});
