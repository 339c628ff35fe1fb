import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeScoreCurve, scoreCurve } from '../../src/kpi';
import { Decimal } from '../../src/money';

const ratio = (extra: object = {}) => ({ kind: 'ratio', direction: 'higher-is-better', ...extra });
const inverse = (extra: object = {}) => ({ kind: 'ratio', direction: 'lower-is-better', ...extra });

/**
 * SAP SuccessFactors Variable Pay, "Bonus plan — interpolation of the payout percentage"
 * worked example (DOMAIN.md §5): points (620, 0.5), (1997, 1.0), (2400, 1.5), (3324, 2.0),
 * (4000, 3.0); an achievement of 1313 pays 0.7516.
 */
const sapCurve = {
  kind: 'linear',
  points: [
    { x: '620', y: '0.5' },
    { x: '1997', y: '1.0' },
    { x: '2400', y: '1.5' },
    { x: '3324', y: '2.0' },
    { x: '4000', y: '3.0' },
  ],
};

describe('scoreCurve', () => {
  it('interpolates the SAP Variable Pay example: 1313 → 0.7516 (DOMAIN §5)', () => {
    const { score, trace } = scoreCurve(sapCurve, { actual: '1313' });
    expect(new Decimal(score).toDecimalPlaces(4).toFixed()).toBe('0.7516');
    // One division, to 40 significant digits: 0.5 + 693 × 0.5 ÷ 1377.
    expect(score).toBe(new Decimal(346.5).div(1377).toDecimalPlaces(40).plus('0.5').toFixed());
    expect(trace).toEqual([
      {
        code: 'kpi.curve.linear',
        params: { actual: '1313', x0: '620', y0: '0.5', x1: '1997', y1: '1.0', score },
      },
    ]);
  });

  it('is flat beyond the points, or gives belowFirst below the first point', () => {
    expect(scoreCurve(sapCurve, { actual: '100' }).score).toBe('0.5');
    expect(scoreCurve(sapCurve, { actual: '9000' }).score).toBe('3');
    expect(scoreCurve(sapCurve, { actual: '2400' }).score).toBe('1.5');
    const strict = { ...sapCurve, belowFirst: '0' };
    expect(scoreCurve(strict, { actual: '619.99' })).toEqual({
      score: '0',
      trace: [
        { code: 'kpi.curve.linear.below', params: { actual: '619.99', x: '620', score: '0' } },
      ],
    });
    expect(scoreCurve(strict, { actual: '620' }).score).toBe('0.5');
  });

  it('scores a ratio, clamped to floor and cap, and the inverse when lower is better', () => {
    expect(scoreCurve(ratio(), { actual: '180000', target: '150000' }).score).toBe('1.2');
    expect(scoreCurve(ratio({ cap: '1.1' }), { actual: '180000', target: '150000' })).toEqual({
      score: '1.1',
      trace: [
        {
          code: 'kpi.curve.ratio',
          params: {
            actual: '180000',
            target: '150000',
            ratio: '1.2',
            floor: null,
            cap: '1.1',
            score: '1.1',
          },
        },
      ],
    });
    expect(scoreCurve(ratio({ floor: '0.5' }), { actual: '10', target: '100' }).score).toBe('0.5');
    // DSO 40 days against a target of 50: 50 ÷ 40.
    expect(scoreCurve(inverse(), { actual: '40', target: '50' }).score).toBe('1.25');
    expect(scoreCurve(ratio(), { actual: '1', target: '3' }).score).toBe(
      '0.3333333333333333333333333333333333333333',
    );
  });

  it('gives the cap to a zero actual when lower is better, and refuses it without a cap', () => {
    expect(scoreCurve(inverse({ cap: '1.5' }), { actual: '0', target: '3' }).score).toBe('1.5');
    expect(safeScoreCurve(inverse(), { actual: '0', target: '3' })).toMatchObject({
      success: false,
      error: { code: 'DIVISION_BY_ZERO', path: ['actual'] },
    });
  });

  it('reads bands with the stated edge inclusivity', () => {
    const bands = (upperInclusive: boolean) => ({
      kind: 'bands',
      upperInclusive,
      bands: [
        { from: null, to: '0.8', score: '1' },
        { from: '0.8', to: '1', score: '3' },
        { from: '1', to: null, score: '5' },
      ],
    });
    expect(scoreCurve(bands(false), { actual: '0.8' }).score).toBe('3');
    expect(scoreCurve(bands(true), { actual: '0.8' }).score).toBe('1');
    expect(scoreCurve(bands(false), { actual: '1' }).trace[0]?.code).toBe('kpi.curve.band');
    expect(scoreCurve(bands(true), { actual: '1' }).trace[0]).toEqual({
      code: 'kpi.curve.band.upper',
      params: { actual: '1', from: '0.8', to: '1', score: '3' },
    });
    const closed = { kind: 'bands', bands: [{ from: '0', to: '1', score: '2' }] };
    expect(safeScoreCurve(closed, { actual: '1' })).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['actual'], value: '1' },
    });
  });

  it('scores a gate, either way', () => {
    const gate = { kind: 'gate', threshold: '0.8', met: '1' };
    expect(scoreCurve(gate, { actual: '0.8' }).score).toBe('1');
    expect(scoreCurve(gate, { actual: '0.79' }).score).toBe('0');
    const lower = { ...gate, direction: 'lower-is-better', missed: '-1' };
    expect(scoreCurve(lower, { actual: '0.8' }).trace[0]?.code).toBe('kpi.curve.gate.met.lower');
    expect(scoreCurve(lower, { actual: '0.81' }).score).toBe('-1');
  });
});

