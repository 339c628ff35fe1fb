import { describe, expect, it } from 'vitest';
import {
  kpiValues,
  measureKpis,
  prepareScorecard,
  safeKpiValues,
  scoreScorecard,
} from '../../src/kpi';
import { createFxTable } from '../../src/money';
import { Q1, Q4, quarterFacts } from './_support/kpiFacts';

const fx = createFxTable([{ base: 'EUR', quote: 'USD', rate: '1.1', date: '2026-02-01' }]);
const measures = measureKpis(quarterFacts, {
  period: Q1,
  priorPeriod: Q4,
  baseCurrency: 'USD',
  fx,
});
const linear = (top: string) => ({
  kind: 'linear',
  points: [
    { x: '0', y: '0' },
    { x: top, y: '100' },
  ],
});
const card = {
  id: 'am-2026',
  effectiveFrom: '2026-01-01',
  scale: { min: '0', max: '100' },
  combine: 'weighted-sum',
  kpis: [
    {
      id: 'sales',
      metric: 'sales_amount',
      weight: '40',
      curve: { kind: 'ratio', direction: 'higher-is-better' },
    },
    { id: 'cash', metric: 'collection_rate', weight: '30', curve: linear('100') },
    { id: 'teamwork', metric: 'manual', weight: '30', curve: linear('5') },
  ],
};

describe('kpiValues', () => {
  it('gives scoreScorecard the actuals, the targets of the targets stream and the manual values', () => {
    const values = kpiValues(measures, 'AM-1', card);
    expect(values).toEqual({
      sales: { actual: '375', target: '500' },
      cash: { actual: '88.88888888888888888888888888888888888889' },
      teamwork: { actual: '4' },
    });
    // sales: ratio 375 ÷ 500 = 0.75 × 40% = 0.3; cash: 88.88…89 × 30% = 26.66…67; teamwork 4 → 80 × 30% = 24
    const scored = scoreScorecard(card, values);
    expect(scored.kpis.map((k) => k.point)).toEqual(['0.75', values.cash?.actual, '80']);
    expect(scored.score).toBe('50.96666666666666666666666666666666666667');
  });

  it('reads a prepared scorecard once per card: each prepared card gives what its plain form gives', () => {
    const other = {
      ...card,
      id: 'am-2026-b',
      kpis: [
        { id: 'done', metric: 'training_completion', weight: '60', curve: linear('100') },
        { id: 'csat', metric: 'csat', weight: '40', curve: linear('100') },
      ],
    };
    const first = prepareScorecard(card);
    const second = prepareScorecard(other);
    for (let round = 0; round < 2; round += 1)
      for (const manager of ['AM-1', 'AM-1', 'AM-2']) {
        const plain = safeKpiValues(measures, manager, other, { whenNull: 'zero' });
        expect(safeKpiValues(measures, manager, second, { whenNull: 'zero' })).toEqual(plain);
        expect(Object.keys(kpiValues(measures, 'AM-1', first))).toEqual([
          'sales',
          'cash',
          'teamwork',
        ]);
      }
    expect(kpiValues(measures, 'AM-1', second)).toEqual({
      done: { actual: '66.66666666666666666666666666666666666667' },
      csat: { actual: '50' },
    });
  });

  it('a value without a number is INSUFFICIENT_DATA unless whenNull is zero', () => {
    const growth = {
      ...card,
      kpis: [{ ...card.kpis[0], id: 'growth', metric: 'training_completion', weight: '100' }],
    };
    const none = measureKpis(
      { orders: quarterFacts.orders },
      { period: Q1, baseCurrency: 'USD', fx },
    );
    expect(safeKpiValues(none, 'AM-1', growth)).toMatchObject({
      success: false,
      error: { code: 'INSUFFICIENT_DATA', path: ['measures', 'AM-1', 'training_completion'] },
    });
    expect(kpiValues(none, 'AM-1', growth, { whenNull: 'zero' })).toEqual({
      growth: { actual: '0' },
    });
  });

  it('refuses an unknown manager, a metric not measured and a missing manual value', () => {
    expect(safeKpiValues(measures, 'AM-9', card)).toMatchObject({ error: { path: ['managerId'] } });
    const only = measureKpis(quarterFacts, {
      period: Q1,
      baseCurrency: 'USD',
      fx,
      metrics: ['csat'],
    });
    expect(safeKpiValues(only, 'AM-1', card)).toMatchObject({
      error: { code: 'INVALID_INPUT', path: ['measures', 'AM-1', 'sales_amount'] },
    });
    expect(
      safeKpiValues(measures, 'AM-2', { ...card, kpis: [{ ...card.kpis[2], weight: '100' }] }),
    ).toMatchObject({
      error: { path: ['measures', 'AM-2', 'manual', 'teamwork'] },
    });
  });
});
