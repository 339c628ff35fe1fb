import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileRules,
  memoRuleSteps,
  ruleSteps,
} from '../../../../src/grading/_lib/scoring/compileRules';
import { Decimal, money } from '../../../../src/money';
import { evaluateCondition, type FactSchema } from '../../../../src/rules';
import { scenarioArb } from '../../../rules/arbitraries';

/** The grade policy's compiled rules and memoised explanations, against the plain evaluation. */
describe('compileRules and memoRuleSteps (internal)', () => {
  const schema: FactSchema = { n: 'number', amount: 'money', grade: 'string' };

  it('memoises by value and type: 1 and "1" are separate entries with equal steps', () => {
    const [rule] = compileRules(
      [
        {
          when: {
            all: [
              { fact: 'n', operator: 'gte', value: 1 },
              { fact: 'grade', operator: 'exists' },
            ],
          },
        },
      ],
      schema,
      [],
    );
    const explain = memoRuleSteps(rule as NonNullable<typeof rule>);
    const a = explain({ n: 1, grade: 'key' }, []);
    expect(explain({ n: 1, grade: 'key' }, [])).toBe(a);
    const b = explain({ n: '1', grade: 'key' }, []);
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
    expect(Object.isFrozen(a) && a.every((step) => Object.isFrozen(step.params))).toBe(true);
    expect(explain({ n: 1 }, [])).toEqual(
      ruleSteps(rule as NonNullable<typeof rule>, { n: 1 }, []),
    );
  });

  describe('properties', () => {
    it('memoised steps equal fresh steps, with a full memo and without', () => {
      fc.assert(
        fc.property(
          scenarioArb,
          fc.integer({ min: 0, max: 3 }),
          ({ schema: s, condition, factSets }, limit) => {
            const [rule] = compileRules([{ when: condition }], s, []);
            const compiled = rule as NonNullable<typeof rule>;
            const explain = memoRuleSteps(compiled, 1, limit);
            // each fact set twice, so memo hits happen
            for (const facts of [...factSets, ...factSets])
              expect(explain(facts, [])).toEqual(ruleSteps(compiled, facts, []));
          },
        ),
        { numRuns: 200 },
      );
    });

    it('compiled tests equal evaluateCondition for whole-number facts of any size', () => {
      const big = 2 ** 53 - 1;
      const whole = fc.oneof(
        fc.integer({ min: -5, max: 5 }),
        fc.constantFrom(big, -big, big - 1, 2 ** 52, -0),
        fc.integer(),
      );
      const ruleValue = fc
        .oneof(
          whole.map(String),
          fc.constantFrom('0.5', '-0.5', '9007199254740993', '-9007199254740993', '1e0', '2.000'),
          whole,
        )
        .filter((value) => value !== '1e0');
      const operator = fc.constantFrom('eq', 'ne', 'lt', 'lte', 'gt', 'gte');
      fc.assert(
        fc.property(
          operator,
          ruleValue,
          ruleValue,
          fc.array(whole, { maxLength: 6 }),
          (op, v, w, facts) => {
            const conditions = [
              { fact: 'n', operator: op, value: v },
              { fact: 'n', operator: 'between', value: new Decimal(v).lte(w) ? [v, w] : [w, v] },
              { fact: 'n', operator: 'in', value: [v, w] },
              { not: { fact: 'n', operator: op, value: w } },
            ];
            const rules = compileRules(
              conditions.map((when) => ({ when })),
              schema,
              [],
            );
            for (const n of facts)
              rules.forEach((rule) => {
                expect(rule.test({ n, amount: money('1', 'USD') })).toBe(
                  evaluateCondition(rule.parsed, { n, amount: money('1', 'USD') }).outcome,
                );
              });
          },
        ),
      );
    });
  });
});
