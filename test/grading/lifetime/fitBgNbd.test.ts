import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgNbdLogLikelihood, fitBgNbd, safeFitBgNbd } from '../../../src/grading/lifetime';
import { cdnowSummaries, FHL_2005, hasSharedData } from './_support/cdnow';
import { simulateBgNbd } from './_support/simulate';

const errorOf = (input: unknown, options = {}) => {
  const result = safeFitBgNbd(input, options);
  return result.success ? null : result.error;
};

describe.skipIf(!hasSharedData)('fitBgNbd on CDNOW (shared data)', () => {
  const rows = hasSharedData ? cdnowSummaries() : [];
  const fit = hasSharedData ? fitBgNbd(rows) : undefined;

  it('recovers the published estimates: Fader, Hardie & Lee (2005), "Counting your customers the easy way", Marketing Science 24(2): r = 0.243, α = 4.414, a = 0.793, b = 2.426', () => {
    expect(fit?.params.r).toBeCloseTo(FHL_2005.r, 2);
    expect(Math.abs((fit?.params.r ?? 0) - FHL_2005.r)).toBeLessThanOrEqual(0.015);
    expect(Math.abs((fit?.params.alpha ?? 0) - FHL_2005.alpha)).toBeLessThanOrEqual(0.015);
    expect(Math.abs((fit?.params.a ?? 0) - FHL_2005.a)).toBeLessThanOrEqual(0.015);
    expect(Math.abs((fit?.params.b ?? 0) - FHL_2005.b)).toBeLessThanOrEqual(0.015);
  });

  it('reaches the published log-likelihood −9582.4 (same paper, within 0.1)', () => {
    expect(Math.abs((fit?.logLikelihood ?? 0) - -9582.4)).toBeLessThanOrEqual(0.1);
    expect(fit).toMatchObject({ model: 'bg-nbd', converged: true, customers: 2357 });
  });

  it('reports the log-likelihood of its own parameters, and it beats the published (rounded) ones', () => {
    if (fit === undefined) return;
    expect(fit.logLikelihood).toBeCloseTo(bgNbdLogLikelihood(fit.params, rows), 6);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(bgNbdLogLikelihood(FHL_2005, rows));
  });

  it('gives the same parameters, bit for bit, for the rows reversed', () => {
    expect(fitBgNbd([...rows].reverse()).params).toEqual(fit?.params);
  });

  it("shrinks every parameter with an L2 penalizer (as lifetimes' penalizer_coef)", () => {
    const penalized = fitBgNbd(rows, { penalizer: 0.1 }).params;
    const stronger = fitBgNbd(rows, { penalizer: 1 }).params;
    const squares = (p: typeof penalized) =>
      p.r ** 2 + (p.alpha / 38.86) ** 2 + p.a ** 2 + p.b ** 2;
    expect(squares(penalized)).toBeLessThan(squares(fit?.params ?? penalized));
    expect(squares(stronger)).toBeLessThan(squares(penalized));
  });
});

