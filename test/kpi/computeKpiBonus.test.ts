import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreCatalog, findUnrenderable, mergeCatalogs, renderTrace } from '../../src';
import { CrmRulesError } from '../../src/errors';
import { computeKpiBonus, kpiCatalog, safeComputeKpiBonus } from '../../src/kpi';
import { Decimal, money } from '../../src/money';

/** Score 80 → 50 %, 100 → 100 %, 150 → 200 %; nothing below 80. */
const curve = {
  kind: 'linear',
  belowFirst: '0',
  points: [
    { x: '80', y: '50' },
    { x: '100', y: '100' },
    { x: '150', y: '200' },
  ],
};

const base = {
  id: 'am-bonus',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  target: { kind: 'amount', amount: { amount: '20000', currency: 'CNY' } },
  payoutCurve: curve,
};

/**
 * SAP SuccessFactors Variable Pay combines the bonus sections either way: "Multiplicative formula :
 * Base X Business X Individual", "Additive formula : Base X (Business + Individual)", each section
 * weighted — https://blogs.sap.com/2022/09/07/bonus-calculation-equations-in-variable-pay/ and
 * https://learning.sap.com/courses/sap-successfactors-variable-pay-administration/defining-set-bonus-calculation-settings
 * (no worked figures there: the figures below are ours, computed by hand in the comments).
 */
const additive = {
  ...base,
  combine: 'additive',
  multipliers: [
    { id: 'business', weight: '60' },
    { id: 'individual', weight: '40' },
  ],
};

const catalog = mergeCatalogs(coreCatalog, kpiCatalog);

