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
    steps.push(...extensionSteps());
    expect(findUnrenderable(steps, catalog)).toEqual([]);
    // Other areas (bonuses, targets, calibration) add their own kpi.* codes; these are the scorecard's.
    const own = [...kpiCatalog.messages.keys()].filter((c) =>
      /^kpi\.(curve|scorecard|section|formula|scale|subperiods)\./.test(c),
    );
    expect(new Set(steps.map((s) => s.code))).toEqual(new Set(own));
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

/** Every step of the scorecard extensions: steps curves, sections, sub-periods, formulas, mappings. */
function extensionSteps() {
  const stairs = {
    kind: 'steps',
    belowFirst: '0',
    steps: [
      { from: '1', score: '2' },
      { from: '3', score: '4' },
    ],
  };
  const sectioned = (combine: string) =>
    card(
      [
        { ...kpi('a', '50', stairs), section: 'results', aggregate: 'sum' },
        { ...kpi('b', '50', stairs), section: 'results', aggregate: 'average' },
        { ...kpi('c', '50'), section: 'behaviours', aggregate: 'last' },
        { ...kpi('d', '50'), section: 'behaviours', aggregate: 'weighted-by-days' },
      ],
      {
        combine,
        sections: [
          { id: 'results', weight: '60' },
          { id: 'behaviours', weight: '40' },
        ],
        gates: [{ kpi: 'c', below: '9', capAt: '1', appliesTo: ['results'] }],
        formula: {
          op: 'round',
          places: 1,
          of: {
            op: 'weighted',
            of: [
              {
                weight: '1',
                expr: {
                  op: 'avg',
                  of: [
                    { op: 'score' },
                    { op: 'score', kpi: 'a' },
                    { op: 'score', section: 'results' },
                  ],
                },
              },
              {
                weight: '1',
                expr: {
                  op: 'sum',
                  of: [
                    {
                      op: 'min',
                      of: [
                        { op: 'rating', name: 'manager' },
                        { op: 'const', value: '9' },
                      ],
                    },
                    {
                      op: 'max',
                      of: [
                        { op: 'rating', name: 'self' },
                        { op: 'const', value: '9' },
                      ],
                    },
                  ],
                },
              },
            ],
          },
        },
        mapping:
          combine === 'weighted-sum'
            ? { kind: 'linear', to: { min: '1', max: '5' }, places: 0 }
            : { kind: 'bands', bands: [{ from: null, to: null, rating: '3', label: 'meets' }] },
      },
    );
  const month = (period: string, value: string) => ({ period, value });
  const values = {
    a: { subPeriods: [month('2026-01', '0.5'), month('2026-02', '0.4')] },
    b: { subPeriods: [month('2026-01', '3'), month('2026-02', '5')] },
    c: { subPeriods: [month('2026-01', '3'), month('2026-02', '5')] },
    d: { subPeriods: [month('2026-01', '3'), month('2026-02', '5')] },
  };
  const ratings = { manager: '4', self: '5' };
  const upper = card([kpi('a', '100', stairs)], {
    mapping: {
      kind: 'bands',
      upperInclusive: true,
      bands: [{ from: null, to: null, rating: '1' }],
    },
  });
  return [
    ...['weighted-sum', 'weighted-average'].flatMap((combine) => {
      const r = scoreScorecard(sectioned(combine), values, { ratings });
      return [...r.trace, ...r.kpis.flatMap((k) => k.trace), ...r.sections.flatMap((x) => x.trace)];
    }),
    ...scoreScorecard(upper, { a: { actual: '5' } }).trace,
    ...scoreScorecard(upper, { a: { actual: '2' } }).kpis.flatMap((k) => k.trace),
  ];
}

