import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreCatalog, findUnrenderable, mergeCatalogs, renderTrace } from '../../src/explain';
import { kpiCatalog, safeScoreScorecard, scoreScorecard } from '../../src/kpi';
import { Decimal } from '../../src/money';

const identity = {
  kind: 'linear',
  points: [
    { x: '0', y: '0' },
    { x: '5', y: '5' },
  ],
};
const kpi = (id: string, weight: string, curve: object = identity) => ({
  id,
  metric: 'manual',
  weight,
  curve,
});
const card = (kpis: object[], extra: object = {}) => ({
  id: 'am-2026',
  effectiveFrom: '2026-01-01',
  scale: { min: '0', max: '5' },
  combine: 'weighted-sum',
  kpis,
  ...extra,
});

/**
 * Frappe HRMS appraisal test (hrms/hr/doctype/appraisal/test_appraisal.py, DOMAIN.md §5): KRA
 * weights 30 and 70, scores 5 and 3 on a 0–5 scale → 30 % × 5 + 70 % × 3 = 1.5 + 2.1 = 3.6.
 */
const frappe = card([kpi('sales', '30'), kpi('service', '70')]);
const frappeValues = { sales: { actual: '5' }, service: { actual: '3' } };

describe('scoreScorecard', () => {
  it('scores the Frappe HRMS appraisal example: 1.5 + 2.1 = 3.6 (DOMAIN §5)', () => {
    const result = scoreScorecard(frappe, frappeValues);
    expect(result.score).toBe('3.6');
    expect(result.kpis.map((k) => [k.kpi, k.point, k.weight, k.contribution, k.gate])).toEqual([
      ['sales', '5', '30', '1.5', null],
      ['service', '3', '70', '2.1', null],
    ]);
    expect(result.kpis[0]?.value).toEqual({ actual: '5', target: null });
    const average = scoreScorecard({ ...frappe, combine: 'weighted-average' }, frappeValues);
    expect(average.score).toBe('3.6');
    expect(average.trace[0]?.code).toBe('kpi.scorecard.weighted-average');
  });

  it('renders every step in en and zh-CN through kpiCatalog', () => {
    const catalog = mergeCatalogs(coreCatalog, kpiCatalog);
    const gated = card(
      [
        kpi('sales', '60', { kind: 'ratio', direction: 'higher-is-better', cap: '9' }),
        kpi('collection', '40', {
          kind: 'bands',
          bands: [
            { from: null, to: '0.8', score: '1' },
            { from: '0.8', to: null, score: '5' },
          ],
        }),
      ],
      { gates: [{ kpi: 'collection', below: '3', capAt: '2', appliesTo: ['sales'] }] },
    );
    const result = scoreScorecard(gated, {
      sales: { actual: '120', target: '100' },
      collection: { actual: '0.7' },
    });
    // collection (score 1) is below 3, but sales (1.2) is already under the cap 2: no gate applies.
    expect(result.kpis[0]?.gate).toBeNull();
    const steps = [...result.trace, ...result.kpis.flatMap((k) => k.trace)];
    expect(findUnrenderable(steps, catalog)).toEqual([]);
    expect(renderTrace(result.kpis[0]?.trace ?? [], { locale: 'zh-CN', catalog })).toEqual([
      '实际值 120 ÷ 目标值 100 = 1.2，下限 —、上限 9 → 得分 1.2',
      '指标 sales：得分 1.2 × 权重 60% = 0.72',
    ]);
    expect(renderTrace(result.trace, { locale: 'en', catalog })).toEqual([
      'weighted sum of 2 KPIs: Σ weight ÷ 100 × score = 1.12',
    ]);
  });

  it('caps a section and the total when another KPI misses', () => {
    const gates = [
      { kpi: 'collection', below: '3', capAt: '2', appliesTo: ['sales'] },
      { kpi: 'collection', below: '2', capAt: '2.5' },
    ];
    const gated = card([kpi('sales', '60'), kpi('collection', '40')], { gates });
    const hit = scoreScorecard(gated, { sales: { actual: '5' }, collection: { actual: '2.5' } });
    expect(hit.kpis[0]).toMatchObject({
      point: '5',
      score: '2',
      contribution: '1.2',
      gate: { kpi: 'collection', below: '3', capAt: '2' },
    });
    expect(hit.score).toBe('2.2');
    expect(hit.gate).toBeNull();
    const total = scoreScorecard(gated, { sales: { actual: '5' }, collection: { actual: '1.5' } });
    // sales capped at 2 → 1.2 + 0.6 = 1.8, below the total cap 2.5: the total gate changes nothing.
    expect([total.score, total.gate]).toEqual(['1.8', null]);
    const onlyTotal = card([kpi('sales', '60'), kpi('collection', '40')], { gates: [gates[1]] });
    const capped = scoreScorecard(onlyTotal, {
      sales: { actual: '5' },
      collection: { actual: '1' },
    });
    expect([capped.score, capped.gate]).toEqual([
      '2.5',
      { kpi: 'collection', below: '2', capAt: '2.5' },
    ]);
    expect(capped.trace.map((s) => s.code)).toEqual([
      'kpi.scorecard.weighted-sum',
      'kpi.scorecard.gate.total',
    ]);
  });

  it('keeps KPI scores within the scale', () => {
    const result = scoreScorecard(
      card([kpi('a', '100', { kind: 'gate', threshold: '1', met: '7' })]),
      {
        a: { actual: '1' },
      },
    );
    expect([result.kpis[0]?.point, result.kpis[0]?.score, result.score]).toEqual(['7', '5', '5']);
    expect(result.kpis[0]?.trace[1]?.code).toBe('kpi.scorecard.scale.kpi');
  });
  it('emits only codes kpiCatalog renders, and uses every one of them', () => {
    const catalog = mergeCatalogs(coreCatalog, kpiCatalog);
    const curves: Array<[object, { actual: string; target?: string }]> = [
      [
        { kind: 'ratio', direction: 'higher-is-better' },
        { actual: '3', target: '4' },
      ],
      [
        { kind: 'ratio', direction: 'lower-is-better' },
        { actual: '3', target: '4' },
      ],
      [
        { kind: 'ratio', direction: 'lower-is-better', cap: '2' },
        { actual: '0', target: '4' },
      ],
      [{ ...identity, belowFirst: '0' }, { actual: '-1' }],
      [identity, { actual: '2' }],
      [identity, { actual: '6' }],
      [{ kind: 'bands', bands: [{ from: null, to: null, score: '1' }] }, { actual: '1' }],
      [
        { kind: 'bands', upperInclusive: true, bands: [{ from: null, to: null, score: '1' }] },
        { actual: '1' },
      ],
      ...['met', 'missed'].flatMap(
        (_, i): Array<[object, { actual: string }]> => [
          [{ kind: 'gate', threshold: '1', met: '2' }, { actual: String(1 - i) }],
          [
            { kind: 'gate', threshold: '1', met: '2', direction: 'lower-is-better' },
            { actual: String(1 + i) },
          ],
        ],
      ),
    ];
    const steps = curves.flatMap(([curve, value]) => {
      const kpis = [kpi('a', '50', curve), kpi('b', '50')];
      const gates = [
        { kpi: 'b', below: '1', capAt: '0.5', appliesTo: ['a'] },
        { kpi: 'b', below: '1', capAt: '-1' },
      ];
      return ['weighted-sum', 'weighted-average'].flatMap((combine) => {
        const r = scoreScorecard(card(kpis, { combine, gates }), { a: value, b: { actual: '0' } });
        return [...r.trace, ...r.kpis.flatMap((k) => k.trace)];
      });
    });
    const gateHigh = scoreScorecard(
      card([kpi('a', '100', { kind: 'gate', threshold: '0', met: '9' })]),
      {
        a: { actual: '1' },
      },
    );
    steps.push(...gateHigh.kpis.flatMap((k) => k.trace));
    expect(findUnrenderable(steps, catalog)).toEqual([]);
    // kpi.metric.* are measureKpis' codes (test/kpi/measureKpis.test.ts checks those).
    const scoring = [...kpiCatalog.messages.keys()].filter((c) => !c.startsWith('kpi.metric.'));
    expect(new Set(steps.map((s) => s.code))).toEqual(new Set(scoring));
  });
});

