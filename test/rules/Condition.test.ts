import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Condition, ConditionLeaf, safeParseCondition } from '../../src/rules';
import { conditionArb, factSchemaArb, mutatedConditionArb } from './arbitraries';

describe('Condition (the JSON schema)', () => {
  it('accepts nested all/any/not with leaves', () => {
    const json = {
      any: [
        {
          all: [
            { fact: 'grade', operator: 'eq', value: 'key' },
            { fact: 'since', operator: 'exists' },
          ],
        },
        {
          not: {
            fact: 'amount',
            operator: 'between',
            value: [
              { amount: '1', currency: 'USD' },
              { amount: '2', currency: 'USD' },
            ],
          },
        },
      ],
    };
    expect(Condition.parse(json)).toEqual(json);
  });

  it.each([
    ['an unknown operator', { fact: 'a', operator: 'contains', value: 'x' }],
    ['in with a non-array', { fact: 'a', operator: 'in', value: 'x' }],
    ['between with one bound', { fact: 'a', operator: 'between', value: ['1'] }],
    ['exists with a string', { fact: 'a', operator: 'exists', value: 'yes' }],
    ['extra keys', { fact: 'a', operator: 'exists', note: 1 }],
    ['two kinds', { all: [], any: [] }],
    ['a prototype fact name', { fact: '__proto__', operator: 'exists' }],
  ])('rejects %s', (_, json) => {
    expect(Condition.safeParse(json).success).toBe(false);
  });

  it('ConditionLeaf discriminates by operator', () => {
    expect(ConditionLeaf.safeParse({ fact: 'a', operator: 'gte', value: ['1', '2'] }).success).toBe(
      false,
    );
    expect(ConditionLeaf.safeParse({ fact: 'a', operator: 'in', value: ['1', '2'] }).success).toBe(
      true,
    );
  });

  describe('properties', () => {
    it('accepts every generated condition', () => {
      fc.assert(
        fc.property(
          factSchemaArb.chain((s) => conditionArb(s)),
          (json) => {
            expect(Condition.safeParse(json).success).toBe(true);
          },
        ),
      );
    });

    it('agrees with parseCondition on valid rules and near misses (structure only)', () => {
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(mutatedConditionArb, ({ schema, json }) => {
          const parsed = safeParseCondition(json, schema);
          const shaped = Condition.safeParse(json);
          // parseCondition also checks facts and types, so it may reject more, never less.
          if (parsed.success) expect(shaped.success).toBe(true);
          if (!shaped.success) expect(parsed.success).toBe(false);
          if (parsed.success) accepted += 1;
          else rejected += 1;
        }),
        { numRuns: 500 },
      );
      expect(accepted).toBeGreaterThan(50);
      expect(rejected).toBeGreaterThan(50);
    });
  });
});
