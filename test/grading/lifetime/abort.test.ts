import { describe, expect, it } from 'vitest';
import type { RunProgress } from '../../../src/errors';
import {
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  safeFitBgNbd,
  safeFitGammaGamma,
  safeFitParetoNbd,
} from '../../../src/grading/lifetime';
import { gammaVariate, mulberry32, simulateBgNbd, simulateParetoNbd } from './_support/simulate';

/** Repeat customers with Gamma-Gamma spend (p = 4, q = 3, γ = 20). */
function spend(customers: number, seed: number) {
  const random = mulberry32(seed);
  return Array.from({ length: customers }, () => {
    const nu = gammaVariate(random, 3) / 20;
    const frequency = 1 + Math.floor(random() * 6);
    let total = 0;
    for (let k = 0; k < frequency; k++) total += gammaVariate(random, 4) / nu;
    return { frequency, recency: 1, T: 2, monetaryValue: total / frequency };
  });
}

const FITS = [
  {
    name: 'fitBgNbd',
    run: fitBgNbd,
    safe: safeFitBgNbd,
    rows: simulateBgNbd({ r: 0.5, alpha: 6, a: 0.7, b: 3 }, 500, 52, 3),
  },
  {
    name: 'fitParetoNbd',
    run: fitParetoNbd,
    safe: safeFitParetoNbd,
    rows: simulateParetoNbd({ r: 0.6, alpha: 8, s: 0.7, beta: 10 }, 400, 40, 21),
  },
  { name: 'fitGammaGamma', run: fitGammaGamma, safe: safeFitGammaGamma, rows: spend(400, 5) },
] as const;

describe.each(FITS)('$name: signal and onProgress', ({ run, safe, rows }) => {
  it('fits the same with the options, reporting every iteration up to the last', () => {
    const plain = run(rows);
    const reports: RunProgress[] = [];
    const watched = run(rows, {
      signal: new AbortController().signal,
      onProgress: (p) => reports.push(p),
    });
    expect(watched).toEqual(plain);
    expect(reports.every((r) => r.stage === 'fit')).toBe(true);
    // Before each iteration the ones done, then the last report with the total.
    expect(reports.map((r) => r.done)).toEqual([
      ...Array.from({ length: plain.iterations + 1 }, (_, i) => i),
      plain.iterations,
    ]);
    expect(reports.at(-1)).toEqual({
      stage: 'fit',
      done: plain.iterations,
      total: plain.iterations,
    });
    expect(reports.slice(0, -1).every((r) => r.total === undefined)).toBe(true);
  });

  it('stops between iterations when the signal is aborted (here from onProgress)', () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const result = safe(rows, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        if (p.done === 3) controller.abort('enough');
      },
    });
    expect(
      result.success ? null : [result.error.code, result.error.path, result.error.value],
    ).toEqual(['ABORTED', ['options', 'signal'], 'enough']);
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('fails before any work with an already-aborted signal', () => {
    const reports: RunProgress[] = [];
    const result = safe(rows, {
      signal: AbortSignal.abort('no'),
      onProgress: (p) => reports.push(p),
    });
    expect(result.success ? null : [result.error.code, result.error.value]).toEqual([
      'ABORTED',
      'no',
    ]);
    expect(reports).toEqual([]);
    // Before the rows are read: rows that would fail are not looked at.
    const early = safe(null, { signal: AbortSignal.abort('no') });
    expect(early.success ? null : early.error.code).toBe('ABORTED');
  });

  it('keeps refusing unknown options (the run options are not fit options)', () => {
    const result = safe(rows, { signal: undefined, typo: 1 } as never);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_INPUT',
      ['options', 'typo'],
    ]);
  });
});