describe('bad input: one CrmRulesError with code and path', () => {
  it.each([
    [
      'weights not summing to 100',
      card([kpi('a', '30'), kpi('b', '60')]),
      { a: { actual: '1' }, b: { actual: '1' } },
      'WEIGHTS_NOT_100',
      ['scorecard', 'kpis'],
    ],
    [
      'a negative weight',
      card([kpi('a', '110'), kpi('b', '-10')]),
      { a: { actual: '1' }, b: { actual: '1' } },
      'INVALID_INPUT',
      ['scorecard', 'kpis', 1, 'weight'],
    ],
    ['a missing value', frappe, { sales: { actual: '1' } }, 'INVALID_INPUT', ['values', 'service']],
    [
      'an unknown KPI',
      frappe,
      { ...frappeValues, teamwork: { actual: '1' } },
      'INVALID_INPUT',
      ['values', 'teamwork'],
    ],
    [
      'a bad actual',
      frappe,
      { ...frappeValues, sales: { actual: 'x' } },
      'INVALID_AMOUNT',
      ['values', 'sales', 'actual'],
    ],
    [
      'a zero target',
      card([kpi('a', '100', { kind: 'ratio', direction: 'higher-is-better' })]),
      { a: { actual: '1', target: '0' } },
      'INVALID_INPUT',
      ['values', 'a', 'target'],
    ],
    ['values that are not an object', frappe, null, 'INVALID_INPUT', ['values']],
  ])('%s', (_, scorecard, values, code, path) => {
    const result = safeScoreScorecard(scorecard, values as never);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([code, path]);
  });
});