describe('computeKpiBonus', () => {
  it('pays the target × the curve percent: 80 → 50 %, 100 → 100 %, 150 → 200 %, 90 → 75 %', () => {
    const pay = (score: string) => computeKpiBonus(base, { score }).payout.amount.toFixed(2);
    expect(['79.99', '80', '90', '100', '150', '180'].map(pay)).toEqual([
      '0.00',
      '10000.00',
      '15000.00',
      '20000.00',
      '40000.00',
      '40000.00',
    ]);
  });

  it('multiplies the multipliers and explains every step, in en and zh-CN', () => {
    const plan = {
      ...base,
      multipliers: [{ id: 'business' }, { id: 'individual' }],
      capPercent: '150',
    };
    const result = computeKpiBonus(plan, {
      score: '120',
      multipliers: { business: '1.2', individual: '1.1' },
    });
    // 120 → 140 %; × 1.2 × 1.1 = 184.8 %, capped at 150 % → 30,000.
    expect([result.curvePercent, result.factor, result.percent, result.capped]).toEqual([
      '140',
      '1.32',
      '150',
      true,
    ]);
    expect(result.payout).toEqual(money('30000', 'CNY'));
    expect(result.parts).toBeNull();
    expect(renderTrace(result.trace, { locale: 'en', catalog })).toEqual([
      'target bonus 20,000.00 CNY',
      'score 120',
      'actual 120 lies between (100, 100) and (150, 200) → interpolated score 140',
      'payout curve at score 120 → 140% of the target',
      'multiplier business: result 1.2',
      'multiplier individual: result 1.1',
      'multiplicative: the product of 2 multipliers = 1.32',
      'payout 184.8% capped at 150%',
      'payout before rounding: 20,000.00 CNY × 150% = 30,000 CNY',
      'rounded 30,000 CNY half-up (halves away from zero) to 2 decimals: 30,000.00 CNY',
    ]);
    expect(renderTrace(result.trace, { locale: 'zh-CN', catalog }).slice(-3)).toEqual([
      '奖金比例 184.8% 封顶为 150%',
      '取整前奖金：20,000.00 CNY × 150% = 30,000 CNY',
      '30,000 CNY 按四舍五入保留 2 位小数，得 30,000.00 CNY',
    ]);
  });

  it('adds weighted multipliers (SAP Variable Pay additive form) and splits the payout by share', () => {
    // Business 1.2 × 60 % + individual 0.9 × 40 % = 1.08; score 100 → 100 % → 21,600.
    const result = computeKpiBonus(additive, {
      score: '100',
      multipliers: { business: '1.2', individual: '0.9' },
    });
    expect([result.factor, result.percent, result.payout.amount.toFixed(2)]).toEqual([
      '1.08',
      '108',
      '21600.00',
    ]);
    expect(
      Object.entries(result.parts ?? {}).map(([id, part]) => [id, part.amount.toFixed(2)]),
    ).toEqual([
      ['business', '14400.00'],
      ['individual', '7200.00'],
    ]);
  });

  it('takes the target as a percent of the base salary and rounds once, by the stated mode', () => {
    const plan = {
      ...base,
      target: { kind: 'percent-of-salary', percent: '15' },
      rounding: { mode: 'down' },
    };
    // 15 % of 123,456.78 = 18,518.517; score 90 → 75 % → 13,888.88775, rounded down.
    const result = computeKpiBonus(plan, {
      score: '90',
      baseSalary: money('123456.78', 'CNY'),
    });
    expect(result.target.amount.toFixed()).toBe('18518.517');
    expect(result.payout.amount.toFixed(2)).toBe('13888.88');
    expect(renderTrace(result.trace, { locale: 'zh-CN', catalog }).at(-1)).toBe(
      '13,888.88775 CNY 按向零截断（去尾法）保留 2 位小数，得 13,888.88 CNY',
    );
    expect(result.trace[0]).toEqual({
      code: 'kpi.bonus.target.salary',
      params: { salary: '123456.78', percent: '15', target: '18518.517', currency: 'CNY' },
    });
  });

  it('reads the SAP Variable Pay curve in fractions (620 → 0.5, 1997 → 1.0 …; 1313 → 0.7516)', () => {
    // The interpolation of DOMAIN §5 (SAP SuccessFactors Variable Pay), applied to a target.
    const plan = {
      ...base,
      target: { kind: 'amount', amount: { amount: '10000', currency: 'CNY' } },
      curveUnit: 'fraction',
      payoutCurve: {
        kind: 'linear',
        points: [
          { x: '620', y: '0.5' },
          { x: '1997', y: '1.0' },
          { x: '2400', y: '1.5' },
          { x: '3324', y: '2.0' },
          { x: '4000', y: '3.0' },
        ],
      },
    };
    const result = computeKpiBonus(plan, { score: '1313' });
    expect(new Decimal(result.curvePercent).toDecimalPlaces(2).toFixed()).toBe('75.16');
    expect(result.payout.amount.toFixed(2)).toBe('7516.34');
  });

  it("reads a KPI's score from a scored scorecard when the plan names the KPI", () => {
    const card = {
      scorecard: 'am',
      score: '95',
      kpis: [
        { kpi: 'sales', score: '110' },
        { kpi: 'csat', score: '80' },
      ],
    };
    expect(computeKpiBonus(base, { score: card }).curvePercent).toBe('87.5');
    expect(computeKpiBonus({ ...base, kpi: 'sales' }, { score: card }).curvePercent).toBe('120');
    const missing = safeComputeKpiBonus({ ...base, kpi: 'nps' }, { score: card });
    expect(missing.success ? null : missing.error).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['inputs', 'score', 'kpis'],
    });
  });

  it('emits only codes kpiCatalog renders, and every kpi.bonus code', () => {
    const card = { scorecard: 'am', score: '95', kpis: [{ kpi: 'sales', score: '110' }] };
    const traces = [
      computeKpiBonus(
        { ...base, multipliers: [{ id: 'b' }], capPercent: '10' },
        {
          score: '90',
          multipliers: { b: '2' },
        },
      ),
      computeKpiBonus(additive, { score: card, multipliers: { business: '1', individual: '1' } }),
      computeKpiBonus(
        {
          ...base,
          kpi: 'sales',
          curveUnit: 'fraction',
          target: { kind: 'percent-of-salary', percent: '10' },
        },
        { score: card, baseSalary: money('1000', 'CNY') },
      ),
    ].flatMap((r) => r.trace);
    expect(findUnrenderable(traces, catalog)).toEqual([]);
    const bonusCodes = [...kpiCatalog.messages.keys()].filter((c) => c.startsWith('kpi.bonus.'));
    expect(new Set(traces.map((s) => s.code).filter((c) => c.startsWith('kpi.bonus.')))).toEqual(
      new Set(bonusCodes),
    );
  });

  it('refuses bad input with one coded error and its path', () => {
    const code = (plan: object, inputs: object = { score: '90' }) => {
      const result = safeComputeKpiBonus(plan, inputs as never);
      return result.success ? null : [result.error.code, result.error.path];
    };
    expect(
      code({ ...base, target: { kind: 'amount', amount: { amount: '-1', currency: 'CNY' } } }),
    ).toEqual(['INVALID_AMOUNT', ['plan', 'target', 'amount', 'amount']]);
    expect(
      code({ ...base, target: { kind: 'amount', amount: { amount: '1', currency: 'USD' } } }),
    ).toEqual(['CURRENCY_MISMATCH', ['plan', 'target', 'amount', 'currency']]);
    expect(
      code({
        ...additive,
        multipliers: [
          { id: 'business', weight: '60' },
          { id: 'individual', weight: '30' },
        ],
      }),
    ).toEqual(['WEIGHTS_NOT_100', ['plan', 'multipliers']]);
    expect(code(additive, { score: '90', multipliers: { business: '1' } })).toEqual([
      'INVALID_INPUT',
      ['inputs', 'multipliers', 'individual'],
    ]);
    expect(
      code(additive, { score: '90', multipliers: { business: '-1', individual: '1' } }),
    ).toEqual(['INVALID_INPUT', ['inputs', 'multipliers', 'business']]);
    expect(code(base, { score: '90', multipliers: { team: '1' } })).toEqual([
      'INVALID_INPUT',
      ['inputs', 'multipliers', 'team'],
    ]);
    expect(code(base, {})).toEqual(['INVALID_INPUT', ['inputs', 'score']]);
    expect(code(base, { score: 0.5 })).toEqual(['INVALID_AMOUNT', ['inputs', 'score']]);
    expect(code({ ...base, target: { kind: 'percent-of-salary', percent: '10' } })).toEqual([
      'INVALID_INPUT',
      ['inputs', 'baseSalary'],
    ]);
    expect(
      code(
        { ...base, target: { kind: 'percent-of-salary', percent: '10' } },
        {
          score: '90',
          baseSalary: money('1', 'USD'),
        },
      ),
    ).toEqual(['CURRENCY_MISMATCH', ['inputs', 'baseSalary', 'currency']]);
    expect(
      code({ ...base, payoutCurve: { kind: 'ratio', direction: 'higher-is-better' } }),
    ).toEqual(['INVALID_INPUT', ['plan', 'scoreTarget']]);
    expect(code({ ...base, effectiveTo: '2025-12-31' })).toEqual([
      'INVALID_DATE_RANGE',
      ['plan', 'effectiveTo'],
    ]);
    expect(() => computeKpiBonus(base, null as never)).toThrow(CrmRulesError);
  });

  it('scores a ratio curve against the stated score target', () => {
    const plan = {
      ...base,
      payoutCurve: { kind: 'ratio', direction: 'higher-is-better', cap: '2' },
      curveUnit: 'fraction',
      scoreTarget: '80',
    };
    expect(computeKpiBonus(plan, { score: '100' }).payout.amount.toFixed(2)).toBe('25000.00');
  });
});

