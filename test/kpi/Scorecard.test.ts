import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../src/errors';
import { Scorecard, ScoringCurve } from '../../src/kpi';

const ratio = { kind: 'ratio', direction: 'higher-is-better' } as const;
const card = (weights: string[]) => ({
  id: 'am-2026',
  effectiveFrom: '2026-01-01',
  scale: { min: '0', max: '5' },
  combine: 'weighted-sum',
  kpis: weights.map((weight, i) => ({ id: `k${i}`, metric: 'manual', weight, curve: ratio })),
});

describe('Scorecard schema', () => {
  it('accepts weights that sum to exactly 100 (Frappe HRMS appraisal: 30 / 70)', () => {
    expect(Scorecard.safeParse(card(['30', '70'])).success).toBe(true);
    expect(Scorecard.safeParse(card(['33.33', '33.33', '33.34'])).success).toBe(true);
  });

  it('refuses weights that do not sum to 100 with WEIGHTS_NOT_100', () => {
    const result = safeParseWith(Scorecard, card(['30', '60']));
    expect(
      result.success ? null : [result.error.code, result.error.path, result.error.value],
    ).toEqual(['WEIGHTS_NOT_100', ['kpis'], '90']);
  });

  it('refuses duplicate KPI ids, gates on unknown KPIs and an empty scale', () => {
    const duplicate = {
      ...card(['50', '50']),
      kpis: card(['50', '50']).kpis.map((k) => ({ ...k, id: 'same' })),
    };
    expect(safeParseWith(Scorecard, duplicate)).toMatchObject({
      success: false,
      error: { path: ['kpis', 1, 'id'] },
    });
    const gate = { ...card(['100']), gates: [{ kpi: 'nope', below: '0.5', capAt: '3' }] };
    expect(safeParseWith(Scorecard, gate)).toMatchObject({
      success: false,
      error: { path: ['gates', 0, 'kpi'] },
    });
    const scale = { ...card(['100']), scale: { min: '5', max: '5' } };
    expect(safeParseWith(Scorecard, scale)).toMatchObject({
      success: false,
      error: { path: ['scale', 'max'] },
    });
  });
});

describe('ScoringCurve schema', () => {
  it('accepts the SAP Variable Pay interpolation points', () => {
    const points = [
      ['620', '0.5'],
      ['1997', '1.0'],
      ['2400', '1.5'],
      ['3324', '2.0'],
      ['4000', '3.0'],
    ].map(([x, y]) => ({ x, y }));
    expect(ScoringCurve.safeParse({ kind: 'linear', points }).success).toBe(true);
  });

  it('refuses points whose x does not strictly increase', () => {
    const result = safeParseWith(ScoringCurve, {
      kind: 'linear',
      points: [
        { x: '2', y: '1' },
        { x: '2', y: '2' },
      ],
    });
    expect(result.success ? null : result.error.path).toEqual(['points', 1, 'x']);
  });

  it('refuses bands with gaps, overlaps or open inner ends', () => {
    const band = (from: string | null, to: string | null) => ({ from, to, score: '1' });
    expect(
      ScoringCurve.safeParse({
        kind: 'bands',
        bands: [band(null, '50'), band('50', '80'), band('80', null)],
      }).success,
    ).toBe(true);
    const gap = safeParseWith(ScoringCurve, {
      kind: 'bands',
      bands: [band(null, '50'), band('60', null)],
    });
    expect(gap.success ? null : gap.error.path).toEqual(['bands', 1, 'from']);
    const open = safeParseWith(ScoringCurve, {
      kind: 'bands',
      bands: [band(null, null), band('60', null)],
    });
    expect(open.success ? null : open.error.path).toEqual(['bands', 0, 'to']);
    const reversed = safeParseWith(ScoringCurve, { kind: 'bands', bands: [band('10', '5')] });
    expect(reversed.success ? null : reversed.error.path).toEqual(['bands', 0, 'to']);
  });

  it('refuses a ratio whose floor exceeds its cap, and float thresholds', () => {
    expect(ScoringCurve.safeParse({ ...ratio, floor: '2', cap: '1' }).success).toBe(false);
    const float = safeParseWith(ScoringCurve, { kind: 'gate', threshold: 0.5, met: '1' });
    expect(float.success ? null : [float.error.code, float.error.path]).toEqual([
      'INVALID_AMOUNT',
      ['threshold'],
    ]);
  });
});

