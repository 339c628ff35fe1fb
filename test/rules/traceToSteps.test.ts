import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
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
