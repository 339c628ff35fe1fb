import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreCatalog, findUnrenderable, mergeCatalogs, renderTrace } from '../../src/explain';
import {
  evaluateRatingFormula,
  kpiCatalog,
  RatingFormula,
  safeEvaluateRatingFormula,
} from '../../src/kpi';
import { Decimal } from '../../src/money';

const rating = (name: string) => ({ op: 'rating', name });
const constant = (value: string) => ({ op: 'const', value });

describe('evaluateRatingFormula', () => {
  /**
   * SAP appraisal calculation method "Average" (help.sap.com, SAP R/3 4.6C, appraisal element
   * calculation method average:
   * https://help.sap.com/saphelp_46c/helpdata/en/35/6f3eb4268b2239e10000009b38f984/content.htm):
   * criterion a weighted 2 with result 3, criterion b weighted 1 with result 9 → (6 + 9) ÷ 3 = 5.
   * SuccessFactors' default "Average" rating formula is the same rule, Σ rating × w ÷ Σ w (SAP KBA
   * 3218955, https://userapps.support.sap.com/sap/support/knowledge/en/3218955).
   */
  it('gives the SAP appraisal weighted average: (2 × 3 + 1 × 9) ÷ 3 = 5', () => {
    const formula = {
      op: 'weighted',
      of: [
        { weight: '2', expr: rating('a') },
        { weight: '1', expr: rating('b') },
      ],
    };
    const result = evaluateRatingFormula(formula, { ratings: { a: '3', b: '9' } });
    expect(result.value).toBe('5');
    expect(result.trace.map((s) => s.code)).toEqual([
      'kpi.formula.rating',
      'kpi.formula.rating',
      'kpi.formula.weighted',
    ]);
    const catalog = mergeCatalogs(coreCatalog, kpiCatalog);
    expect(renderTrace(result.trace, { locale: 'en', catalog })).toEqual([
      'rating a = 3',
      'rating b = 9',
      'weighted average (2 × 3 + 1 × 9) ÷ 3 = 5',
    ]);
    expect(renderTrace(result.trace.slice(2), { locale: 'zh-CN', catalog })).toEqual([
      '加权平均（2 × 3 + 1 × 9）÷ 3 = 5',
    ]);
  });

  it('combines manager, self and peer ratings with scores, and rounds as stated', () => {
    const formula = {
      op: 'round',
      places: 1,
      mode: 'half-even',
      of: {
        op: 'avg',
        of: [
          { op: 'max', of: [rating('manager'), rating('peer')] },
          { op: 'min', of: [rating('self'), constant('4')] },
          {
            op: 'sum',
            of: [
              { op: 'score', kpi: 'sales' },
              { op: 'score', section: 'results' },
            ],
          },
          { op: 'score' },
        ],
      },
    };
    const result = evaluateRatingFormula(formula, {
      ratings: { manager: '3', self: '5', peer: '3.5' },
      scores: { total: '3.1', kpis: { sales: '1' }, sections: { results: '1.5' } },
    });
    // (3.5 + 4 + 2.5 + 3.1) ÷ 4 = 3.275 → 3.3 (half-even: 3.275 is not a tie at one place)
    expect(result.value).toBe('3.3');
    const catalog = mergeCatalogs(coreCatalog, kpiCatalog);
    expect(findUnrenderable(result.trace, catalog)).toEqual([]);
    expect(result.trace.at(-1)).toEqual({
      code: 'kpi.formula.round',
      params: { value: '3.275', places: 1, mode: 'half-even', result: '3.3' },
    });
  });

  it('weights 60 / 40 and 0.6 / 0.4 alike', () => {
    const of = (a: string, b: string) => ({
      op: 'weighted',
      of: [
        { weight: a, expr: rating('manager') },
        { weight: b, expr: rating('self') },
      ],
    });
    const ratings = { ratings: { manager: '4', self: '2' } };
    expect(evaluateRatingFormula(of('60', '40'), ratings).value).toBe('3.2');
    expect(evaluateRatingFormula(of('0.6', '0.4'), ratings).value).toBe('3.2');
  });

  const deep = (levels: number) => {
    let node: object = constant('1');
    for (let i = 1; i < levels; i += 1) node = { op: 'avg', of: [node] };
    return node;
  };

  it('accepts a formula 32 levels deep and refuses 33 with LIMIT_EXCEEDED at the node', () => {
    expect(evaluateRatingFormula(deep(32), {}).value).toBe('1');
    const result = safeEvaluateRatingFormula(deep(33), {});
    expect(result.success ? null : [result.error.code, result.error.path.length]).toEqual([
      'LIMIT_EXCEEDED',
      1 + 2 * 32,
    ]);
    expect(RatingFormula.safeParse(deep(100_000)).success).toBe(false);
  });

  it.each([
    [
      'a rating that is not supplied',
      { op: 'avg', of: [rating('manager'), rating('peer')] },
      { ratings: { manager: '4' } },
      'INVALID_INPUT',
      ['inputs', 'ratings', 'peer'],
    ],
    [
      'a rating read through the prototype',
      rating('constructor'),
      { ratings: {} },
      'INVALID_INPUT',
      ['inputs', 'ratings', 'constructor'],
    ],
    ['no ratings at all', rating('self'), {}, 'INVALID_INPUT', ['inputs', 'ratings', 'self']],
    [
      'a missing KPI score',
      { op: 'score', kpi: 'sales' },
      { scores: {} },
      'INVALID_INPUT',
      ['inputs', 'scores', 'kpis', 'sales'],
    ],
    ['a missing total', { op: 'score' }, {}, 'INVALID_INPUT', ['inputs', 'scores', 'total']],
    ['an unknown op', { op: 'eval', of: '1+1' }, {}, 'INVALID_INPUT', ['formula', 'op']],
    ['a string formula', 'manager * 0.7', {}, 'INVALID_INPUT', ['formula']],
    ['an empty list', { op: 'avg', of: [] }, {}, 'INVALID_INPUT', ['formula', 'of']],
    [
      'a score naming a KPI and a section',
      { op: 'score', kpi: 'a', section: 'b' },
      {},
      'INVALID_INPUT',
      ['formula', 'section'],
    ],
    [
      'a negative weight',
      {
        op: 'weighted',
        of: [
          { weight: '-1', expr: constant('1') },
          { weight: '2', expr: constant('1') },
        ],
      },
      {},
      'INVALID_INPUT',
      ['formula', 'of', 0, 'weight'],
    ],
    [
      'weights adding up to 0',
      { op: 'weighted', of: [{ weight: '0', expr: constant('1') }] },
      {},
      'INVALID_INPUT',
      ['formula', 'of'],
    ],
    ['a float constant', { op: 'const', value: 0.1 }, {}, 'INVALID_AMOUNT', ['formula', 'value']],
    [
      'a malformed rating',
      rating('manager'),
      { ratings: { manager: 'good' } },
      'INVALID_AMOUNT',
      ['inputs', 'ratings', 'manager'],
    ],
  ])('%s is one CrmRulesError', (_, formula, inputs, code, path) => {
    const result = safeEvaluateRatingFormula(formula, inputs as never);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([code, path]);
  });
});

