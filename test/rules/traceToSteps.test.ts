import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src/errors';
import {
  coreCatalog,
  findUnrenderable,
  LOCALES,
  renderStep,
  renderTrace,
  type TraceStep,
} from '../../src/explain';
import {
  type Condition,
  type ConditionTrace,
  evaluateCondition,
  type FactSchema,
  parseCondition,
  RULES_TRACE_CODES,
  traceToSteps,
} from '../../src/rules';
import { scenarioArb } from './arbitraries';

const schema: FactSchema = {
  'customer.grade': 'string',
  'product.category': 'string',
  'order.amount': 'money',
  'order.lines': 'number',
  'order.date': 'date',
};

function explain(condition: Condition, facts: Record<string, unknown>, locale: 'en' | 'zh-CN') {
  const { trace } = evaluateCondition(parseCondition(condition, schema), facts);
  return renderTrace(traceToSteps(trace), { locale, catalog: coreCatalog });
}

describe('traceToSteps', () => {
  const gradeAndCategory: Condition = {
    all: [
      { fact: 'customer.grade', operator: 'eq', value: 'key' },
      { fact: 'product.category', operator: 'in', value: ['A', 'B'] },
    ],
  };
  const facts = { 'customer.grade': 'key', 'product.category': 'C' };

  it('reads like a sentence for a sales manager, in English', () => {
    expect(explain(gradeAndCategory, facts, 'en')).toEqual([
      'all of the following ✗ (1 of 2 met)',
      'customer.grade = key ✓ (was key)',
      'product.category in [A, B] ✗ (was C)',
    ]);
  });

  it('and in Simplified Chinese', () => {
    expect(explain(gradeAndCategory, facts, 'zh-CN')).toEqual([
      '以下条件全部满足 ✗（2 项中满足 1 项）',
      'customer.grade 等于 key ✓（实际为 key）',
      'product.category 属于 [A, B] ✗（实际为 C）',
    ]);
  });

  it('shows money grouped with its currency, between bounds and missing facts', () => {
    const lines = explain(
      {
        any: [
          { fact: 'order.amount', operator: 'gte', value: { amount: '10000', currency: 'CNY' } },
          { fact: 'order.lines', operator: 'between', value: ['1', '5'] },
          { not: { fact: 'order.date', operator: 'exists' } },
        ],
      },
      { 'order.amount': { amount: '9876.5', currency: 'CNY' }, 'order.date': '2026-07-01' },
      'en',
    );
    expect(lines).toEqual([
      'any of the following ✗ (0 of 3 met)',
      'order.amount ≥ 10,000.00 CNY ✗ (was 9,876.50 CNY)',
      'order.lines between 1 and 5 inclusive ✗ (no value)',
      'not the following ✗',
      'order.date has a value ✓ (was 2026-07-01)',
    ]);
  });

  it('gives each step its depth', () => {
    const { trace } = evaluateCondition(
      parseCondition(
        { all: [{ not: { fact: 'order.lines', operator: 'exists', value: false } }] },
        schema,
      ),
      {},
    );
    expect(traceToSteps(trace).map((step) => [step.code, step.params.depth])).toEqual([
      ['rules.all', 0],
      ['rules.not', 1],
      ['rules.leaf.absent.missing', 2],
    ]);
  });

  describe('catalog coverage', () => {
    // One condition per code: every operator, present and missing, exists true and false.
    const leaves: Condition[] = [
      { fact: 'order.lines', operator: 'eq', value: '1' },
      { fact: 'order.lines', operator: 'ne', value: '1' },
      { fact: 'order.lines', operator: 'lt', value: '1' },
      { fact: 'order.lines', operator: 'lte', value: '1' },
      { fact: 'order.lines', operator: 'gt', value: '1' },
      { fact: 'order.lines', operator: 'gte', value: '1' },
      { fact: 'order.lines', operator: 'in', value: ['1', '2'] },
      { fact: 'order.lines', operator: 'between', value: ['1', '2'] },
      { fact: 'order.lines', operator: 'exists' },
      { fact: 'order.lines', operator: 'exists', value: false },
    ];
    const everything: Condition = { all: [{ any: leaves }, { not: { any: leaves } }] };
    // Built before each test rather than when the suite is collected, so that mutation testing
    // (Stryker) counts these calls as covered by each test, not as load-time ("static") code.
    let steps: TraceStep[] = [];
    beforeEach(() => {
      steps = [{ 'order.lines': '2' }, {}].flatMap((f) =>
        traceToSteps(evaluateCondition(parseCondition(everything, schema), f).trace),
      );
    });

    it('the examples emit every code in RULES_TRACE_CODES and nothing else', () => {
      expect([...new Set(steps.map((step) => step.code))].sort()).toEqual(
        [...RULES_TRACE_CODES].sort(),
      );
    });

    it('coreCatalog renders every rules code in both locales without fallback', () => {
      expect(findUnrenderable(steps, coreCatalog)).toEqual([]);
      for (const locale of LOCALES)
        for (const step of steps) {
          const line = renderStep(step, { locale, catalog: coreCatalog });
          expect(line.startsWith(step.code)).toBe(false);
          expect(line).not.toContain('{');
          expect(line).toMatch(/[✓✗]/);
          expect(line).toContain(String(step.params.fact ?? ''));
        }
    });
  });

  describe('properties', () => {
    it('every trace renders in both locales, one line per node, with the node outcomes', () => {
      fc.assert(
        fc.property(scenarioArb, ({ schema: s, condition, factSets }) => {
          const parsed = parseCondition(condition, s);
          for (const facts of factSets) {
            const { trace } = evaluateCondition(parsed, facts);
            const steps = traceToSteps(trace);
            expect(findUnrenderable(steps, coreCatalog)).toEqual([]);
            expect(steps[0]?.params.outcome).toBe(trace.outcome);
            for (const step of steps) expect(RULES_TRACE_CODES).toContain(step.code);
            for (const locale of LOCALES) {
              const lines = renderTrace(steps, { locale, catalog: coreCatalog });
              expect(lines).toHaveLength(steps.length);
              expect(lines.map((line) => line.includes('✓'))).toEqual(
                steps.map((step) => step.params.outcome),
              );
            }
          }
        }),
      );
    });
  });
});