describe('scoreScorecard: sections', () => {
  /** "Results" 70 % (sales 60, collection 40) and "Behaviours" 30 % (teamwork), scores 0–5. */
  const sectioned = (extra: object = {}) =>
    card(
      [
        { ...kpi('sales', '60'), section: 'results' },
        { ...kpi('collection', '40'), section: 'results' },
        { ...kpi('teamwork', '100'), section: 'behaviours' },
      ],
      {
        sections: [
          { id: 'results', name: 'Results', weight: '70' },
          { id: 'behaviours', name: 'Behaviours', weight: '30' },
        ],
        ...extra,
      },
    );
  const values = {
    sales: { actual: '5' },
    collection: { actual: '2' },
    teamwork: { actual: '4' },
  };

  it('scores each section from its KPIs, then the total from the sections', () => {
    const result = scoreScorecard(sectioned(), values);
    // results: 60 % × 5 + 40 % × 2 = 3.8; total: 70 % × 3.8 + 30 % × 4 = 2.66 + 1.2 = 3.86
    expect(result.sections.map((s) => [s.section, s.score, s.weight, s.contribution])).toEqual([
      ['results', '3.8', '70', '2.66'],
      ['behaviours', '4', '30', '1.2'],
    ]);
    expect([result.score, result.combined, result.mapped]).toEqual(['3.86', '3.86', null]);
    expect(result.kpis.map((k) => [k.kpi, k.section, k.contribution])).toEqual([
      ['sales', 'results', '3'],
      ['collection', 'results', '0.8'],
      ['teamwork', 'behaviours', '4'],
    ]);
    const average = scoreScorecard(sectioned({ combine: 'weighted-average' }), values);
    expect(average.score).toBe('3.86');
    const catalog = mergeCatalogs(coreCatalog, kpiCatalog);
    expect(renderTrace(result.sections[0]?.trace ?? [], { locale: 'en', catalog })).toEqual([
      'section results: weighted sum of 2 KPIs = 3.8',
      'section results: score 3.8 × weight 70% = 2.66',
    ]);
    expect(renderTrace(result.trace, { locale: 'zh-CN', catalog })).toEqual([
      '2 个分组加权求和：Σ 权重 ÷ 100 × 得分 = 3.86',
    ]);
  });

  it('caps a section named in a gate, leaving the other sections alone', () => {
    const gates = [{ kpi: 'collection', below: '3', capAt: '2.5', appliesTo: ['results'] }];
    const result = scoreScorecard(sectioned({ gates }), values);
    expect(result.sections[0]).toMatchObject({
      score: '2.5',
      contribution: '1.75',
      gate: { kpi: 'collection', below: '3', capAt: '2.5' },
    });
    expect(result.sections[0]?.trace.map((s) => s.code)).toEqual([
      'kpi.section.weighted-sum',
      'kpi.section.gate',
      'kpi.section.contribution',
    ]);
    expect(result.sections[1]?.gate).toBeNull();
    expect(result.score).toBe('2.95');
    const catalog = mergeCatalogs(coreCatalog, kpiCatalog);
    expect(
      renderTrace(result.sections[0]?.trace.slice(1, 2) ?? [], { locale: 'en', catalog }),
    ).toEqual([
      'gate: KPI collection scored below 3, so section results is capped at 2.5 (was 3.8)',
    ]);
  });

  it('aggregates sub-period values by the KPI rule before the curve', () => {
    const months = (...v: string[]) => v.map((value, i) => ({ period: `2026-0${i + 1}`, value }));
    const c = card([
      {
        ...kpi('sales', '100', { kind: 'ratio', direction: 'higher-is-better' }),
        aggregate: 'sum',
      },
    ]);
    const result = scoreScorecard(c, {
      sales: { subPeriods: months('40', '50', '60'), target: '100' },
    });
    expect(result.kpis[0]?.value).toEqual({ actual: '150', target: '100' });
    expect(result.score).toBe('1.5');
    expect(result.kpis[0]?.trace[0]).toEqual({
      code: 'kpi.subperiods.sum',
      params: { values: '40, 50, 60', count: 3, value: '150' },
    });
    const noRule = safeScoreScorecard(frappe, {
      ...frappeValues,
      sales: { subPeriods: months('1') },
    });
    expect(noRule.success ? null : [noRule.error.code, noRule.error.path]).toEqual([
      'INVALID_INPUT',
      ['values', 'sales', 'subPeriods'],
    ]);
  });
});

