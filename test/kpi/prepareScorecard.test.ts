import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  kpiValues,
  measureKpis,
  prepareScorecard,
  safePrepareScorecard,
  safeScoreScorecard,
  scoreScorecard,
} from '../../src/kpi';

/** The error of a safe result, or `undefined`. */
const errorOf = (r: { success: boolean }) =>
  r.success ? undefined : (r as unknown as { error: { code: string; path: unknown } }).error;
const line = (...xy: [string, string][]) => ({
  kind: 'linear',
  points: xy.map(([x, y]) => ({ x, y })),
});
const card = (kpis: object[], extra: object = {}) => ({
  id: 'am-2026',
  effectiveFrom: '2026-01-01',
  scale: { min: '0', max: '5' },
  combine: 'weighted-sum',
  kpis,
  ...extra,
});
/** The Frappe HRMS appraisal (DOMAIN.md §5): weights 30 and 70, scores 5 and 3 → 3.6. */
const frappe = card([
  { id: 'sales', metric: 'manual', weight: '30', curve: line(['0', '0'], ['5', '5']) },
  { id: 'service', metric: 'manual', weight: '70', curve: line(['0', '0'], ['5', '5']) },
]);

describe('prepareScorecard', () => {
  it('scores the Frappe HRMS appraisal as the plain scorecard does, many times', () => {
    const prepared = prepareScorecard(frappe);
    const values = { sales: { actual: '5' }, service: { actual: '3' } };
    expect(scoreScorecard(prepared, values)).toEqual(scoreScorecard(frappe, values));
    expect(scoreScorecard(prepared, values).score).toBe('3.6');
    expect(
      scoreScorecard(prepared, { sales: { actual: '0' }, service: { actual: '5' } }).score,
    ).toBe('3.5');
  });

  it('returns the parsed scorecard deep-frozen, and leaves the input alone', () => {
    const input = structuredClone(frappe);
    const prepared = prepareScorecard(input);
    expect(prepared).toEqual({ ...frappe, gates: [] });
    expect(Object.isFrozen(prepared)).toBe(true);
    expect(Object.isFrozen(prepared.kpis[0]?.curve)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(() => {
      (prepared.kpis as { weight: string }[])[0]!.weight = '90';
    }).toThrow(TypeError);
  });

  it('a copy of a prepared scorecard is parsed again, as any plain scorecard', () => {
    const copy = { ...prepareScorecard(frappe), kpis: [] };
    expect(errorOf(safeScoreScorecard(copy, {}))?.path).toEqual(['scorecard', 'kpis']);
  });

  it('is what kpiValues reads too', () => {
    const measures = measureKpis(
      {
        manual: [
          { managerId: 'AM-1', kpi: 'sales', value: '4', source: 'review' },
          { managerId: 'AM-1', kpi: 'service', value: '2', source: 'review' },
        ],
      },
      {
        period: { start: '2026-01-01', end: '2026-04-01' },
        baseCurrency: 'USD',
        metrics: ['manual'],
      },
    );
    const prepared = prepareScorecard(frappe);
    expect(scoreScorecard(prepared, kpiValues(measures, 'AM-1', prepared)).score).toBe('2.6');
  });

  it('refuses a bad scorecard with the code and path of scoreScorecard', () => {
    const bad = card([
      { id: 'a', metric: 'manual', weight: '90', curve: line(['0', '0'], ['5', '5']) },
    ]);
    const prepared = safePrepareScorecard(bad);
    const scored = safeScoreScorecard(bad, { a: { actual: '1' } });
    expect(prepared.success).toBe(false);
    expect(errorOf(prepared)?.code).toBe('WEIGHTS_NOT_100');
    expect(errorOf(prepared)?.code).toBe(errorOf(scored)?.code);
    expect(errorOf(prepared)?.path).toEqual(errorOf(scored)?.path);
    expect(() => prepareScorecard(null)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('properties', () => {
  const dec = fc
    .tuple(fc.integer({ min: -2000, max: 2000 }), fc.constantFrom(0, 1, 2))
    .map(([u, s]) => (u / 10 ** s).toFixed(s));
  const rising = (n: number) =>
    fc
      .uniqueArray(fc.integer({ min: -300, max: 300 }), { minLength: n, maxLength: n })
      .map((xs) => [...xs].sort((a, b) => a - b).map((x) => (x / 10).toFixed(1)));
  /** Every curve kind, with decimal constants. */
  const curve = fc.oneof(
    fc
      .record({
        direction: fc.constantFrom('higher-is-better', 'lower-is-better'),
        floor: fc.option(fc.constantFrom('0', '0.5'), { nil: undefined }),
        cap: fc.option(fc.constantFrom('1.2', '2', '7.5'), { nil: undefined }),
      })
      .map((c) => ({ kind: 'ratio', ...c })),
    fc
      .record({
        xs: rising(3),
        ys: fc.array(dec, { minLength: 3, maxLength: 3 }),
        below: fc.option(dec, { nil: undefined }),
      })
      .map(({ xs, ys, below }) => ({
        ...line(...xs.map((x, i): [string, string] => [x, ys[i] as string])),
        ...(below === undefined ? {} : { belowFirst: below }),
      })),
    fc
      .record({
        xs: rising(2),
        ys: fc.array(dec, { minLength: 3, maxLength: 3 }),
        upper: fc.boolean(),
      })
      .map(({ xs, ys, upper }) => ({
        kind: 'bands',
        upperInclusive: upper,
        bands: [
          { from: null, to: xs[0], score: ys[0] },
          { from: xs[0], to: xs[1], score: ys[1] },
          { from: xs[1], to: null, score: ys[2] },
        ],
      })),
    fc
      .record({ xs: rising(2), ys: fc.array(dec, { minLength: 3, maxLength: 3 }) })
      .map(({ xs, ys }) => ({
        kind: 'steps',
        belowFirst: ys[0],
        steps: [
          { from: xs[0], score: ys[1] },
          { from: xs[1], score: ys[2] },
        ],
      })),
    fc
      .record({ threshold: dec, met: dec, missed: dec, lower: fc.boolean() })
      .map(({ threshold, met, missed, lower }) => ({
        kind: 'gate',
        direction: lower ? 'lower-is-better' : 'higher-is-better',
        threshold,
        met,
        missed,
      })),
  );
  /** 1–6 KPIs with whole-percent weights summing to 100, values, and an optional gate. */
  const scored = fc
    .array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 6 })
    .chain((raw) => {
      const total = raw.reduce((a, b) => a + b, 0);
      const weights = raw.map((w) => Math.floor((w * 100) / total));
      weights[0] = (weights[0] as number) + 100 - weights.reduce((a, b) => a + b, 0);
      const n = weights.length;
      return fc.record({
        weights: fc.constant(weights),
        curves: fc.array(curve, { minLength: n, maxLength: n }),
        valueSets: fc.array(
          fc.array(
            fc.record({ actual: dec, target: fc.constantFrom('0', '2.5', '40', '120.75') }),
            {
              minLength: n,
              maxLength: n,
            },
          ),
          { minLength: 1, maxLength: 4 },
        ),
        combine: fc.constantFrom('weighted-sum', 'weighted-average'),
        gate: fc.option(fc.record({ below: dec, capAt: dec, total: fc.boolean() }), {
          nil: undefined,
        }),
        scale: fc.constantFrom({ min: '0', max: '5' }, { min: '-10', max: '100' }),
      });
    });

  it('a prepared scorecard scores exactly as the plain one, errors included, call after call', () => {
    fc.assert(
      fc.property(scored, ({ weights, curves, valueSets, combine, gate, scale }) => {
        const kpis = weights.map((w, i) => ({
          id: `k${i}`,
          metric: 'manual',
          weight: String(w),
          curve: curves[i],
        }));
        const gates =
          gate === undefined
            ? []
            : [
                {
                  kpi: 'k0',
                  below: gate.below,
                  capAt: gate.capAt,
                  ...(gate.total ? {} : { appliesTo: kpis.map((k) => k.id) }),
                },
              ];
        const plain = card(kpis, { combine, gates, scale });
        const prepared = safePrepareScorecard(plain);
        if (!prepared.success) {
          expect(errorOf(safeScoreScorecard(plain, {}))?.code).toBe(prepared.error.code);
          return;
        }
        for (const set of valueSets) {
          const values = Object.fromEntries(set.map((v, i) => [`k${i}`, v]));
          expect(safeScoreScorecard(prepared.data, values)).toEqual(
            safeScoreScorecard(plain, values),
          );
        }
      }),
      { numRuns: 80 },
    );
  }, 10_000);
});