describe('fitBgNbd', () => {
  it('recovers the parameters of data simulated from the model (20,000 customers)', () => {
    const truth = { r: 0.5, alpha: 6, a: 0.7, b: 3 };
    const fit = fitBgNbd(simulateBgNbd(truth, 20_000, 52, 7));
    expect(fit.params.r / truth.r).toBeGreaterThan(0.85);
    expect(fit.params.r / truth.r).toBeLessThan(1.15);
    expect(fit.params.alpha / truth.alpha).toBeGreaterThan(0.85);
    expect(fit.params.alpha / truth.alpha).toBeLessThan(1.15);
    expect(fit.params.a / truth.a).toBeGreaterThan(0.7);
    expect(fit.params.a / truth.a).toBeLessThan(1.3);
    expect(fit.params.b / truth.b).toBeGreaterThan(0.7);
    expect(fit.params.b / truth.b).toBeLessThan(1.3);
  });

  it('stays finite when a few customers buy very often (frequency 10⁶)', () => {
    const rows = simulateBgNbd({ r: 0.5, alpha: 6, a: 0.7, b: 3 }, 2000, 52, 11);
    rows.push(
      { frequency: 1_000_000, recency: 51.9, T: 52 },
      { frequency: 250_000, recency: 3, T: 50 },
    );
    const fit = fitBgNbd(rows);
    expect(Number.isFinite(fit.logLikelihood)).toBe(true);
    expect(Object.values(fit.params).every((v) => Number.isFinite(v) && v > 0)).toBe(true);
  });

  it('refuses bad rows with INVALID_INPUT at [index, field]', () => {
    expect(
      errorOf([
        { frequency: 1, recency: 2, T: 3 },
        { frequency: -2, recency: 0, T: 3 },
      ]),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: [1, 'frequency'],
      value: -2,
    });
    expect(errorOf([{ frequency: 1, recency: 4, T: 3 }])).toMatchObject({
      path: [0, 'recency'],
      value: 4,
    });
    expect(errorOf([{ frequency: 0, recency: 1, T: 3 }])).toMatchObject({
      path: [0, 'recency'],
      value: 1,
    });
    expect(errorOf([{ frequency: 1, recency: Number.NaN, T: 3 }])).toMatchObject({
      path: [0, 'recency'],
    });
    expect(errorOf('not a list')).toMatchObject({ code: 'INVALID_INPUT', path: [] });
  });

  it('refuses bad options at ["options", field]', () => {
    expect(errorOf([{ frequency: 1, recency: 2, T: 3 }], { penalizer: -1 })).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'penalizer'],
    });
  });

  it('needs customers, and repeat buyers: INSUFFICIENT_DATA', () => {
    expect(errorOf([])).toMatchObject({ code: 'INSUFFICIENT_DATA' });
    expect(
      errorOf(Array.from({ length: 100 }, (_, i) => ({ frequency: 0, recency: 0, T: 1 + i }))),
    ).toMatchObject({ code: 'INSUFFICIENT_DATA' });
  });

  it('does not invent parameters when the data cannot identify the model: FIT_NOT_CONVERGED with the last parameters', () => {
    // Every customer bought on the last day observed: no sign of anyone dropping out.
    const noDropOut = Array.from({ length: 60 }, (_, i) => ({
      frequency: 1 + (i % 5),
      recency: 10 + i,
      T: 10 + i,
    }));
    const error = errorOf(noDropOut);
    expect(error?.code).toBe('FIT_NOT_CONVERGED');
    const last = error?.value as Record<string, number>;
    expect(Object.keys(last).sort()).toEqual(['a', 'alpha', 'b', 'r']);
    expect(Object.values(last).every(Number.isFinite)).toBe(true);
    // Identical customers: no heterogeneity to estimate.
    const identical = Array.from({ length: 50 }, () => ({ frequency: 3, recency: 5, T: 10 }));
    expect(errorOf(identical)?.code).toBe('FIT_NOT_CONVERGED');
  });

  it('gives up with FIT_NOT_CONVERGED when the iteration limit is too small', () => {
    const rows = simulateBgNbd({ r: 0.5, alpha: 6, a: 0.7, b: 3 }, 500, 52, 3);
    const error = errorOf(rows, { maxIterations: 2 });
    expect(error).toMatchObject({ code: 'FIT_NOT_CONVERGED' });
    expect(error?.message).toMatch(/within 2 iterations/);
  });
});

describe('properties', () => {
  const sample = simulateBgNbd({ r: 0.8, alpha: 5, a: 0.9, b: 2.5 }, 1500, 40, 99);
  const fit = fitBgNbd(sample);

  it('is invariant to the order of its input', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(sample.length - 1), { minLength: 5, maxLength: 40 }), (swaps) => {
        const shuffled = [...sample];
        swaps.forEach((j, i) => {
          const k = i % shuffled.length;
          [shuffled[k], shuffled[j]] = [
            shuffled[j] as (typeof sample)[number],
            shuffled[k] as (typeof sample)[number],
          ];
        });
        expect(fitBgNbd(shuffled).params).toEqual(fit.params);
      }),
      { numRuns: 10 },
    );
  });

  it('the log-likelihood at the fit is at least that of any nearby parameters', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.double({ min: -0.2, max: 0.2, noNaN: true }),
          fc.double({ min: -0.2, max: 0.2, noNaN: true }),
          fc.double({ min: -0.2, max: 0.2, noNaN: true }),
          fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        ),
        ([dr, dAlpha, da, db]) => {
          const p = fit.params;
          const nearby = {
            r: p.r * Math.exp(dr),
            alpha: p.alpha * Math.exp(dAlpha),
            a: p.a * Math.exp(da),
            b: p.b * Math.exp(db),
          };
          expect(bgNbdLogLikelihood(nearby, sample)).toBeLessThanOrEqual(fit.logLikelihood + 1e-7);
        },
      ),
    );
  });

  it('duplicating every customer keeps the parameters and doubles the log-likelihood', () => {
    const doubled = fitBgNbd([...sample, ...sample]);
    for (const key of ['r', 'alpha', 'a', 'b'] as const)
      expect(doubled.params[key]).toBeCloseTo(fit.params[key], 5);
    expect(doubled.logLikelihood).toBeCloseTo(2 * fit.logLikelihood, 4);
  });
});