describe('bad input: one CrmRulesError with code and path', () => {
  it.each([
    ['a zero target', ratio(), { actual: '5', target: '0' }, 'INVALID_INPUT', ['target']],
    ['a negative target', inverse(), { actual: '5', target: '-2' }, 'INVALID_INPUT', ['target']],
    ['no target', ratio(), { actual: '5' }, 'INVALID_INPUT', ['target']],
    [
      'a negative actual, lower is better',
      inverse(),
      { actual: '-1', target: '2' },
      'INVALID_INPUT',
      ['actual'],
    ],
    ['a float actual', ratio(), { actual: 0.1, target: '2' }, 'INVALID_AMOUNT', ['actual']],
    [
      'points out of order',
      {
        kind: 'linear',
        points: [
          { x: '2', y: '1' },
          { x: '1', y: '2' },
        ],
      },
      { actual: '1' },
      'INVALID_INPUT',
      ['curve', 'points', 1, 'x'],
    ],
    [
      'a repeated point',
      {
        kind: 'linear',
        points: [
          { x: '1', y: '1' },
          { x: '1', y: '2' },
        ],
      },
      { actual: '1' },
      'INVALID_INPUT',
      ['curve', 'points', 1, 'x'],
    ],
    [
      'an unknown key',
      ratio({ ceiling: '2' }),
      { actual: '1', target: '1' },
      'INVALID_INPUT',
      ['curve', 'ceiling'],
    ],
  ])('%s', (_, curve, input, code, path) => {
    const result = safeScoreCurve(curve, input as never);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([code, path]);
  });

  it('never returns Infinity or NaN for a ratio', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -5, max: 1000 }),
        (a, t) => {
          const result = safeScoreCurve(ratio(), { actual: String(a), target: String(t) });
          if (result.success) expect(new Decimal(result.data.score).isFinite()).toBe(true);
          else expect(t).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});

describe('properties', () => {
  const decimal = fc
    .integer({ min: -1_000_000, max: 1_000_000 })
    .map((n) => new Decimal(n).div(100).toFixed());
  const nondecreasing = fc
    .uniqueArray(fc.integer({ min: -10_000, max: 10_000 }), { minLength: 2, maxLength: 6 })
    .chain((xs) =>
      fc
        .array(fc.integer({ min: 0, max: 500 }), { minLength: xs.length, maxLength: xs.length })
        .map((steps) => {
          const sorted = [...xs].sort((a, b) => a - b);
          let y = 0;
          return sorted.map((x, i) => {
            y += steps[i] as number;
            return { x: String(x), y: new Decimal(y).div(10).toFixed() };
          });
        }),
    );

  it('a non-decreasing linear curve gives non-decreasing scores', () => {
    fc.assert(
      fc.property(nondecreasing, decimal, decimal, (points, a, b) => {
        const curve = { kind: 'linear', points };
        const [lo, hi] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        const sLo = scoreCurve(curve, { actual: lo }).score;
        const sHi = scoreCurve(curve, { actual: hi }).score;
        expect(new Decimal(sLo).lte(sHi)).toBe(true);
      }),
    );
  });

  it('a ratio grows with the actual (falls when lower is better) and stays within floor and cap', () => {
    const positive = fc.integer({ min: 1, max: 1_000_000 }).map(String);
    fc.assert(
      fc.property(positive, positive, positive, (a, b, target) => {
        const [lo, hi] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const curve = ratio({ floor: '0.5', cap: '1.5' });
        const up = [lo, hi].map(
          (actual) => new Decimal(scoreCurve(curve, { actual, target }).score),
        );
        expect((up[0] as Decimal).lte(up[1] as Decimal)).toBe(true);
        for (const s of up) expect(s.gte('0.5') && s.lte('1.5')).toBe(true);
        const down = [lo, hi].map(
          (actual) => new Decimal(scoreCurve(inverse(), { actual, target }).score),
        );
        expect((down[0] as Decimal).gte(down[1] as Decimal)).toBe(true);
      }),
    );
  });
});

