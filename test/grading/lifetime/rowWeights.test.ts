import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bgNbdLogLikelihood,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  gammaGammaLogLikelihood,
  paretoNbdLogLikelihood,
  safeFitBgNbd,
  spendFrequencyCorrelation,
} from '../../../src/grading/lifetime';
import { cdnowWithSpend, hasSharedData } from './_support/cdnow';
import { simulateBgNbd, simulateParetoNbd } from './_support/simulate';

/** A summary by pattern: each distinct row once, with the customers who share it. */
function byPattern<R extends object>(rows: readonly R[]): Array<R & { count: number }> {
  const groups = new Map<string, R & { count: number }>();
  for (const row of rows) {
    const key = JSON.stringify(row);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { ...row, count: 1 });
    else group.count += 1;
  }
  return [...groups.values()];
}

/** One row per customer again. */
function expand<R extends { count: number }>(rows: readonly R[]): Array<Omit<R, 'count'>> {
  return rows.flatMap(({ count, ...row }) => Array.from({ length: count }, () => row));
}

/** BG/NBD customers in whole weeks: many share a history. */
function inWholeWeeks(rows: ReadonlyArray<{ frequency: number; recency: number; T: number }>) {
  return rows.map((row) => ({
    frequency: row.frequency,
    recency: row.frequency === 0 ? 0 : Math.min(Math.round(row.T), Math.round(row.recency)),
    T: Math.round(row.T),
  }));
}
const weeks = inWholeWeeks(simulateBgNbd({ r: 0.8, alpha: 5, a: 0.9, b: 2.5 }, 600, 30, 7));
const patterns = byPattern(weeks);

describe('row weights: a summary by pattern fits as one row per customer', () => {
  it('compresses the simulated sample', () => {
    expect(patterns.length).toBeLessThan(weeks.length * 0.7);
  });

  it('BG/NBD: the same fit, to the last bit', () => {
    const grouped = fitBgNbd(patterns);
    const each = fitBgNbd(weeks);
    expect(grouped.params).toEqual(each.params);
    expect(grouped.logLikelihood).toBe(each.logLikelihood);
    expect([grouped.customers, grouped.groups]).toEqual([each.customers, each.groups]);
    expect(bgNbdLogLikelihood(grouped.params, patterns)).toBeCloseTo(grouped.logLikelihood, 8);
  });

  it('Pareto/NBD: the same fit, to the last bit', { timeout: 10_000 }, () => {
    const sample = inWholeWeeks(
      simulateParetoNbd({ r: 0.6, alpha: 8, s: 0.7, beta: 10 }, 400, 40, 21),
    );
    const table = byPattern(sample);
    const options = { gradientTolerance: 1e-7 };
    const grouped = fitParetoNbd(table, options);
    const each = fitParetoNbd(sample, options);
    expect(grouped.params).toEqual(each.params);
    expect([grouped.customers, table.length < sample.length]).toEqual([400, true]);
    expect(paretoNbdLogLikelihood(grouped.params, table)).toBeCloseTo(grouped.logLikelihood, 8);
  });

  it('count 0 leaves a row out; a count that is not an integer ≥ 0 is refused at its path', () => {
    const withZero = [...patterns, { frequency: 3, recency: 1, T: 2, count: 0 }];
    expect(fitBgNbd(withZero).params).toEqual(fitBgNbd(patterns).params);
    const bad = safeFitBgNbd([{ frequency: 1, recency: 1, T: 2, count: -1 }]);
    expect(bad.success ? null : [bad.error.code, bad.error.path]).toEqual([
      'INVALID_INPUT',
      [0, 'count'],
    ]);
  });
});

describe.skipIf(!hasSharedData)('row weights on the CDNOW spends (shared data)', () => {
  const rows = hasSharedData
    ? cdnowWithSpend().map(({ frequency, recency, T, monetaryValue }) => ({
        frequency,
        recency,
        T,
        monetaryValue: frequency === 0 ? 0 : Math.round(monetaryValue / 5) * 5,
      }))
    : [];
  const spends = byPattern(
    rows.map(({ frequency, monetaryValue }) => ({
      frequency,
      recency: 0,
      T: 0,
      monetaryValue,
    })),
  );

  it('Gamma-Gamma fits a table of (frequency, spend) with counts as the customers', () => {
    const grouped = fitGammaGamma(spends);
    const each = fitGammaGamma(expand(spends));
    expect(grouped.customers).toBe(each.customers);
    for (const key of ['p', 'q', 'gamma'] as const)
      expect(Math.abs(grouped.params[key] / each.params[key] - 1)).toBeLessThan(1e-6);
    expect(gammaGammaLogLikelihood(grouped.params, spends)).toBeCloseTo(grouped.logLikelihood, 6);
    const correlation = spendFrequencyCorrelation(spends);
    expect(correlation.customers).toBe(spendFrequencyCorrelation(expand(spends)).customers);
    expect(correlation.correlation).toBeCloseTo(
      spendFrequencyCorrelation(expand(spends)).correlation,
      12,
    );
  });
});

describe('properties', () => {
  it('a weighted log-likelihood is the expanded one', () => {
    const row = fc
      .record({
        frequency: fc.integer({ min: 0, max: 6 }),
        recency: fc.integer({ min: 0, max: 10 }),
        extra: fc.integer({ min: 0, max: 10 }),
        monetaryValue: fc.integer({ min: 1, max: 100 }),
        count: fc.integer({ min: 0, max: 5 }),
      })
      .map(({ frequency, recency, extra, monetaryValue, count }) => ({
        frequency,
        recency: frequency === 0 ? 0 : recency,
        T: (frequency === 0 ? 0 : recency) + extra,
        monetaryValue,
        count,
      }));
    const bg = { r: 0.8, alpha: 5, a: 0.9, b: 2.5 };
    const pareto = { r: 0.6, alpha: 8, s: 0.7, beta: 10 };
    const gg = { p: 6.25, q: 3.74, gamma: 15.44 };
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const each = expand(rows);
        const close = (u: number, v: number) =>
          expect(Math.abs(u - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
        close(bgNbdLogLikelihood(bg, rows), bgNbdLogLikelihood(bg, each));
        close(paretoNbdLogLikelihood(pareto, rows), paretoNbdLogLikelihood(pareto, each));
        close(gammaGammaLogLikelihood(gg, rows), gammaGammaLogLikelihood(gg, each));
      }),
      { numRuns: 50 },
    );
  });
});