describe('Scorecard schema: sections, formulas and mappings', () => {
  const kpi = (id: string, weight: string, section?: string) => ({
    id,
    metric: 'manual',
    weight,
    curve: ratio,
    ...(section === undefined ? {} : { section }),
  });
  const sectioned = (kpis: object[], sections: object[], extra: object = {}) => ({
    ...card(['100']),
    kpis,
    sections,
    ...extra,
  });
  const results = { id: 'results', weight: '70' };
  const behaviours = { id: 'behaviours', weight: '30' };
  const valid = [
    kpi('sales', '60', 'results'),
    kpi('collection', '40', 'results'),
    kpi('teamwork', '100', 'behaviours'),
  ];

  it('accepts two-level weights: 100 within each section, section weights summing to 100', () => {
    expect(Scorecard.safeParse(sectioned(valid, [results, behaviours])).success).toBe(true);
  });

  const errorOf = (input: unknown) => {
    const result = safeParseWith(Scorecard, input);
    return result.success ? null : [result.error.code, result.error.path];
  };

  it.each([
    [
      'section weights not summing to 100',
      sectioned(valid, [results, { ...behaviours, weight: '20' }]),
      ['WEIGHTS_NOT_100', ['sections']],
    ],
    [
      "a section's KPI weights not summing to 100",
      sectioned(
        [
          kpi('sales', '60', 'results'),
          kpi('collection', '30', 'results'),
          kpi('teamwork', '100', 'behaviours'),
        ],
        [results, behaviours],
      ),
      ['WEIGHTS_NOT_100', ['sections', 0]],
    ],
    [
      'a section without KPIs',
      sectioned([kpi('sales', '100', 'results')], [results, behaviours]),
      ['INVALID_INPUT', ['sections', 1]],
    ],
    [
      'a KPI naming an unknown section',
      sectioned([...valid.slice(0, 2), kpi('teamwork', '100', 'nope')], [results, behaviours]),
      ['INVALID_INPUT', ['kpis', 2, 'section']],
    ],
    [
      'a KPI without a section on a sectioned scorecard',
      sectioned(
        [...valid.slice(0, 2), kpi('teamwork', '100')],
        [results, { ...behaviours, weight: '30' }],
      ),
      ['INVALID_INPUT', ['kpis', 2, 'section']],
    ],
    [
      'a section id equal to a KPI id',
      sectioned([kpi('sales', '100', 'sales')], [{ id: 'sales', weight: '100' }]),
      ['INVALID_INPUT', ['sections', 0, 'id']],
    ],
    [
      'a KPI naming a section on a flat scorecard',
      { ...card(['100']), kpis: [kpi('a', '100', 'results')] },
      ['INVALID_INPUT', ['kpis', 0, 'section']],
    ],
    [
      'a formula scoring an unknown KPI',
      sectioned(valid, [results, behaviours], { formula: { op: 'score', kpi: 'nope' } }),
      ['INVALID_INPUT', ['formula', 'kpi']],
    ],
    [
      'a formula scoring an unknown section',
      sectioned(valid, [results, behaviours], {
        formula: { op: 'avg', of: [{ op: 'score' }, { op: 'score', section: 'nope' }] },
      }),
      ['INVALID_INPUT', ['formula', 'of', 1, 'section']],
    ],
    [
      'a linear mapping onto an empty scale',
      { ...card(['100']), mapping: { kind: 'linear', to: { min: '5', max: '1' }, places: 0 } },
      ['INVALID_INPUT', ['mapping', 'to', 'max']],
    ],
    [
      'rating bands with a gap',
      {
        ...card(['100']),
        mapping: {
          kind: 'bands',
          bands: [
            { from: null, to: '2', rating: '1' },
            { from: '3', to: null, rating: '2' },
          ],
        },
      },
      ['INVALID_INPUT', ['mapping', 'bands', 1, 'from']],
    ],
  ])('refuses %s', (_, input, expected) => {
    expect(errorOf(input)).toEqual(expected);
  });
});

describe('ScoringCurve schema: steps', () => {
  it('refuses steps whose start does not strictly increase, and a missing belowFirst', () => {
    const steps = [
      { from: '1', score: '1' },
      { from: '1', score: '2' },
    ];
    const repeated = safeParseWith(ScoringCurve, { kind: 'steps', belowFirst: '0', steps });
    expect(repeated.success ? null : repeated.error.path).toEqual(['steps', 1, 'from']);
    const unstated = safeParseWith(ScoringCurve, { kind: 'steps', steps: steps.slice(0, 1) });
    expect(unstated.success ? null : unstated.error.path).toEqual(['belowFirst']);
  });
});
