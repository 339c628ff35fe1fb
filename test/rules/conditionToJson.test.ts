import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../../src/money';
import {
  Condition,
  conditionToJson,
  evaluateCondition,
  type FactSchema,
  parseCondition,
} from '../../src/rules';
import { scenarioArb } from './arbitraries';

const schema: FactSchema = { n: 'number', m: 'money', f: 'boolean' };

describe('conditionToJson', () => {
  it('writes numbers as decimal strings, money as JSON and exists explicitly', () => {
    const parsed = parseCondition(
      {
        all: [
          { fact: 'n', operator: 'in', value: [1, '2.50', 3n] },
          { fact: 'm', operator: 'gte', value: money('99.9', 'USD') },
          { not: { fact: 'f', operator: 'exists' } },
        ],
      },
      schema,
    );
    expect(conditionToJson(parsed)).toEqual({
      all: [
        { fact: 'n', operator: 'in', value: ['1', '2.5', '3'] },
        { fact: 'm', operator: 'gte', value: { amount: '99.90', currency: 'USD' } },
        { not: { fact: 'f', operator: 'exists', value: true } },
      ],
    });
  });

  describe('properties', () => {
    it('parse(JSON.parse(JSON.stringify(rule))) gives an equivalent rule', () => {
      fc.assert(
        fc.property(scenarioArb, ({ schema: s, condition, factSets }) => {
          const direct = parseCondition(condition, s);
          const viaJson = parseCondition(JSON.parse(JSON.stringify(condition)), s);
          expect(conditionToJson(viaJson)).toEqual(conditionToJson(direct));
          for (const facts of factSets)
            expect(evaluateCondition(viaJson, facts)).toEqual(evaluateCondition(direct, facts));
        }),
      );
    });

    it('conditionToJson is a fixed point of parsing and matches the Condition schema', () => {
      fc.assert(
        fc.property(scenarioArb, ({ schema: s, condition, factSets }) => {
          const parsed = parseCondition(condition, s);
          const json = conditionToJson(parsed);
          expect(Condition.safeParse(json).success).toBe(true);
          const again = parseCondition(JSON.parse(JSON.stringify(json)), s);
          expect(conditionToJson(again)).toEqual(json);
          for (const facts of factSets)
            expect(evaluateCondition(again, facts).outcome).toBe(
              evaluateCondition(parsed, facts).outcome,
            );
        }),
      );
    });
  });
});
