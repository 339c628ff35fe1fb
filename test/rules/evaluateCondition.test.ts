import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import { Decimal, money } from '../../src/money';
import {
  type Condition,
  type ConditionTrace,
  evaluateCondition,
  type FactSchema,
  type ParsedCondition,
  parseCondition,
} from '../../src/rules';
import { pairScenarioArb, scenarioArb } from './arbitraries';
import { referenceEvaluate } from './reference';

const schema: FactSchema = {
  n: 'number',
  s: 'string',
  b: 'boolean',
  d: 'date',
  m: 'money',
};

function holds(condition: Condition, facts: Record<string, unknown>): boolean {
  return evaluateCondition(parseCondition(condition, schema), facts).outcome;
}

describe('evaluateCondition', () => {
  describe('each operator on each type', () => {
    // [fact, operator, value, fact value, expected outcome]
    const cases: Array<[string, string, unknown, unknown, boolean]> = [
      // number: exact decimals, never floats
      ['n', 'eq', '1.5', '1.50', true],
      ['n', 'eq', '0.3', '0.30000000000000004', false],
      ['n', 'eq', 3, 3n, true],
      ['n', 'eq', '-0', 0, true],
      ['n', 'ne', '1', '1.0', false],
      ['n', 'ne', '1', '1.01', true],
      ['n', 'lt', '10', '9.999', true],
      ['n', 'lt', '10', '10', false],
      ['n', 'lte', '10', '10.00', true],
      ['n', 'gt', '-1', '0', true],
      ['n', 'gt', '100000000000000000000000', '100000000000000000000001', true],
      ['n', 'eq', '0.1', '0.10000000000000000001', false],
      ['n', 'lt', '9007199254740993', 9007199254740992n, true],
      ['n', 'gte', '2.5', new Decimal('2.5'), true],
      ['n', 'in', ['1', '2.50'], '2.5', true],
      ['n', 'in', ['1', '2'], '3', false],
      ['n', 'in', [], '1', false],
      ['n', 'between', ['1', '2'], '1', true],
      ['n', 'between', ['1', '2'], '2.00', true],
      ['n', 'between', ['1', '2'], '2.0001', false],
      ['n', 'exists', true, '0', true],
      // string: exact, case sensitive
      ['s', 'eq', 'key', 'key', true],
      ['s', 'eq', 'key', 'Key', false],
      ['s', 'ne', 'key', 'ordinary', true],
      ['s', 'in', ['A', 'B'], 'C', false],
      ['s', 'in', ['A', 'B'], 'B', true],
      ['s', 'eq', '', '', true],
      ['s', 'exists', false, 'x', false],
      // boolean
      ['b', 'eq', true, true, true],
      ['b', 'eq', true, false, false],
      ['b', 'ne', true, false, true],
      ['b', 'exists', true, false, true],
      // date: calendar order
      ['d', 'lt', '2024-03-01', '2024-02-29', true],
      ['d', 'gte', '2026-01-01', '2025-12-31', false],
      ['d', 'eq', '2026-07-01', '2026-07-01', true],
      ['d', 'between', ['2026-01-01', '2026-03-31'], '2026-03-31', true],
      ['d', 'between', ['2026-01-01', '2026-03-31'], '2026-04-01', false],
      ['d', 'in', ['2026-01-01'], '2026-01-01', true],
      // money: by amount within one currency; Money or JSON
      [
        'm',
        'gte',
        { amount: '1000', currency: 'USD' },
        { amount: '1000.00', currency: 'USD' },
        true,
      ],
      ['m', 'gt', { amount: '1000', currency: 'USD' }, money('999.99', 'USD'), false],
      ['m', 'lt', { amount: '0', currency: 'JPY' }, { amount: '-1', currency: 'JPY' }, true],
      ['m', 'ne', { amount: '5', currency: 'USD' }, { amount: '5.0', currency: 'USD' }, false],
      ['m', 'lte', { amount: '5', currency: 'USD' }, { amount: '5.001', currency: 'USD' }, false],
      ['m', 'in', [{ amount: '1', currency: 'USD' }], { amount: '1.00', currency: 'USD' }, true],
      [
        'm',
        'between',
        [
          { amount: '100', currency: 'CNY' },
          { amount: '200', currency: 'CNY' },
        ],
        { amount: '150', currency: 'CNY' },
        true,
      ],
    ];
    it.each(cases)('%s %s %o on %o → %s', (fact, operator, value, actual, expected) => {
      const condition = (
        operator === 'exists' ? { fact, operator, value } : { fact, operator, value }
      ) as Condition;
      expect(holds(condition, { [fact]: actual })).toBe(expected);
    });
  });

  describe('missing facts', () => {
    const operators: Array<[string, unknown]> = [
      ['eq', '1'],
      ['ne', '1'],
      ['lt', '1'],
      ['lte', '1'],
      ['gt', '1'],
      ['gte', '1'],
      ['in', ['1']],
      ['between', ['1', '2']],
      ['exists', true],
    ];
    it.each(operators)('%s fails on a missing fact, and the leaf says so', (operator, value) => {
      for (const facts of [{}, { n: undefined }, { n: null }]) {
        const { outcome, trace } = evaluateCondition(
          parseCondition({ fact: 'n', operator, value }, schema),
          facts,
        );
        expect(outcome).toBe(false);
        expect(trace).toMatchObject({ kind: 'leaf', missing: true, actual: null, outcome: false });
      }
    });

    it('exists: false holds on a missing fact only', () => {
      const absent = parseCondition({ fact: 'n', operator: 'exists', value: false }, schema);
      expect(evaluateCondition(absent, {}).outcome).toBe(true);
      expect(evaluateCondition(absent, { n: null }).outcome).toBe(true);
      expect(evaluateCondition(absent, { n: '0' }).outcome).toBe(false);
    });

    it('ne is not the same as not(eq) when the fact is missing', () => {
      expect(holds({ fact: 's', operator: 'ne', value: 'key' }, {})).toBe(false);
      expect(holds({ not: { fact: 's', operator: 'eq', value: 'key' } }, {})).toBe(true);
    });

    it('reads own properties only', () => {
      const inherited = Object.create({ s: 'key' }) as Record<string, unknown>;
      expect(holds({ fact: 's', operator: 'eq', value: 'key' }, inherited)).toBe(false);
    });
  });

  describe('groups', () => {
    it('empty all is true, empty any is false', () => {
      expect(holds({ all: [] }, {})).toBe(true);
      expect(holds({ any: [] }, {})).toBe(false);
    });

    it('explains a json-rules-engine style nested condition completely', () => {
      const { outcome, trace } = evaluateCondition(
        parseCondition(
          {
            all: [
              { fact: 's', operator: 'eq', value: 'key' },
              {
                any: [
                  { fact: 'm', operator: 'gte', value: { amount: '10000', currency: 'USD' } },
                  { not: { fact: 'b', operator: 'eq', value: true } },
                ],
              },
            ],
          },
          schema,
        ),
        { s: 'ordinary', m: { amount: '12500.5', currency: 'USD' }, b: true },
      );
      expect(outcome).toBe(false);
      expect(trace).toEqual({
        kind: 'all',
        outcome: false,
        children: [
          {
            kind: 'leaf',
            outcome: false,
            fact: 's',
            operator: 'eq',
            expected: 'key',
            actual: 'ordinary',
            missing: false,
          },
          {
            kind: 'any',
            outcome: true,
            children: [
              {
                kind: 'leaf',
                outcome: true,
                fact: 'm',
                operator: 'gte',
                expected: { amount: '10000.00', currency: 'USD' },
                actual: { amount: '12500.50', currency: 'USD' },
                missing: false,
              },
              {
                kind: 'not',
                outcome: false,
                child: {
                  kind: 'leaf',
                  outcome: true,
                  fact: 'b',
                  operator: 'eq',
                  expected: true,
                  actual: true,
                  missing: false,
                },
              },
            ],
          },
        ],
      });
    });

    it('evaluates children after the decisive one (no short-circuit)', () => {
      const { trace } = evaluateCondition(
        parseCondition(
          {
            all: [
              { fact: 'b', operator: 'eq', value: true },
              { fact: 'n', operator: 'gt', value: '1' },
            ],
          },
          schema,
        ),
        { b: false, n: '5' },
      );
      expect(trace.kind === 'all' && trace.children.map((c) => c.outcome)).toEqual([false, true]);
    });

    it('writes numbers in the trace as decimal strings', () => {
      const { trace } = evaluateCondition(
        parseCondition({ fact: 'n', operator: 'in', value: [1, '2.50'] }, schema),
        { n: 7n },
      );
      expect(trace).toMatchObject({ expected: ['1', '2.5'], actual: '7' });
    });
  });

  describe('bad facts', () => {
    // Parsed before each test rather than when the suite is collected, so that mutation testing
    // (Stryker) counts the parse as covered by each test, not as load-time ("static") code.
    let rule: ParsedCondition;
    beforeEach(() => {
      rule = parseCondition(
        {
          any: [
            { fact: 'n', operator: 'gt', value: '1' },
            { fact: 'm', operator: 'exists' },
          ],
        },
        schema,
      );
    });
    const codeOf = (facts: unknown, path: Array<string | number> = []) => {
      try {
        evaluateCondition(rule, facts as Record<string, unknown>, path);
      } catch (error) {
        if (error instanceof CrmRulesError) return [error.code, error.path, error.value];
        throw error;
      }
      throw new Error('expected an error');
    };

    it.each([
      ['a float', 1.5],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['a word', 'many'],
      ['a boolean', true],
      ['an object', { value: 1 }],
    ])('%s for a number fact → FACT_TYPE_MISMATCH at the fact', (_, value) => {
      expect(codeOf({ n: value })).toEqual(['FACT_TYPE_MISMATCH', ['n'], value]);
    });

    it('money in another currency than the rule → CURRENCY_MISMATCH', () => {
      const gte = parseCondition(
        { fact: 'm', operator: 'gte', value: { amount: '1', currency: 'USD' } },
        schema,
      );
      expect(() => evaluateCondition(gte, { m: { amount: '1', currency: 'EUR' } })).toThrow(
        expect.objectContaining({ code: 'CURRENCY_MISMATCH', path: ['m'] }),
      );
      expect(() => evaluateCondition(gte, { m: money('1', 'EUR') })).toThrow(
        expect.objectContaining({
          issues: [
            expect.objectContaining({
              message: 'fact "m" is in EUR but the condition compares it in USD; convert first',
            }),
          ],
        }),
      );
    });

    it('money fact with only exists accepts any currency', () => {
      expect(evaluateCondition(rule, { m: money('1', 'JPY') }).outcome).toBe(true);
    });

    it.each(['__proto__', 'constructor', 'prototype'])(
      'an own %s key → UNSAFE_KEY with path',
      (key) => {
        const facts = JSON.parse(`{"n": "2", "${key}": 1}`);
        expect(codeOf(facts, ['lines', 4])).toEqual(['UNSAFE_KEY', ['lines', 4, key], 1]);
      },
    );

    it('facts that are not an object → INVALID_INPUT', () => {
      expect(codeOf(null)).toEqual(['INVALID_INPUT', [], null]);
      expect(codeOf([])).toEqual(['INVALID_INPUT', [], []]);
    });

    it('ignores facts the condition does not read, even if malformed', () => {
      expect(evaluateCondition(rule, { n: '2', s: 1.5, extra: Number.NaN }).outcome).toBe(true);
    });

    it('prefixes error paths', () => {
      expect(codeOf({ n: 0.1 }, ['lines', 2])).toEqual([
        'FACT_TYPE_MISMATCH',
        ['lines', 2, 'n'],
        0.1,
      ]);
    });
  });

  describe('properties', () => {
    /** Checks every node of a trace against the documented semantics; returns the leaf count. */
    function checkTrace(trace: ConditionTrace): number {
      switch (trace.kind) {
        case 'all':
        case 'any': {
          const leaves = trace.children.reduce((sum, child) => sum + checkTrace(child), 0);
          const outcomes = trace.children.map((child) => child.outcome);
          expect(trace.outcome).toBe(
            trace.kind === 'all' ? !outcomes.includes(false) : outcomes.includes(true),
          );
          return leaves;
        }
        case 'not':
          expect(trace.outcome).toBe(!trace.child.outcome);
          return checkTrace(trace.child);
        case 'leaf':
          expect(trace.missing).toBe(trace.actual === null);
          if (trace.missing)
            expect(trace.outcome).toBe(trace.operator === 'exists' && trace.expected === false);
          return 1;
      }
    }

    it('agrees with an independent reference model', () => {
      fc.assert(
        fc.property(scenarioArb, ({ schema: s, condition, factSets }) => {
          const parsed = parseCondition(condition, s);
          for (const facts of factSets)
            expect(evaluateCondition(parsed, facts).outcome).toBe(
              referenceEvaluate(condition, s, facts),
            );
        }),
        { numRuns: 300 },
      );
    });

    it('the outcome equals the trace root, and every node is consistent with its children', () => {
      fc.assert(
        fc.property(scenarioArb, ({ schema: s, condition, factSets }) => {
          const parsed = parseCondition(condition, s);
          for (const facts of factSets) {
            const { outcome, trace } = evaluateCondition(parsed, facts);
            expect(outcome).toBe(trace.outcome);
            checkTrace(trace);
          }
        }),
      );
    });

    it('the trace mirrors the condition: same shape, facts and operators', () => {
      const shape = (node: unknown): unknown => {
        const n = node as Record<string, unknown>;
        if ('all' in n || 'any' in n) {
          const kind = 'all' in n ? 'all' : 'any';
          const list = (n.all ?? n.any ?? n.children) as unknown[];
          return { [kind]: list.map(shape) };
        }
        if (n.kind === 'all' || n.kind === 'any')
          return { [n.kind as string]: (n.children as unknown[]).map(shape) };
        if ('not' in n) return { not: shape(n.not) };
        if (n.kind === 'not') return { not: shape(n.child) };
        return `${String(n.fact)} ${String(n.operator)}`;
      };
      fc.assert(
        fc.property(scenarioArb, ({ schema: s, condition, factSets }) => {
          const { trace } = evaluateCondition(parseCondition(condition, s), factSets[0] ?? {});
          expect(shape(trace)).toEqual(shape(condition));
        }),
      );
    });

    it('not inverts', () => {
      fc.assert(
        fc.property(scenarioArb, ({ schema: s, condition, factSets }) => {
          const plain = parseCondition(condition, s);
          const negated = parseCondition({ not: condition }, s);
          for (const facts of factSets)
            expect(evaluateCondition(negated, facts).outcome).toBe(
              !evaluateCondition(plain, facts).outcome,
            );
        }),
      );
    });

    it('De Morgan: not(all(a, b)) ≡ any(not a, not b) and not(any(a, b)) ≡ all(not a, not b)', () => {
      fc.assert(
        fc.property(pairScenarioArb, ({ schema: s, a, b, factSets }) => {
          const outcome = (c: Condition, facts: Record<string, unknown>) =>
            evaluateCondition(parseCondition(c, s), facts).outcome;
          for (const facts of factSets) {
            expect(outcome({ not: { all: [a, b] } }, facts)).toBe(
              outcome({ any: [{ not: a }, { not: b }] }, facts),
            );
            expect(outcome({ not: { any: [a, b] } }, facts)).toBe(
              outcome({ all: [{ not: a }, { not: b }] }, facts),
            );
          }
        }),
      );
    });

    it('all and any do not depend on the order of their children', () => {
      fc.assert(
        fc.property(
          pairScenarioArb.chain((scenario) => {
            const children = [scenario.a, scenario.b, { not: scenario.a }];
            return fc.record({
              scenario: fc.constant(scenario),
              children: fc.constant(children),
              shuffled: fc.shuffledSubarray(children, { minLength: 3, maxLength: 3 }),
            });
          }),
          ({ scenario, children, shuffled }) => {
            for (const kind of ['all', 'any'] as const) {
              const a = parseCondition({ [kind]: children } as Condition, scenario.schema);
              const b = parseCondition({ [kind]: shuffled } as Condition, scenario.schema);
              for (const facts of scenario.factSets)
                expect(evaluateCondition(a, facts).outcome).toBe(
                  evaluateCondition(b, facts).outcome,
                );
            }
          },
        ),
      );
    });

    it('is deterministic and never mutates the condition or the facts', () => {
      fc.assert(
        fc.property(scenarioArb, ({ schema: s, condition, factSets }) => {
          const parsed = parseCondition(condition, s);
          const before = structuredClone({ condition, factSets });
          for (const facts of factSets)
            expect(evaluateCondition(parsed, facts)).toEqual(evaluateCondition(parsed, facts));
          expect({ condition, factSets }).toEqual(before);
        }),
      );
    });
  });
});

