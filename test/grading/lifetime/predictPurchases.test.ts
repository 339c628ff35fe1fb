import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coreCatalog,
  findUnrenderable,
  mergeCatalogs,
  renderTrace,
  TraceStep,
} from '../../../src/explain';
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdProbabilityAlive,
  lifetimeCatalog,
  predictPurchases,
  TIME_UNITS,
} from '../../../src/grading/lifetime';
import { FHL_2005 } from './_support/cdnow';

const catalog = mergeCatalogs(coreCatalog, lifetimeCatalog);
const customer = { frequency: 2, recency: 30.43, T: 38.86 };

describe('predictPurchases', () => {
  it('returns P(alive) and the conditional expectation, explained step by step', () => {
    const forecast = predictPurchases(FHL_2005, customer, { horizon: 39, unit: 'weeks' });
    expect(forecast.probabilityAlive).toBe(bgNbdProbabilityAlive(FHL_2005, customer));
    expect(forecast.expectedPurchases).toBe(
      bgNbdConditionalExpectedPurchases(FHL_2005, customer, 39),
    );
    expect(forecast.trace).toEqual([
      {
        code: 'grading.clv.model.bg-nbd',
        params: { r: '0.2430', alpha: '4.4140', a: '0.7930', b: '2.4260' },
      },
      { code: 'grading.clv.history.weeks', params: { frequency: 2, recency: '30.43', T: '38.86' } },
      { code: 'grading.clv.palive', params: { probability: forecast.probabilityAlive.toFixed(4) } },
      {
        code: 'grading.clv.expected-purchases.weeks',
        params: { horizon: '39', expected: forecast.expectedPurchases.toFixed(3) },
      },
    ]);
    const zh = renderTrace(forecast.trace, { locale: 'zh-CN', catalog });
    expect(zh[3]).toBe(`未来 39 周的预期购买次数：${forecast.expectedPurchases.toFixed(3)}`);
  });

  it('refuses an unknown unit with UNKNOWN_UNIT and a bad horizon with INVALID_INPUT', () => {
    expect(() =>
      predictPurchases(FHL_2005, customer, { horizon: 39, unit: 'years' as never }),
    ).toThrow(expect.objectContaining({ code: 'UNKNOWN_UNIT', path: ['options', 'unit'] }));
    expect(() => predictPurchases(FHL_2005, customer, { horizon: 0, unit: 'days' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'horizon'] }),
    );
  });
});

describe('properties', () => {
  it('every trace renders in both locales, whatever the unit and history', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TIME_UNITS),
        fc.nat(100),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (unit, frequency, share, T, horizon) => {
          const history = { frequency, recency: frequency === 0 ? 0 : share * T, T };
          const { trace } = predictPurchases(FHL_2005, history, { horizon, unit });
          expect(findUnrenderable(trace, catalog)).toEqual([]);
          for (const step of trace) expect(TraceStep.safeParse(step).success).toBe(true);
        },
      ),
    );
  });
});
