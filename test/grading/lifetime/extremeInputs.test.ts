import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../../src/errors';
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdLogLikelihood,
  bgNbdProbabilityAlive,
  bgNbdPurchaseProbability,
  customerLifetimeValue,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  gammaGammaExpectedSpend,
  gammaGammaLogLikelihood,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
  predictPurchases,
  spendFrequencyCorrelation,
} from '../../../src/grading/lifetime';

/** Every number in a result (deep: traces, months, Decimal values as their finiteness). */
function nonFinite(value: unknown, seen = new Set<unknown>()): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : String(value);
  if (typeof value === 'string') return /NaN|Infinity/.test(value) ? value : undefined;
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  const decimal = value as { isFinite?: () => boolean; toFixed?: unknown };
  if (typeof decimal.isFinite === 'function' && typeof decimal.toFixed === 'function')
    return decimal.isFinite() ? undefined : String(value);
  for (const [key, inner] of Object.entries(value)) {
    const found = nonFinite(inner, seen);
    if (found !== undefined) return `${key}: ${found}`;
  }
  return undefined;
}

/** A result whose every number is finite, or one of the coded errors for valid-but-extreme input. */
function finiteOrCoded(run: () => unknown): void {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(CrmRulesError);
    expect(['LIMIT_EXCEEDED', 'FIT_NOT_CONVERGED', 'INSUFFICIENT_DATA']).toContain(
      (error as CrmRulesError).code,
    );
    return;
  }
  expect(nonFinite(result)).toBeUndefined();
}

const customer = { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 };
const MAX = Number.MAX_VALUE;