describe('properties', () => {
  const score = fc.integer({ min: 0, max: 20000 }).map((n) => new Decimal(n).div(100).toFixed());
  const result = fc.integer({ min: 0, max: 300 }).map((n) => new Decimal(n).div(100).toFixed());
  const finite = (r: ReturnType<typeof computeKpiBonus>) =>
    [r.percent, r.factor, r.curvePercent, r.payout.amount.toFixed()].every((t) =>
      new Decimal(t).isFinite(),
    );

  it('pays more for a higher score on a monotone curve', () => {
    fc.assert(
      fc.property(score, score, result, (a, b, m) => {
        const [lo, hi] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        const pay = (s: string) =>
          computeKpiBonus(
            { ...base, multipliers: [{ id: 'business' }] },
            {
              score: s,
              multipliers: { business: m },
            },
          );
        const low = pay(lo);
        const high = pay(hi);
        expect(finite(low) && finite(high)).toBe(true);
        expect(low.payout.amount.lte(high.payout.amount)).toBe(true);
      }),
    );
  });

  it('multiplicative with every multiplier at 1 pays the curve payout', () => {
    const plan = {
      ...base,
      multipliers: [{ id: 'business' }, { id: 'team' }, { id: 'individual' }],
    };
    fc.assert(
      fc.property(score, (s) => {
        const ones = computeKpiBonus(plan, {
          score: s,
          multipliers: { business: '1', team: '1', individual: '1' },
        });
        expect(ones.payout).toEqual(computeKpiBonus(base, { score: s }).payout);
        expect(ones.percent).toBe(ones.curvePercent);
      }),
    );
  });

  it('additive with equal results r equals multiplicative with the one multiplier r', () => {
    const single = { ...base, multipliers: [{ id: 'business' }] };
    const weights = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(score, result, weights, (s, r, w) => {
        const plan = {
          ...additive,
          multipliers: [
            { id: 'business', weight: String(w) },
            { id: 'individual', weight: String(100 - w) },
          ],
        };
        const sum = computeKpiBonus(plan, {
          score: s,
          multipliers: { business: r, individual: r },
        });
        const product = computeKpiBonus(single, { score: s, multipliers: { business: r } });
        expect(sum.payout).toEqual(product.payout);
        const parts = Object.values(sum.parts ?? {});
        expect(
          parts.reduce((acc, p) => acc.plus(p.amount), new Decimal(0)).eq(sum.payout.amount),
        ).toBe(true);
      }),
    );
  });
});
