import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitParetoNbd,
  paretoNbdLogLikelihood,
  safeFitParetoNbd,
} from '../../../src/grading/lifetime';
import { cdnowSummaries, hasSharedData } from './_support/cdnow';
import { simulateParetoNbd } from './_support/simulate';

/** Pareto/NBD on CDNOW as estimated by lifetimes' reference test (after Fader, Hardie & Lee 2005). */
const CDNOW_PARETO = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

describe.skipIf(!hasSharedData)('fitParetoNbd on CDNOW (shared data)', () => {
  const rows = hasSharedData ? cdnowSummaries() : [];
  const fit = hasSharedData ? fitParetoNbd(rows) : undefined;

  it('recovers r = 0.553, α = 10.578, s = 0.606, β = 11.669 (lifetimes, tests/test_estimation.py, ParetoNBDFitter test_params_out_is_close_to_Hardie_paper) within 0.01', () => {
    for (const key of ['r', 'alpha', 's', 'beta'] as const)
      expect(Math.abs((fit?.params[key] ?? 0) - CDNOW_PARETO[key])).toBeLessThan(0.01);
  });

  it('reports the log-likelihood of its parameters, at least that of the reference values', () => {
    if (fit === undefined) return;
    expect(fit.logLikelihood).toBeCloseTo(paretoNbdLogLikelihood(fit.params, rows), 6);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(paretoNbdLogLikelihood(CDNOW_PARETO, rows));
  });
});

describe('fitParetoNbd', () => {
  it('refuses bad rows and data without repeat purchases with codes', () => {
    const bad = safeFitParetoNbd([{ frequency: 2, recency: 5, T: 4 }]);
    expect(bad.success ? null : [bad.error.code, bad.error.path]).toEqual([
      'INVALID_INPUT',
      [0, 'recency'],
    ]);
    const none = safeFitParetoNbd([{ frequency: 0, recency: 0, T: 4 }]);
    expect(none.success ? null : none.error.code).toBe('INSUFFICIENT_DATA');
  });

  it('gives up with FIT_NOT_CONVERGED (and the last parameters) when the iteration limit is too small', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      frequency: i % 5,
      recency: i % 5 === 0 ? 0 : 3 + (i % 7),
      T: 12,
    }));
    const result = safeFitParetoNbd(rows, { maxIterations: 1 });
    expect(result.success ? null : result.error.code).toBe('FIT_NOT_CONVERGED');
    expect(result.success ? null : Object.keys(result.error.value as object).sort()).toEqual([
      'alpha',
      'beta',
      'r',
      's',
    ]);
  });
});

describe('properties', () => {
  const sample = simulateParetoNbd({ r: 0.6, alpha: 8, s: 0.7, beta: 10 }, 400, 40, 21);
  const fit = fitParetoNbd(sample);

  it('the log-likelihood at the fit is at least that of nearby parameters', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.double({ min: -0.2, max: 0.2, noNaN: true }),
          fc.double({ min: -0.2, max: 0.2, noNaN: true }),
          fc.double({ min: -0.2, max: 0.2, noNaN: true }),
          fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        ),
        ([dr, da, ds, db]) => {
          const p = fit.params;
          const nearby = {
            r: p.r * Math.exp(dr),
            alpha: p.alpha * Math.exp(da),
            s: p.s * Math.exp(ds),
            beta: p.beta * Math.exp(db),
          };
          expect(paretoNbdLogLikelihood(nearby, sample)).toBeLessThanOrEqual(
            fit.logLikelihood + 1e-7,
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('does not depend on input order', () => {
    expect(fitParetoNbd([...sample].reverse()).params).toEqual(fit.params);
  });
});