describe('lifetime models on extreme inputs (issue 13)', () => {
  describe('regressions: each returned NaN or Infinity', () => {
    it('Gamma-Gamma expected spend with huge p and γ is the finite weighted mean', () => {
      const params = { p: 1e20, q: 1e20, gamma: 1e300 };
      // (pγ + p·x·m)/(p·x + q − 1) = (γ + x·m)/(x + (q − 1)/p) ≈ 1e300 / 3
      expect(gammaGammaExpectedSpend(params, customer) / (1e300 / 3)).toBeCloseTo(1, 12);
      const huge = { p: MAX, q: 1e300, gamma: MAX };
      const spend = gammaGammaExpectedSpend(huge, { ...customer, frequency: 1000 });
      expect(spend / (MAX / (1000 + (1e300 - 1) / MAX))).toBeCloseTo(1, 12);
    });

    it('Gamma-Gamma expected spend past the float range is LIMIT_EXCEEDED', () => {
      const params = { p: 1, q: 1 + 1e-15, gamma: 1e300 };
      expect(() => gammaGammaExpectedSpend(params, { frequency: 0, recency: 0, T: 1 })).toThrow(
        expect.objectContaining({ code: 'LIMIT_EXCEEDED', path: ['params'] }),
      );
    });

    // each call sums a hypergeometric series up to its term limit before it gives up
    it('BG/NBD expected purchases with r, α near the float maximum', { timeout: 30_000 }, () => {
      const params = { r: MAX, alpha: MAX, a: 0.8, b: 2.4 };
      for (const run of [
        () => bgNbdExpectedPurchases(params, 1e6),
        () => bgNbdConditionalExpectedPurchases(params, customer, 1e6),
        () => predictPurchases(params, customer, { horizon: 1e6, unit: 'weeks' }),
        () =>
          bgNbdConditionalExpectedPurchases(
            { r: 1e300, alpha: 1e300, a: 0.8, b: 2.4 },
            customer,
            1e6,
          ),
      ])
        finiteOrCoded(run);
    });

    it('BG/NBD P(alive) and predictions with a tiny a and a huge b', () => {
      const params = { r: 0.24, alpha: 4.4, a: 1e-300, b: MAX };
      finiteOrCoded(() => bgNbdProbabilityAlive(params, customer));
      finiteOrCoded(() => bgNbdConditionalExpectedPurchases(params, customer, 52));
    });

    it('BG/NBD purchase probability and log-likelihood with extreme parameters', () => {
      finiteOrCoded(() =>
        bgNbdPurchaseProbability({ r: 1e-322, alpha: 1e-100, a: MAX, b: 0.5 }, 5e-323, 245),
      );
      finiteOrCoded(() =>
        bgNbdLogLikelihood({ r: MAX, alpha: 1e-8, a: 7e-323, b: 7.9e79 }, [
          { frequency: 1725149408, recency: 5.24e-23, T: 1e-10 },
        ]),
      );
    });

    it('Pareto/NBD expected purchases with a huge β and a tiny α', () => {
      finiteOrCoded(() =>
        paretoNbdExpectedPurchases({ r: 2, alpha: 8.7e-172, s: 1, beta: 1e300 }, 52),
      );
      finiteOrCoded(() =>
        paretoNbdExpectedPurchases(
          { r: 2.4e-131, alpha: 2.7e-43, s: 1.5e-323, beta: 5e-324 },
          1e300,
        ),
      );
    });

    it('Gamma-Gamma log-likelihood with a huge q', () => {
      finiteOrCoded(() =>
        gammaGammaLogLikelihood({ p: 1, q: 1.79e308, gamma: 1e-20 }, [
          { frequency: 1725149408, recency: 5e-23, T: 1e-10, monetaryValue: 1.7e-251 },
        ]),
      );
    });

    it('the spend–frequency correlation of spends near 1e300 (the squares overflowed)', () => {
      const rows = [
        { frequency: 1, recency: 1, T: 2, monetaryValue: 1e300 },
        { frequency: 2, recency: 1, T: 2, monetaryValue: 3e300 },
        { frequency: 3, recency: 1, T: 2, monetaryValue: 2e300 },
      ];
      expect(spendFrequencyCorrelation(rows).correlation).toBeCloseTo(0.5, 12);
    });
  });

  describe('properties', () => {
    // Tiny and huge values of every parameter within its schema (finite and > 0), with a few
    // ordinary ones so that mixed cases occur.
    const positive = fc.oneof(
      fc.constantFrom(
        Number.MIN_VALUE,
        1e-300,
        1e-20,
        1e-6,
        0.5,
        1,
        1 + 1e-12,
        2,
        1e6,
        1e20,
        1e300,
        MAX,
      ),
      fc.double({ min: Number.MIN_VALUE, max: MAX, noNaN: true, noDefaultInfinity: true }),
    );
    const time = fc.oneof(
      fc.constantFrom(0, 1e-300, 1, 52, 1e6, 1e12, 1e300),
      fc.double({ min: 0, max: 1e9, noNaN: true }),
    );
    const summary = fc
      .tuple(
        fc.oneof(
          fc.constantFrom(0, 1, 2, 1000, 2 ** 40, Number.MAX_SAFE_INTEGER),
          fc.nat({ max: 50 }),
        ),
        time,
        time,
        positive,
      )
      .map(([x, u, v, m]) => ({
        frequency: x,
        recency: x === 0 ? 0 : Math.min(u, v),
        T: Math.max(u, v),
        monetaryValue: m,
      }));
    const bg = fc.record({ r: positive, alpha: positive, a: positive, b: positive });
    const pareto = fc.record({ r: positive, alpha: positive, s: positive, beta: positive });
    const gg = fc.record({ p: positive, q: positive, gamma: positive });

    it('closed forms: every numeric output is finite or a coded error is thrown', () => {
      fc.assert(
        fc.property(bg, pareto, gg, summary, time, fc.nat({ max: 500 }), (b, p, g, c, t, n) => {
          finiteOrCoded(() => bgNbdProbabilityAlive(b, c));
          finiteOrCoded(() => bgNbdPurchaseProbability(b, t, n));
          finiteOrCoded(() => bgNbdLogLikelihood(b, [c]));
          finiteOrCoded(() => paretoNbdExpectedPurchases(p, t));
          finiteOrCoded(() => gammaGammaLogLikelihood(g, [c]));
          if (g.q > 1) finiteOrCoded(() => gammaGammaExpectedSpend(g, c));
        }),
        { numRuns: 200 },
      );
    });

    it('series (hypergeometric) forms: every numeric output is finite or a coded error is thrown', {
      timeout: 60_000,
    }, () => {
      fc.assert(
        fc.property(bg, pareto, gg, summary, time, (b, p, g, c, t) => {
          finiteOrCoded(() => bgNbdExpectedPurchases(b, t));
          finiteOrCoded(() => bgNbdConditionalExpectedPurchases(b, c, t));
          finiteOrCoded(() => predictPurchases(b, c, { horizon: t || 1, unit: 'weeks' }));
          finiteOrCoded(() => paretoNbdProbabilityAlive(p, c));
          finiteOrCoded(() => paretoNbdConditionalExpectedPurchases(p, c, t));
          finiteOrCoded(() => paretoNbdLogLikelihood(p, [c]));
          if (g.q > 1)
            finiteOrCoded(() =>
              customerLifetimeValue({ bgNbd: b, gammaGamma: g }, c, {
                unit: 'weeks',
                months: 2,
                discountRate: '0.01',
                currency: 'USD',
              }),
            );
        }),
        { numRuns: 8 },
      );
    });

    it('fits on extreme summaries: a finite fit or a coded error', { timeout: 60_000 }, () => {
      fc.assert(
        fc.property(fc.array(summary, { minLength: 1, maxLength: 12 }), (rows) => {
          finiteOrCoded(() => fitBgNbd(rows, { maxIterations: 100 }));
          finiteOrCoded(() => fitParetoNbd(rows, { maxIterations: 100 }));
          finiteOrCoded(() => fitGammaGamma(rows, { maxIterations: 100 }));
          finiteOrCoded(() => spendFrequencyCorrelation(rows));
        }),
        { numRuns: 15 },
      );
    });
  });
});
