import { describe, expect, it } from 'vitest';
import {
  bgNbdLogLikelihood,
  convertFitUnit,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaLogLikelihood,
} from '../../../src/grading/lifetime';
import { standardErrorsOf } from '../../../src/grading/lifetime/_lib/fit/standardErrors';
import { cdnowSummaries, cdnowWithSpend, hasSharedData } from './_support/cdnow';
import { simulateBgNbd } from './_support/simulate';

/**
 * Independent of the library's routine: the Hessian by Richardson-extrapolated central
 * differences (steps h and h/2, relative 2·10⁻³), inverted by Gauss–Jordan elimination with
 * partial pivoting; standard errors = √diag((−H)⁻¹).
 */
function referenceStandardErrors(
  f: (x: number[]) => number,
  x: number[],
): { se: number[]; covariance: number[][] } {
  const n = x.length;
  const second = (i: number, j: number, scale: number): number => {
    const hi = 2e-3 * scale * (x[i] as number);
    const hj = 2e-3 * scale * (x[j] as number);
    const at = (di: number, dj: number) => {
      const p = [...x];
      p[i] = (p[i] as number) + di;
      p[j] = (p[j] as number) + dj;
      return f(p);
    };
    return (at(hi, hj) - at(hi, -hj) - at(-hi, hj) + at(-hi, -hj)) / (4 * hi * hj);
  };
  const h = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (4 * second(i, j, 0.5) - second(i, j, 1)) / 3),
  );
  // Gauss–Jordan on [−H | I].
  const m = h.map((row, i) => [
    ...row.map((v) => -v),
    ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  ]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]!;
    m[c] = m[c]!.map((v) => v / p);
    for (let r = 0; r < n; r++)
      if (r !== c) {
        const k = m[r]![c]!;
        m[r] = m[r]!.map((v, j) => v - k * m[c]![j]!);
      }
  }
  const covariance = m.map((row) => row.slice(n));
  return { se: covariance.map((row, i) => Math.sqrt(row[i]!)), covariance };
}

const rows = simulateBgNbd({ r: 0.6, alpha: 6, a: 0.9, b: 3 }, 800, 40, 7);

describe('standard errors of the fits', () => {
  it('BG/NBD: agree with an independent finite-difference Hessian of bgNbdLogLikelihood', () => {
    const fit = fitBgNbd(rows);
    expect(fit.standardErrors.status).toBe('ok');
    if (fit.standardErrors.status !== 'ok') return;
    const names = ['r', 'alpha', 'a', 'b'] as const;
    const reference = referenceStandardErrors(
      ([r, alpha, a, b]) => bgNbdLogLikelihood({ r: r!, alpha: alpha!, a: a!, b: b! }, rows),
      names.map((name) => fit.params[name]),
    );
    names.forEach((name, i) => {
      expect(
        Math.abs(
          fit.standardErrors.status === 'ok'
            ? fit.standardErrors.standardErrors[name] / reference.se[i]! - 1
            : 1,
        ),
      ).toBeLessThan(2e-3);
    });
    // The covariance is symmetric and its diagonal is the squared standard errors.
    const { covariance, standardErrors } = fit.standardErrors;
    expect(covariance[0]![1]).toBe(covariance[1]![0]);
    expect(Math.sqrt(covariance[1]![1]!)).toBe(standardErrors.alpha);
    expect(Math.abs(covariance[2]![3]! / reference.covariance[2]![3]! - 1)).toBeLessThan(5e-3);
  });

  it('Gamma-Gamma: agree with the independent Hessian of gammaGammaLogLikelihood', () => {
    const spend = rows
      .filter((c) => c.frequency > 0)
      .map((c, i) => ({ ...c, monetaryValue: 12 + ((i * 7919) % 23) }));
    const fit = fitGammaGamma(spend);
    if (fit.standardErrors.status !== 'ok') throw new Error('expected standard errors');
    const names = ['p', 'q', 'gamma'] as const;
    const reference = referenceStandardErrors(
      ([p, q, gamma]) => gammaGammaLogLikelihood({ p: p!, q: q!, gamma: gamma! }, spend),
      names.map((name) => fit.params[name]),
    );
    const errors = fit.standardErrors.standardErrors;
    names.forEach((name, i) => {
      expect(Math.abs(errors[name] / reference.se[i]! - 1)).toBeLessThan(2e-3);
    });
  });

  it('scale with the time unit: α’s standard error × 7 from weeks to days', () => {
    const fit = fitBgNbd(rows, { unit: 'weeks' });
    const daily = convertFitUnit(fit, 'days');
    if (fit.standardErrors.status !== 'ok' || daily.standardErrors.status !== 'ok')
      throw new Error('expected standard errors');
    expect(daily.standardErrors.standardErrors.alpha).toBeCloseTo(
      fit.standardErrors.standardErrors.alpha * 7,
      12,
    );
    expect(daily.standardErrors.standardErrors.r).toBe(fit.standardErrors.standardErrors.r);
  });

  it('report a Hessian that is not negative definite instead of numbers (a saddle)', () => {
    const result = standardErrorsOf(
      ['u', 'v'],
      { u: 1, v: 1 },
      ({ u, v }) => -((u - 1) ** 2) + (v - 1) ** 2,
    );
    expect(result.status).toBe('hessian-not-negative-definite');
    expect(
      result.status === 'ok' ? null : result.hessian.map((row) => row.map((v) => Math.round(v))),
    ).toEqual([
      [-2, 0],
      [0, 2],
    ]);
  });
});

describe.skipIf(!hasSharedData)('CDNOW (shared data): published standard errors', () => {
  it("BG/NBD: lifetimes' BetaGeoFitter.summary on CDNOW: se r 0.012557, α 0.378221, a 0.185719, b 0.705345", () => {
    // lifetimes (CamDavidsonPilon/lifetimes) BetaGeoFitter fitted on cdnow_customers_summary
    // prints coef / se(coef): r 0.242593 / 0.012557, alpha 4.413532 / 0.378221, a 0.792886 /
    // 0.185719, b 2.425752 / 0.705345 (its `summary` table, as quoted in public notebooks).
    const fit = fitBgNbd(cdnowSummaries());
    if (fit.standardErrors.status !== 'ok') throw new Error('expected standard errors');
    const se = fit.standardErrors.standardErrors;
    const published = { r: 0.012557, alpha: 0.378221, a: 0.185719, b: 0.705345 };
    for (const name of ['r', 'alpha', 'a', 'b'] as const)
      expect(Math.abs(se[name] / published[name] - 1)).toBeLessThan(0.01);
  });

  it('Gamma-Gamma on CDNOW: standard errors exist and agree with the independent Hessian', () => {
    const spend = cdnowWithSpend().filter((row) => row.frequency > 0);
    const fit = fitGammaGamma(spend);
    if (fit.standardErrors.status !== 'ok') throw new Error('expected standard errors');
    const reference = referenceStandardErrors(
      ([p, q, gamma]) => gammaGammaLogLikelihood({ p: p!, q: q!, gamma: gamma! }, spend),
      [fit.params.p, fit.params.q, fit.params.gamma],
    );
    expect(Math.abs(fit.standardErrors.standardErrors.q / reference.se[1]! - 1)).toBeLessThan(2e-3);
  });
});