describe('scoreScorecard: rating formulas', () => {
  const formula = {
    op: 'round',
    places: 2,
    of: {
      op: 'weighted',
      of: [
        { weight: '60', expr: { op: 'score' } },
        { weight: '30', expr: { op: 'rating', name: 'manager' } },
        {
          weight: '10',
          expr: {
            op: 'avg',
            of: [
              { op: 'rating', name: 'self' },
              { op: 'rating', name: 'peer' },
            ],
          },
        },
      ],
    },
  };

  it('computes the final rating from the total and the supplied ratings, each step traced', () => {
    const result = scoreScorecard({ ...frappe, formula }, frappeValues, {
      ratings: { manager: '4', self: '5', peer: '4' },
    });
    // 60 % × 3.6 + 30 % × 4 + 10 % × 4.5 = 2.16 + 1.2 + 0.45 = 3.81
    expect([result.combined, result.score]).toEqual(['3.6', '3.81']);
    expect(result.trace.map((s) => s.code)).toEqual([
      'kpi.scorecard.weighted-sum',
      'kpi.formula.score.total',
      'kpi.formula.rating',
      'kpi.formula.rating',
      'kpi.formula.rating',
      'kpi.formula.avg',
      'kpi.formula.weighted',
      'kpi.formula.round',
      'kpi.formula.result',
    ]);
  });

  it('refuses a formula whose rating is not supplied, with its path', () => {
    const result = safeScoreScorecard({ ...frappe, formula }, frappeValues, {
      ratings: { manager: '4', self: '5' },
    });
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_INPUT',
      ['options', 'ratings', 'peer'],
    ]);
  });
});

