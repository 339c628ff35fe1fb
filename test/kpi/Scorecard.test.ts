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
