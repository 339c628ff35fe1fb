import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreCatalog, findUnrenderable, mergeCatalogs, renderTrace } from '../../../src/explain';
import {
  type BgBbFit,
  bgBbConditionalExpectedTransactions,
  bgBbProbabilityAlive,
  lifetimeCatalog,
  predictBgBb,
  safePredictBgBb,
} from '../../../src/grading/lifetime';

/** The donors' published fit (Fader, Hardie & Shang 2010, table 2). */
const DONORS = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
const catalog = mergeCatalogs(coreCatalog, lifetimeCatalog);

describe('predictBgBb', () => {
  it("reproduces the paper's P(alive) and conditional expectations, with a trace", () => {
    // FHS 2010: P(alive) 0.11 / 0.59 / 0.93 for (0,0,6), (2,4,6), (6,6,6); 2.71 gifts in 2002–2006 for (4,6,6).
    const lapsed = predictBgBb(DONORS, { frequency: 0, recency: 0, n: 6 }, { opportunities: 5 });
    const mixed = predictBgBb(DONORS, { frequency: 2, recency: 4, n: 6 }, { opportunities: 5 });
    const loyal = predictBgBb(DONORS, { frequency: 6, recency: 6, n: 6 }, { opportunities: 5 });
    expect([lapsed, mixed, loyal].map((f) => f.probabilityAlive.toFixed(2))).toEqual([
      '0.11',
      '0.59',
      '0.93',
    ]);
    const donor = { frequency: 4, recency: 6, n: 6 };
    const forecast = predictBgBb(DONORS, donor, { opportunities: 5 });
    expect(forecast.expectedTransactions.toFixed(2)).toBe('2.71');
    expect(forecast.expectedTransactions).toBe(
      bgBbConditionalExpectedTransactions(DONORS, donor, 5),
    );
    expect(forecast.probabilityAlive).toBe(bgBbProbabilityAlive(DONORS, donor));
    expect(forecast.unit).toBeNull();
    expect(forecast.trace.map((s) => s.code)).toEqual([
      'grading.clv.model.bg-bb',
      'grading.clv.history.opportunities',
      'grading.clv.palive',
      'grading.clv.expected-transactions',
    ]);
    expect(findUnrenderable(forecast.trace, catalog)).toEqual([]);
    expect(renderTrace(forecast.trace, { locale: 'zh-CN', catalog })).toEqual([
      'BG/BB 离散机会模型：α = 1.2040，β = 0.7500，γ = 0.6570，δ = 2.7830',
      '交易记录：6 次机会中有 4 次交易，最后一次在第 6 次机会',
      `客户仍然活跃的概率：${(forecast.probabilityAlive * 100).toFixed(2)}%`,
      `未来 5 次机会的预期交易次数：${forecast.expectedTransactions.toFixed(3)}`,
    ]);
  });

  it('takes a fit as it comes, and keeps the length of its opportunity', () => {
    // fitBgBb on the donor cohort is tested in fitBgBb.test.ts; here its result's shape is enough.
    const fit: BgBbFit = {
      model: 'bg-bb',
      params: DONORS,
      logLikelihood: -33_225.6,
      iterations: 20,
      converged: true,
      standardErrors: { alpha: 0, beta: 0, gamma: 0, delta: 0, covariance: [] } as never,
      unit: 'months',
      customers: 11_104,
      groups: 22,
    };
    const donor = { frequency: 3, recency: 5, n: 6 };
    const fromFit = predictBgBb(fit, donor, { opportunities: 3 });
    const fromParams = predictBgBb(DONORS, donor, { opportunities: 3 });
    expect(fromFit.expectedTransactions).toBe(fromParams.expectedTransactions);
    expect([fromFit.unit, fromParams.unit]).toEqual(['months', null]);
  });

  it('refuses bad input at its path and never throws from the safe form', () => {
    const horizon = safePredictBgBb(
      DONORS,
      { frequency: 1, recency: 1, n: 2 },
      {
        opportunities: 0,
      },
    );
    expect(horizon.success ? null : [horizon.error.code, horizon.error.path]).toEqual([
      'INVALID_INPUT',
      ['options', 'opportunities'],
    ]);
    const pattern = safePredictBgBb(
      DONORS,
      { frequency: 3, recency: 2, n: 6 },
      {
        opportunities: 1,
      },
    );
    expect(pattern.success ? null : pattern.error.path[0]).toBe('customer');
    const model = safePredictBgBb(
      null as never,
      { frequency: 0, recency: 0, n: 1 },
      {
        opportunities: 1,
      },
    );
    expect(model.success ? null : model.error.path).toEqual(['params']);
  });

  it('expects more with more opportunities ahead, and P(alive) stays in [0, 1]', () => {
    const pattern = fc
      .record({ n: fc.integer({ min: 1, max: 12 }), x: fc.nat(12), r: fc.nat(12) })
      .map(({ n, x, r }) => {
        const frequency = Math.min(x, n);
        const recency = frequency === 0 ? 0 : Math.max(frequency, Math.min(r, n));
        return { frequency, recency, n };
      });
    fc.assert(
      fc.property(pattern, fc.integer({ min: 1, max: 30 }), (customer, k) => {
        const near = predictBgBb(DONORS, customer, { opportunities: k });
        const far = predictBgBb(DONORS, customer, { opportunities: k + 1 });
        expect(far.expectedTransactions).toBeGreaterThan(near.expectedTransactions);
        expect(near.probabilityAlive).toBeGreaterThanOrEqual(0);
        expect(near.probabilityAlive).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });
});