describe('scoreScorecard: scale mapping', () => {
  const identity15 = {
    kind: 'linear',
    points: [
      { x: '1', y: '1' },
      { x: '5', y: '5' },
    ],
  };

  /**
   * SAP KBA 2435115 "Section calculated rating and overall calculated rating are different"
   * (https://userapps.support.sap.com/sap/support/knowledge/en/2435115): a section on a 1–5
   * scale rated 3.4 is normalised onto the form's 0.25–5 scale as
   * ((3.4 − 1) ÷ (5 − 1)) × (5 − 0.25) + 0.25 = 3.1.
   */
  it('maps linearly like SuccessFactors rating normalisation: 3.4 on 1–5 → 3.1 on 0.25–5', () => {
    const c = card([kpi('goals', '100', identity15)], {
      scale: { min: '1', max: '5' },
      mapping: { kind: 'linear', to: { min: '0.25', max: '5' }, places: 2 },
    });
    const result = scoreScorecard(c, { goals: { actual: '3.4' } });
    expect([result.score, result.mapped]).toEqual(['3.4', { score: '3.1', label: null }]);
    const catalog = mergeCatalogs(coreCatalog, kpiCatalog);
    expect(renderTrace(result.trace.slice(-1), { locale: 'en', catalog })).toEqual([
      'score 3.4 mapped from 1–5 onto 0.25–5, rounded to 2 places (half-up) → 3.1',
    ]);
  });

  it('maps onto stars with the stated rounding, keeping the raw score', () => {
    const c = (mode: string) =>
      card([kpi('a', '100')], {
        mapping: { kind: 'linear', to: { min: '1', max: '5' }, places: 0, mode },
      });
    // 2.5 on 0–5 → 1 + 2.5 × 4 ÷ 5 = 3 exactly; 3.125 → 3.5: half-up 4, half-even 4, down 3.
    expect(scoreScorecard(c('half-up'), { a: { actual: '2.5' } }).mapped?.score).toBe('3');
    const stars = ['half-up', 'half-even', 'down'].map(
      (mode) => scoreScorecard(c(mode), { a: { actual: '3.125' } }).mapped?.score,
    );
    expect(stars).toEqual(['4', '4', '3']);
    expect(scoreScorecard(c('half-up'), { a: { actual: '3.125' } }).score).toBe('3.125');
  });

  /**
   * A Workday goal-achievement lookup table from the Workday community (r/Workday_Community,
   * "Workday Goal Achievement % → Suggested Rating?", 2 Dec 2025,
   * https://reddit.privacy-wiki.info/r/Workday_Community/comments/1pc023e/workday_goal_achievement_suggested_rating):
   * achievement = actual ÷ target; < 70 % → 1 Need Improvement, 70–95 % → 2 Below Expectations,
   * 95–110 % → 3 Meet Expectations, 110–125 % → 4 Exceed Expectations, > 125 % → 5 Outstanding;
   * its example: 80 % actual vs a 70 % target → 114.29 % → 4. (A customer's table posted by a
   * Workday user, not Workday's documentation; the edges, unstated there, are ours: [from, to).)
   */
  it('maps by a rating band table: the Workday goal-achievement example 80 % ÷ 70 % → 4', () => {
    const band = (from: string | null, to: string | null, rating: string, label: string) => ({
      from,
      to,
      rating,
      label,
    });
    const c = card([kpi('goal', '100', { kind: 'ratio', direction: 'higher-is-better' })], {
      mapping: {
        kind: 'bands',
        bands: [
          band(null, '0.7', '1', 'Need Improvement'),
          band('0.7', '0.95', '2', 'Below Expectations'),
          band('0.95', '1.1', '3', 'Meet Expectations'),
          band('1.1', '1.25', '4', 'Exceed Expectations'),
          band('1.25', null, '5', 'Outstanding'),
        ],
      },
    });
    const result = scoreScorecard(c, { goal: { actual: '80', target: '70' } });
    expect(new Decimal(result.score).times(100).toDecimalPlaces(2).toFixed()).toBe('114.29');
    expect(result.mapped).toEqual({ score: '4', label: 'Exceed Expectations' });
    const at = (actual: string) => scoreScorecard(c, { goal: { actual, target: '100' } }).mapped;
    expect([at('69.99'), at('70'), at('125')].map((m) => m?.score)).toEqual(['1', '2', '5']);
  });

  /**
   * SuccessFactors overall rating bands from SAP's blog "SuccessFactors PM/GM – making multiple
   * rating scales converge" (https://blogs.sap.com/2015/03/08/successfactors-pmgm-making-multiple-rating-scales-converge/):
   * overall score 0–25 D, 25–50 C, 50–75 B, 75–90 A, 90–100 A+. Edges are ours: [from, to).
   */
  it('labels the SuccessFactors blog overall-score bands at their edges', () => {
    const band = (from: string | null, to: string | null, label: string, rating: string) => ({
      from,
      to,
      rating,
      label,
    });
    const c = card(
      [
        kpi('overall', '100', {
          kind: 'linear',
          points: [
            { x: '0', y: '0' },
            { x: '100', y: '100' },
          ],
        }),
      ],
      {
        scale: { min: '0', max: '100' },
        mapping: {
          kind: 'bands',
          bands: [
            band(null, '25', 'D', '1'),
            band('25', '50', 'C', '2'),
            band('50', '75', 'B', '3'),
            band('75', '90', 'A', '4'),
            band('90', null, 'A+', '5'),
          ],
        },
      },
    );
    const label = (actual: string) => scoreScorecard(c, { overall: { actual } }).mapped?.label;
    expect(['0', '24.99', '25', '74.99', '75', '90', '100'].map(label)).toEqual([
      'D',
      'D',
      'C',
      'B',
      'A',
      'A+',
      'A+',
    ]);
  });

  /**
   * Google's OKR grading (re:Work, "Grade OKRs", https://rework.withgoogle.com/guides/set-goals-with-okrs/steps/grade-OKRs/):
   * key results graded 0.0–1.0 and the objective graded by their average; "launch six new
   * features" with three launched grades 0.5, and a launch key result is 0 or 1. The colours are
   * from John Doerr, "Measure What Matters" (quoted at
   * https://www.goodreads.com/notes/37559166-measure-what-matters/704067-agnieszka/ccfb3417-426a-4046-bee6-b708207ded20):
   * 0.7–1.0 green, 0.4–0.6 yellow, 0.0–0.3 red (the gaps between, unstated there, closed by us as
   * [0.7, ∞) green, [0.4, 0.7) yellow, below 0.4 red).
   */
  it('grades an OKR by the average of its key results: (0.5 + 1) ÷ 2 = 0.75, green', () => {
    const okr = card(
      [
        kpi('features', '50', { kind: 'ratio', direction: 'higher-is-better', cap: '1' }),
        kpi('campaign', '50', { kind: 'gate', threshold: '1', met: '1' }),
      ],
      {
        scale: { min: '0', max: '1' },
        combine: 'weighted-average',
        mapping: {
          kind: 'bands',
          bands: [
            { from: null, to: '0.4', rating: '0', label: 'red' },
            { from: '0.4', to: '0.7', rating: '1', label: 'yellow' },
            { from: '0.7', to: null, rating: '2', label: 'green' },
          ],
        },
      },
    );
    const result = scoreScorecard(okr, {
      features: { actual: '3', target: '6' },
      campaign: { actual: '1' },
    });
    expect(result.kpis.map((k) => k.score)).toEqual(['0.5', '1']);
    expect([result.score, result.mapped?.label]).toEqual(['0.75', 'green']);
    const missed = scoreScorecard(okr, {
      features: { actual: '3', target: '6' },
      campaign: { actual: '0' },
    });
    expect([missed.score, missed.mapped?.label]).toEqual(['0.25', 'red']);
  });

  it('refuses a score outside every rating band', () => {
    const c = card([kpi('a', '100')], {
      mapping: { kind: 'bands', bands: [{ from: '1', to: null, rating: '1' }] },
    });
    const result = safeScoreScorecard(c, { a: { actual: '0.5' } });
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_INPUT',
      ['scorecard', 'mapping', 'bands'],
    ]);
  });
});