describe('properties', () => {
  /** Weights in whole percents summing to exactly 100, and scores on the 0–5 scale. */
  const scorecard = fc
    .array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 8 })
    .chain((raw) => {
      const total = raw.reduce((a, b) => a + b, 0);
      const weights = raw.map((w) => Math.floor((w * 100) / total));
      weights[0] = (weights[0] as number) + 100 - weights.reduce((a, b) => a + b, 0);
      return fc.record({
        weights: fc.constant(weights),
        actuals: fc.array(fc.integer({ min: -100, max: 800 }), {
          minLength: weights.length,
          maxLength: weights.length,
        }),
        combine: fc.constantFrom('weighted-sum', 'weighted-average'),
        gate: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      });
    });
  const build = ({
    weights,
    actuals,
    combine,
    gate,
  }: {
    weights: number[];
    actuals: number[];
    combine: string;
    gate: number | undefined;
  }) => {
    const kpis = weights.map((w, i) => kpi(`k${i}`, String(w)));
    const gates = gate === undefined ? [] : [{ kpi: 'k0', below: String(gate), capAt: '3' }];
    const values = Object.fromEntries(
      actuals.map((a, i) => [`k${i}`, { actual: new Decimal(a).div(100).toFixed() }]),
    );
    return { card: card(kpis, { combine, gates }), values };
  };

  it('a score stays within its scale, and sum and average agree', () => {
    fc.assert(
      fc.property(scorecard, (input) => {
        const { card: c, values } = build(input);
        const score = new Decimal(scoreScorecard(c, values).score);
        expect(score.gte(0) && score.lte(5)).toBe(true);
        const other = c.combine === 'weighted-sum' ? 'weighted-average' : 'weighted-sum';
        expect(scoreScorecard({ ...c, combine: other }, values).score).toBe(score.toFixed());
      }),
    );
  });

  it('the order of the KPIs never changes the result', () => {
    fc.assert(
      fc.property(scorecard, fc.infiniteStream(fc.nat()), (input, seeds) => {
        const { card: c, values } = build(input);
        const shuffled = [...c.kpis]
          .map((k) => ({ k, key: seeds.next().value as number }))
          .sort((a, b) => a.key - b.key)
          .map(({ k }) => k);
        const a = scoreScorecard(c, values);
        const b = scoreScorecard({ ...c, kpis: shuffled }, values);
        expect(b.score).toBe(a.score);
        const byId = (r: typeof a) => Object.fromEntries(r.kpis.map((k) => [k.kpi, k]));
        expect(byId(b)).toEqual(byId(a));
      }),
    );
  });
});
