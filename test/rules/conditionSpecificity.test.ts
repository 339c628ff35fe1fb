import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Condition,
  compareSpecificity,
  conditionSpecificity,
  type FactSchema,
  parseCondition,
  type Specificity,
} from '../../src/rules';
import { conditionArb, factSchemaArb } from './arbitraries';

const schema: FactSchema = {
  category: 'string',
  grade: 'string',
  amount: 'number',
  region: 'string',
  vip: 'boolean',
};
const of = (condition: Condition) => conditionSpecificity(parseCondition(condition, schema));

describe('conditionSpecificity', () => {
  it('counts distinct facts of the top-level conjunction by their strongest constraint', () => {
    expect(
      of({
        all: [
          { fact: 'category', operator: 'eq', value: 'A' },
          { fact: 'category', operator: 'ne', value: 'B' },
          { fact: 'amount', operator: 'gte', value: '1000' },
          { fact: 'amount', operator: 'lt', value: '5000' },
          { all: [{ fact: 'grade', operator: 'in', value: ['key'] }] },
          { fact: 'vip', operator: 'exists' },
          { any: [{ fact: 'region', operator: 'eq', value: 'EU' }] },
          { not: { fact: 'region', operator: 'eq', value: 'US' } },
        ],
      }),
    ).toEqual({ pinned: 2, bounded: 1, constrained: 1 });
  });

  it('a root leaf counts; any and not count nothing', () => {
    expect(of({ fact: 'amount', operator: 'between', value: ['1', '2'] })).toEqual({
      pinned: 0,
      bounded: 1,
      constrained: 0,
    });
    expect(of({ any: [{ fact: 'category', operator: 'eq', value: 'A' }] })).toEqual({
      pinned: 0,
      bounded: 0,
      constrained: 0,
    });
    expect(of({ not: { fact: 'category', operator: 'eq', value: 'A' } })).toEqual({
      pinned: 0,
      bounded: 0,
      constrained: 0,
    });
  });

  it('a rate table picks the most specific match (category + grade beats category alone)', () => {
    const rows: Condition[] = [
      { all: [] },
      { fact: 'category', operator: 'eq', value: 'A' },
      {
        all: [
          { fact: 'category', operator: 'eq', value: 'A' },
          { fact: 'grade', operator: 'eq', value: 'key' },
        ],
      },
      {
        all: [
          { fact: 'amount', operator: 'gte', value: '0' },
          { fact: 'vip', operator: 'exists' },
          { fact: 'region', operator: 'ne', value: 'X' },
        ],
      },
    ];
    const ranked = rows
      .map((row, index) => ({ index, specificity: of(row) }))
      .sort((a, b) => compareSpecificity(b.specificity, a.specificity) || a.index - b.index)
      .map((row) => row.index);
    expect(ranked).toEqual([2, 1, 3, 0]);
  });

  it('compareSpecificity orders pinned before bounded before constrained', () => {
    const s = (pinned: number, bounded: number, constrained: number): Specificity => ({
      pinned,
      bounded,
      constrained,
    });
    expect(compareSpecificity(s(1, 0, 0), s(0, 9, 9))).toBe(1);
    expect(compareSpecificity(s(1, 1, 0), s(1, 0, 9))).toBe(1);
    expect(compareSpecificity(s(1, 1, 1), s(1, 1, 2))).toBe(-1);
    expect(compareSpecificity(s(2, 0, 1), s(2, 0, 1))).toBe(0);
  });

  describe('properties', () => {
    const scenario = factSchemaArb.chain((s) =>
      fc.record({
        schema: fc.constant(s),
        children: fc.array(conditionArb(s, 2), { maxLength: 5 }),
        extra: conditionArb(s, 2),
      }),
    );

    it('does not depend on the order of the children', () => {
      fc.assert(
        fc.property(
          scenario.chain(({ schema: s, children }) =>
            fc.tuple(
              fc.constant(s),
              fc.constant(children),
              fc.shuffledSubarray(children, {
                minLength: children.length,
                maxLength: children.length,
              }),
            ),
          ),
          ([s, children, shuffled]) => {
            expect(conditionSpecificity(parseCondition({ all: shuffled }, s))).toEqual(
              conditionSpecificity(parseCondition({ all: children }, s)),
            );
          },
        ),
      );
    });

    it('adding a conjunct never makes a condition less specific; counts never exceed the facts', () => {
      fc.assert(
        fc.property(scenario, ({ schema: s, children, extra }) => {
          const parsed = parseCondition({ all: children }, s);
          const more = parseCondition({ all: [...children, extra] }, s);
          const base = conditionSpecificity(parsed);
          const total = base.pinned + base.bounded + base.constrained;
          expect(total).toBeLessThanOrEqual(parsed.facts.length);
          expect(compareSpecificity(conditionSpecificity(more), base)).toBeGreaterThanOrEqual(0);
          expect(compareSpecificity(base, base)).toBe(0);
        }),
      );
    });

    it('compareSpecificity is antisymmetric', () => {
      const spec = fc.record({ pinned: fc.nat(3), bounded: fc.nat(3), constrained: fc.nat(3) });
      fc.assert(
        fc.property(spec, spec, (a, b) => {
          expect(compareSpecificity(a, b)).toBe(-compareSpecificity(b, a) || 0);
        }),
      );
    });
  });
});