describe('fact and rule values (ruleValue)', () => {
  const hasAmount = parseCondition({ fact: 'm', operator: 'exists' }, schema);
  const mismatch = (facts: Record<string, unknown>, fact: string) => {
    expect(() => evaluateCondition(hasAmount, facts)).toThrow(
      expect.objectContaining({ code: 'FACT_TYPE_MISMATCH', path: [fact] }),
    );
  };

  it('refuses money whose amount is not finite or whose currency is not ISO, even as Money', () => {
    mismatch({ m: { amount: new Decimal(Number.POSITIVE_INFINITY), currency: 'USD' } }, 'm');
    mismatch({ m: { amount: new Decimal(1), currency: 'usd' } }, 'm');
    expect(
      evaluateCondition(hasAmount, { m: { amount: new Decimal(1), currency: 'USD' } }).outcome,
    ).toBe(true);
  });

  it('refuses money JSON with an inherited key, a numeric amount or an amount that is no number', () => {
    const inherited = Object.assign(Object.create({ currency: 'USD' }), { amount: '1' });
    for (const m of [inherited, { amount: 1, currency: 'USD' }, { amount: 'abc', currency: 'USD' }])
      mismatch({ m }, 'm');
  });

  it('refuses a date that does not exist', () => {
    const since = parseCondition({ fact: 'd', operator: 'exists' }, schema);
    expect(() => evaluateCondition(since, { d: '2026-02-30' })).toThrow(
      expect.objectContaining({ code: 'FACT_TYPE_MISMATCH', path: ['d'] }),
    );
  });

  it('finds a number in an in-list whatever its notation', () => {
    const listed = parseCondition(
      { fact: 'n', operator: 'in', value: ['-0', '2.50', '7'] },
      schema,
    );
    expect(
      ['7.000', '0', '2.5', '2.51'].map((n) => evaluateCondition(listed, { n }).outcome),
    ).toEqual([true, true, true, false]);
  });

  it('compares booleans for eq and ne', () => {
    expect([
      holds({ fact: 'b', operator: 'eq', value: false }, { b: false }),
      holds({ fact: 'b', operator: 'ne', value: true }, { b: false }),
      holds({ fact: 'b', operator: 'eq', value: true }, { b: false }),
    ]).toEqual([true, true, false]);
  });
});