describe('traceToSteps on hand-built traces', () => {
  const leaf = (extra: Record<string, unknown> = {}) => ({
    kind: 'leaf',
    outcome: true,
    fact: 'f',
    operator: 'eq',
    expected: 'a',
    actual: 'a',
    missing: false,
    ...extra,
  });
  const steps = (trace: unknown) => traceToSteps(trace as ConditionTrace);
  const refused = (trace: unknown, path: (string | number)[], detail: string) => {
    expect(() => steps(trace)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path, detail }),
    );
  };
  /** `levels` nested `not` nodes around a leaf: JSON depth `levels + 1`. */
  const nested = (levels: number): unknown => {
    let node: unknown = leaf();
    for (let i = 0; i < levels; i += 1) node = { kind: 'not', outcome: true, child: node };
    return node;
  };

  it('gives exactly the documented params: no expected for exists, no actual when missing', () => {
    expect(
      steps({
        kind: 'all',
        outcome: false,
        children: [
          leaf({ operator: 'exists', expected: true, actual: 'x' }),
          leaf({ outcome: false, missing: true, actual: null }),
          leaf({ actual: null }),
        ],
      }),
    ).toEqual([
      { code: 'rules.all', params: { outcome: false, met: 2, total: 3, depth: 0 } },
      {
        code: 'rules.leaf.exists',
        params: { fact: 'f', operator: 'exists', outcome: true, depth: 1, actual: 'x' },
      },
      {
        code: 'rules.leaf.eq.missing',
        params: { fact: 'f', operator: 'eq', outcome: false, depth: 1, expected: 'a' },
      },
      {
        code: 'rules.leaf.eq',
        params: { fact: 'f', operator: 'eq', outcome: true, depth: 1, expected: 'a', actual: null },
      },
    ]);
  });

  it('accepts a trace as deep as the deepest condition, and refuses one level more', () => {
    const deepest = 2 * INPUT_LIMITS.maxJsonDepth + 1;
    expect(steps(nested(deepest - 1))).toHaveLength(deepest);
    expect(() => steps(nested(deepest))).toThrow(
      expect.objectContaining({
        code: 'LIMIT_EXCEEDED',
        path: ['trace', ...Array.from({ length: deepest }, () => 'child')],
        detail: expect.stringContaining('maxJsonDepth'),
      }),
    );
  });

  it('refuses a node that is not an object, with its path', () => {
    refused(null, ['trace'], 'expected a condition trace node');
    refused(
      { kind: 'all', outcome: true, children: [leaf(), 5] },
      ['trace', 'children', 1],
      'expected a condition trace node',
    );
  });

  it('refuses each malformed field at its own path', () => {
    refused({ kind: 'all', children: [] }, ['trace', 'outcome'], 'expected outcome as a boolean');
    refused(
      { kind: 'any', outcome: true, children: 'x' },
      ['trace', 'children'],
      'expected a list of children',
    );
    refused(
      { kind: 'not', outcome: true, child: null },
      ['trace', 'child'],
      'expected a child node',
    );
    refused(
      { kind: 'not', outcome: true, child: 'x' },
      ['trace', 'child'],
      'expected a child node',
    );
    refused(
      { kind: 'not', outcome: true, child: { kind: 'x', outcome: true } },
      ['trace', 'child', 'kind'],
      'expected kind all, any, not or leaf',
    );
    refused(
      { kind: 'any', outcome: true, children: [leaf(), leaf({ fact: 5 })] },
      ['trace', 'children', 1, 'fact'],
      'expected the fact name',
    );
    refused(leaf({ operator: 'like' }), ['trace', 'operator'], 'expected an operator');
    refused(leaf({ missing: 'no' }), ['trace', 'missing'], 'expected missing as a boolean');
    refused(leaf({ actual: 5 }), ['trace', 'actual'], 'expected a rule value or null');
    refused(leaf({ kind: 'none' }), ['trace', 'kind'], 'expected kind all, any, not or leaf');
  });

  it('accepts rule values (text, booleans, money) and refuses anything else as expected', () => {
    expect(
      steps(leaf({ operator: 'in', expected: ['a', true, { amount: '5.00', currency: 'USD' }] }))[0]
        ?.params.expected,
    ).toBe('[a, true, 5.00 USD]');
    for (const bad of [
      null,
      undefined,
      5,
      ['a', null],
      { amount: 5, currency: 'USD' },
      { amount: '5', currency: 5 },
      { amount: '5' },
    ])
      refused(leaf({ expected: bad }), ['trace', 'expected'], 'expected rule values');
  });

  it('a leaf comparing with false is that comparison, not an absence test', () => {
    const eqFalse = leaf({ operator: 'eq', expected: false, actual: true, outcome: false });
    expect(steps(eqFalse).map((step) => step.code)).toEqual(['rules.leaf.eq']);
    const absent = leaf({ operator: 'exists', expected: false, actual: true, outcome: false });
    expect(steps(absent).map((step) => step.code)).toEqual(['rules.leaf.absent']);
  });
});