describe('properties', () => {
  type Tree =
    | { op: 'rating'; name: string }
    | { op: 'const'; value: string }
    | { op: 'avg' | 'sum' | 'min' | 'max'; of: Tree[] }
    | { op: 'weighted'; of: Array<{ weight: string; expr: Tree }> }
    | { op: 'round'; places: number; of: Tree };
  const names = ['manager', 'self', 'peer'] as const;
  const decimal = fc
    .integer({ min: -50_000, max: 50_000 })
    .map((n) => new Decimal(n).div(100).toFixed());
  const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...names).map((name): Tree => ({ op: 'rating', name })),
      decimal.map((value): Tree => ({ op: 'const', value })),
      fc
        .record({
          op: fc.constantFrom('avg', 'sum', 'min', 'max' as const),
          of: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }),
        })
        .map((n): Tree => n),
      fc
        .array(
          fc.record({ weight: fc.integer({ min: 1, max: 100 }).map(String), expr: tie('tree') }),
          {
            minLength: 1,
            maxLength: 3,
          },
        )
        .map((of): Tree => ({ op: 'weighted', of })),
      fc
        .record({ places: fc.integer({ min: 0, max: 4 }), of: tie('tree') })
        .map(({ places, of }): Tree => ({ op: 'round', places, of })),
    ),
  }));
  const ratings = fc.record({ manager: decimal, self: decimal, peer: decimal });

  /** A plain evaluation, written apart from the library: the same rules, read off the TSDoc. */
  const hand = (node: Tree, r: Record<string, string>): Decimal => {
    const q = (x: Decimal) => x.toDecimalPlaces(40, Decimal.ROUND_HALF_UP);
    switch (node.op) {
      case 'rating':
        return new Decimal(r[node.name] as string);
      case 'const':
        return new Decimal(node.value);
      case 'sum':
        return node.of.reduce((acc, n) => acc.plus(hand(n, r)), new Decimal(0));
      case 'avg':
        return q(
          node.of.reduce((acc, n) => acc.plus(hand(n, r)), new Decimal(0)).div(node.of.length),
        );
      case 'min':
        return Decimal.min(...node.of.map((n) => hand(n, r)));
      case 'max':
        return Decimal.max(...node.of.map((n) => hand(n, r)));
      case 'weighted': {
        const top = node.of.reduce(
          (acc, t) => acc.plus(hand(t.expr, r).times(t.weight)),
          new Decimal(0),
        );
        const bottom = node.of.reduce((acc, t) => acc.plus(t.weight), new Decimal(0));
        return q(top.div(bottom));
      }
      case 'round':
        return hand(node.of, r).toDecimalPlaces(node.places, Decimal.ROUND_HALF_UP);
    }
  };

  it('is deterministic and equals a plain evaluation of the same tree', () => {
    fc.assert(
      fc.property(tree, ratings, (formula, r) => {
        const a = evaluateRatingFormula(formula, { ratings: r });
        expect(evaluateRatingFormula(structuredClone(formula), { ratings: { ...r } })).toEqual(a);
        expect(a.value).toBe(hand(formula, r).toFixed());
      }),
      { numRuns: 80 },
    );
  });
});
