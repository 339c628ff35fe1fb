import { describe, expect, it } from 'vitest';
import { type CommissionInput, computeStatements } from '../../src/commission';
import {
  computeKpiBonus,
  type KpiScoreRecord,
  safeToKpiScores,
  scoreScorecard,
  toKpiScores,
} from '../../src/kpi';
import { assign, input, plan } from '../commission/fixtures';

/** 0 → 0, target → 100, 1.5 × target → 150. */
const asIs = (top: number) => ({
  kind: 'linear',
  points: [
    { x: '0', y: '0' },
    { x: String(top), y: '100' },
    { x: String(top * 1.5), y: '150' },
  ],
});

const card = {
  id: 'am-2026',
  effectiveFrom: '2026-01-01',
  scale: { min: '0', max: '150' },
  combine: 'weighted-sum',
  kpis: [
    { id: 'sales', metric: 'sales_amount', weight: '60', curve: asIs(1000000) },
    { id: 'csat', metric: 'csat', weight: '40', curve: asIs(100) },
  ],
};

/** Score 80 → 50 %, 100 → 100 %, 150 → 200 % (commission's KPI bonus curve). */
const payout = [
  { score: '80', payoutPercent: '50' },
  { score: '100', payoutPercent: '100' },
  { score: '150', payoutPercent: '200' },
];

describe('toKpiScores', () => {
  it('writes the total under the scorecard id, then every KPI score', () => {
    const result = scoreScorecard(card, {
      sales: { actual: '1100000' },
      csat: { actual: '80' },
    });
    expect(toKpiScores(result, { payeeId: 'AM-7', period: '2026-03' })).toEqual([
      { payeeId: 'AM-7', kpi: 'am-2026', period: '2026-03', score: '98' },
      { payeeId: 'AM-7', kpi: 'sales', period: '2026-03', score: '110' },
      { payeeId: 'AM-7', kpi: 'csat', period: '2026-03', score: '80' },
    ]);
    expect(
      toKpiScores(result, { payeeId: 'AM-7', period: '2026-03', totalAs: 'total', kpis: [] }),
    ).toEqual([{ payeeId: 'AM-7', kpi: 'total', period: '2026-03', score: '98' }]);
  });

  it('plugs into computeStatements: the KPI-linked bonus pays what the score implies', () => {
    // Scorecard: sales 1,100,000 → 110 × 60 % = 66; CSAT 80 → 80 × 40 % = 32; total 98.
    const result = scoreScorecard(card, {
      sales: { actual: '1100000' },
      csat: { actual: '80' },
    });
    const kpiScores = toKpiScores(result, { payeeId: 'AM-7', period: '2026-03' });
    const typed: CommissionInput['kpiScores'] = kpiScores; // no conversion code on the caller's side
    const [statement] = computeStatements(
      input({
        plans: [
          plan({
            kpiBonuses: [
              {
                id: 'scorecard',
                name: 'Scorecard bonus',
                kpi: 'am-2026',
                targetBonus: { amount: '2000', currency: 'USD' },
                curve: payout,
              },
              {
                id: 'csat',
                name: 'CSAT bonus',
                kpi: 'csat',
                targetBonus: { amount: '500', currency: 'USD' },
                curve: payout,
              },
            ],
          }),
        ],
        assignments: [assign('AM-7')],
        kpiScores: typed,
      }),
    );
    const bonuses = (statement?.lines ?? []).filter((l) => l.kind === 'kpi-bonus');
    // 98 → 50 + 18 ÷ 20 × 50 = 95 % of 2,000; CSAT 80 → 50 % of 500.
    expect(bonuses.map((l) => [l.component, l.amount])).toEqual([
      ['scorecard', '1900.00'],
      ['csat', '250.00'],
    ]);
    // The kpi module's own bonus, on the same curve, agrees.
    const own = computeKpiBonus(
      {
        id: 'scorecard',
        effectiveFrom: '2026-01-01',
        currency: 'USD',
        target: { kind: 'amount', amount: { amount: '2000', currency: 'USD' } },
        payoutCurve: {
          kind: 'linear',
          points: payout.map((p) => ({ x: p.score, y: p.payoutPercent })),
        },
      },
      { score: result },
    );
    expect(own.payout.amount.toFixed(2)).toBe('1900.00');
  });

  it('refuses bad options with one coded error and its path', () => {
    const result = scoreScorecard(card, { sales: { actual: '0' }, csat: { actual: '0' } });
    const at = (options: object) => {
      const r = safeToKpiScores(result, options as never);
      return r.success ? null : [r.error.code, r.error.path];
    };
    expect(at({ payeeId: '', period: '2026-03' })).toEqual([
      'INVALID_INPUT',
      ['options', 'payeeId'],
    ]);
    expect(at({ payeeId: 'AM-7' })).toEqual(['INVALID_INPUT', ['options', 'period']]);
    expect(at({ payeeId: 'AM-7', period: '2026-03', kpis: ['sales', 'nps'] })).toEqual([
      'INVALID_INPUT',
      ['options', 'kpis', 1],
    ]);
    expect(at({ payeeId: 'AM-7', period: '2026-03', totalAs: 'csat' })).toEqual([
      'INVALID_INPUT',
      ['options', 'totalAs'],
    ]);
    const records: KpiScoreRecord[] = toKpiScores(result, {
      payeeId: 'AM-7',
      period: '2026-03',
      totalAs: 'csat',
      kpis: ['sales'],
    });
    expect(records.map((r) => r.kpi)).toEqual(['csat', 'sales']);
    const bad = safeToKpiScores(null as never, { payeeId: 'a', period: 'b' });
    expect(bad.success ? null : bad.error.path).toEqual(['result']);
  });
});