describe('scoreCurve: steps', () => {
  /** A staircase on attainment: below 80 % nothing, then 1 / 3 / 5 from 80 %, 100 %, 120 %. */
  const stairs = {
    kind: 'steps',
    belowFirst: '0',
    steps: [
      { from: '0.8', score: '1' },
      { from: '1', score: '3' },
      { from: '1.2', score: '5' },
    ],
  };

  it('holds each step from its start (inclusive) until the next, and belowFirst below the first', () => {
    const at = (actual: string) => scoreCurve(stairs, { actual }).score;
    expect(['0.79', '0.8', '0.99', '1', '1.19', '1.2', '99'].map(at)).toEqual([
      '0',
      '1',
      '1',
      '3',
      '3',
      '5',
      '5',
    ]);
    expect(scoreCurve(stairs, { actual: '0.9' }).trace).toEqual([
      {
        code: 'kpi.curve.steps',
        params: { actual: '0.9', from: '0.8', to: '1', score: '1' },
      },
    ]);
    expect(scoreCurve(stairs, { actual: '2' }).trace).toEqual([
      { code: 'kpi.curve.steps.last', params: { actual: '2', from: '1.2', score: '5' } },
    ]);
    expect(scoreCurve(stairs, { actual: '-1' }).trace).toEqual([
      { code: 'kpi.curve.steps.below', params: { actual: '-1', from: '0.8', score: '0' } },
    ]);
  });

  it('differs from bands: no value falls outside a staircase', () => {
    const bands = {
      kind: 'bands',
      bands: [
        { from: '0.8', to: '1', score: '1' },
        { from: '1', to: null, score: '3' },
      ],
    };
    expect(safeScoreCurve(bands, { actual: '0.5' }).success).toBe(false);
    expect(scoreCurve({ ...stairs, belowFirst: '-1' }, { actual: '0.5' }).score).toBe('-1');
  });

  it('refuses a bad staircase with a path', () => {
    const result = safeScoreCurve(
      { ...stairs, steps: [...stairs.steps, { from: '1.1', score: '9' }] },
      { actual: '1' },
    );
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_INPUT',
      ['curve', 'steps', 3, 'from'],
    ]);
  });

  it('a staircase with non-decreasing scores (belowFirst at most the first) gives non-decreasing scores', () => {
    const staircase = fc
      .uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 6 })
      .chain((xs) =>
        fc
          .array(fc.integer({ min: 0, max: 50 }), {
            minLength: xs.length + 1,
            maxLength: xs.length + 1,
          })
          .map((rises) => {
            let y = 0;
            const [below, ...rest] = rises.map((r) => {
              y += r;
              return String(y);
            });
            const sorted = [...xs].sort((a, b) => a - b);
            return {
              kind: 'steps',
              belowFirst: below as string,
              steps: sorted.map((x, i) => ({ from: String(x), score: rest[i] as string })),
            };
          }),
      );
    const value = fc.integer({ min: -2000, max: 2000 }).map((n) => new Decimal(n).div(2).toFixed());
    fc.assert(
      fc.property(staircase, value, value, (curve, a, b) => {
        const [lo, hi] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        const sLo = new Decimal(scoreCurve(curve, { actual: lo }).score);
        const sHi = new Decimal(scoreCurve(curve, { actual: hi }).score);
        expect(sLo.lte(sHi)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