describe('properties: sections, steps and mappings', () => {
  /** Whole-percent weights summing to exactly 100. */
  const percents = (n: number) =>
    fc.array(fc.integer({ min: 1, max: 50 }), { minLength: n, maxLength: n }).map((raw) => {
      const total = raw.reduce((a, b) => a + b, 0);
      const weights = raw.map((w) => Math.floor((w * 100) / total));
      weights[0] = (weights[0] as number) + 100 - weights.reduce((a, b) => a + b, 0);
      return weights.map(String);
    });
  const stairs = {
    kind: 'steps',
    belowFirst: '0',
    steps: [
      { from: '0.5', score: '1' },
      { from: '1', score: '3' },
      { from: '1.5', score: '5' },
    ],
  };
  /** 1–3 sections of 1–3 KPIs, on identity or staircase curves, with an optional section gate. */
  const sectioned = fc
    .array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 })
    .chain((sizes) =>
      fc.record({
        sectionWeights: percents(sizes.length),
        kpiWeights: fc.tuple(...sizes.map((n) => percents(n))),
        stairs: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
        actuals: fc.array(fc.integer({ min: -100, max: 800 }), { minLength: 9, maxLength: 9 }),
        combine: fc.constantFrom('weighted-sum', 'weighted-average'),
        gate: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      }),
    )
    .map(({ sectionWeights, kpiWeights, stairs: onStairs, actuals, combine, gate }) => {
      const sections = sectionWeights.map((weight, s) => ({ id: `s${s}`, weight }));
      let n = 0;
      const kpis = kpiWeights.flatMap((weights, s) =>
        weights.map((weight) => {
          const id = `k${n}`;
          const curve = onStairs[n] === true ? stairs : identity;
          n += 1;
          return { ...kpi(id, weight, curve), section: `s${s}` };
        }),
      );
      const gates =
        gate === undefined
          ? []
          : [{ kpi: 'k0', below: String(gate), capAt: '2', appliesTo: ['s0'] }];
      const values = Object.fromEntries(
        kpis.map((k, i) => [
          k.id,
          { actual: new Decimal(actuals[i] as number).div(100).toFixed() },
        ]),
      );
      const mapping = { kind: 'linear', to: { min: '1', max: '5' }, places: 1 };
      return { card: card(kpis, { combine, sections, gates, mapping }), values, kpis, sections };
    });

  it('a sectioned score stays within its scale, and its mapping within the output scale', () => {
    fc.assert(
      fc.property(sectioned, ({ card: c, values }) => {
        const result = scoreScorecard(c, values);
        const score = new Decimal(result.score);
        expect(score.gte(0) && score.lte(5)).toBe(true);
        const mapped = new Decimal(result.mapped?.score ?? 'NaN');
        expect(mapped.gte(1) && mapped.lte(5)).toBe(true);
        const other = c.combine === 'weighted-sum' ? 'weighted-average' : 'weighted-sum';
        expect(scoreScorecard({ ...c, combine: other }, values).score).toBe(result.score);
      }),
      { numRuns: 60 },
    );
  });

  it('the order of the KPIs and of the sections never changes the result', () => {
    fc.assert(
      fc.property(
        sectioned,
        fc.infiniteStream(fc.nat()),
        ({ card: c, values, kpis, sections }, seeds) => {
          const shuffle = <T>(list: readonly T[]) =>
            list
              .map((item) => ({ item, key: seeds.next().value as number }))
              .sort((a, b) => a.key - b.key)
              .map(({ item }) => item);
          const a = scoreScorecard(c, values);
          const b = scoreScorecard(
            { ...c, kpis: shuffle(kpis), sections: shuffle(sections) },
            values,
          );
          expect([b.score, b.mapped]).toEqual([a.score, a.mapped]);
          const byId = <T extends { kpi?: string; section?: string | null }>(
            rows: readonly T[],
            key: keyof T,
          ) => Object.fromEntries(rows.map((r) => [String(r[key]), r]));
          expect(byId(b.kpis, 'kpi')).toEqual(byId(a.kpis, 'kpi'));
          expect(byId(b.sections, 'section')).toEqual(byId(a.sections, 'section'));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('monotone curves (staircases included) give monotone scores: raising one actual never lowers the total', () => {
    fc.assert(
      fc.property(
        sectioned,
        fc.nat(),
        fc.integer({ min: 0, max: 300 }),
        ({ card: c, values }, pick, rise) => {
          const ids = Object.keys(values);
          const id = ids[pick % ids.length] as string;
          const before = values[id] as { actual: string };
          const raised = {
            ...values,
            [id]: { actual: new Decimal(before.actual).plus(new Decimal(rise).div(100)).toFixed() },
          };
          const lo = new Decimal(scoreScorecard(c, values).score);
          const hi = new Decimal(scoreScorecard(c, raised).score);
          expect(lo.lte(hi)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('bad input of the extensions: one CrmRulesError with code and path', () => {
  const summed = card([{ ...kpi('sales', '100'), aggregate: 'sum' }]);
  let deep: object = { op: 'score' };
  for (let i = 1; i < 33; i += 1) deep = { op: 'avg', of: [deep] };
  it.each([
    [
      'both an actual and sub-period values',
      summed,
      { sales: { actual: '1', subPeriods: [{ period: '2026-01', value: '1' }] } },
      'INVALID_INPUT',
      ['values', 'sales', 'actual'],
    ],
    [
      'a malformed sub-period',
      summed,
      {
        sales: {
          subPeriods: [
            { period: '2026-01', value: '1' },
            { period: 'soon', value: '1' },
          ],
        },
      },
      'INVALID_PERIOD',
      ['values', 'sales', 'subPeriods', 1, 'period'],
    ],
    [
      'an overlapping sub-period range',
      summed,
      {
        sales: {
          subPeriods: [
            { period: '2026-01', value: '1' },
            { period: { start: '2026-01-15', end: '2026-02-15' }, value: '1' },
          ],
        },
      },
      'INVALID_INPUT',
      ['values', 'sales', 'subPeriods', 1, 'period'],
    ],
    [
      'a formula too deep',
      { ...frappe, formula: deep },
      frappeValues,
      'LIMIT_EXCEEDED',
      ['scorecard', 'formula', ...Array.from({ length: 32 }, () => ['of', 0]).flat()],
    ],
  ])('%s', (_, scorecard, values, code, path) => {
    const result = safeScoreScorecard(scorecard, values as never);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([code, path]);
  });
});
