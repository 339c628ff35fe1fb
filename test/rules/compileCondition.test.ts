import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import {
  type Condition,
  compileCondition,
  evaluateCondition,
  type FactSchema,
  parseCondition,
  safeCompileCondition,
} from '../../src/rules';
import { factSchemaArb, factsArb, scenarioArb } from './arbitraries';
import { referenceEvaluate } from './reference';

const schema: FactSchema = { grade: 'string', amount: 'money', lines: 'number', since: 'date' };

describe('compileCondition', () => {
  it('decides a rate-table style condition on order lines', () => {
    const test = compileCondition(
      parseCondition(
        {
          all: [
            { fact: 'grade', operator: 'in', value: ['key', 'ordinary'] },
            {
              fact: 'amount',
              operator: 'between',
              value: [
                { amount: '1000', currency: 'USD' },
                { amount: '4999.99', currency: 'USD' },
              ],
            },
            { not: { fact: 'since', operator: 'gte', value: '2026-01-01' } },
          ],
        },
        schema,
      ),
    );
    expect(
      test({ grade: 'key', amount: { amount: '4999.99', currency: 'USD' }, since: '2025-05-01' }),
    ).toBe(true);
    expect(
      test({ grade: 'key', amount: { amount: '5000', currency: 'USD' }, since: '2025-05-01' }),
    ).toBe(false);
    expect(test({ grade: 'potential', amount: { amount: '1000', currency: 'USD' } })).toBe(false);
    expect(
      test({
        grade: 'ordinary',
        amount: { amount: '1000.00', currency: 'USD' },
        since: '2026-01-01',
      }),
    ).toBe(false);
  });

  it('checks every fact it reads before deciding, like evaluateCondition', () => {
    // The first child already decides `any`, but the malformed second fact is still an error.
    const test = compileCondition(
      parseCondition(
        {
          any: [
            { fact: 'grade', operator: 'eq', value: 'key' },
            { fact: 'lines', operator: 'gt', value: '3' },
          ],
        },
        schema,
      ),
    );
    expect(() => test({ grade: 'key', lines: 2.5 }, ['lines', 7])).toThrow(
      expect.objectContaining({
        code: 'FACT_TYPE_MISMATCH',
        path: ['lines', 7, 'lines'],
        value: 2.5,
      }),
    );
    expect(() => test(JSON.parse('{"grade": "key", "__proto__": {"admin": true}}'))).toThrow(
      expect.objectContaining({ code: 'UNSAFE_KEY', path: ['__proto__'] }),
    );
  });

  it('looks up in-lists by exact value, not by a rounded key', () => {
    const test = compileCondition(
      parseCondition({ fact: 'lines', operator: 'in', value: ['0.001', '2'] }, schema),
    );
    expect([
      test({ lines: '0.001' }),
      test({ lines: '0.0010' }),
      test({ lines: '0.002' }),
      test({ lines: '0' }),
    ]).toEqual([true, true, false, false]);
  });

  it('can be reused across many fact objects without leaking state', () => {
    const test = compileCondition(
      parseCondition({ fact: 'lines', operator: 'in', value: ['1', '2.0'] }, schema),
    );
    const results = Array.from({ length: 2000 }, (_, i) => test({ lines: String(i % 4) }));
    expect(results.filter(Boolean)).toHaveLength(1000);
  });

  describe('properties', () => {
    it('returns exactly evaluateCondition(...).outcome', () => {
      fc.assert(
        fc.property(scenarioArb, ({ schema: s, condition, factSets }) => {
          const parsed = parseCondition(condition, s);
          const compiled = compileCondition(parsed);
          for (const facts of factSets) {
            expect(compiled(facts)).toBe(evaluateCondition(parsed, facts).outcome);
            expect(compiled(facts)).toBe(referenceEvaluate(condition, s, facts));
          }
        }),
        { numRuns: 300 },
      );
    });

    it('throws the same error as evaluateCondition for the same bad facts', () => {
      const badFactsArb = factSchemaArb.chain((s) =>
        fc.record({
          schema: fc.constant(s),
          facts: factsArb(s),
          bad: fc.constantFrom(...Object.keys(s)),
          value: fc.constantFrom<unknown>(
            0.5,
            Number.NaN,
            'not-a-value',
            { amount: '1', currency: 'EUR' },
            [],
            true,
          ),
        }),
      );
      fc.assert(
        fc.property(badFactsArb, ({ schema: s, facts, bad, value }) => {
          const leaves = Object.keys(s).map((fact) => ({ fact, operator: 'exists' as const }));
          const parsed = parseCondition({ any: leaves }, s);
          const run = (f: () => unknown) => {
            try {
              return { ok: f() };
            } catch (error) {
              if (!(error instanceof CrmRulesError)) throw error;
              return { code: error.code, path: error.path };
            }
          };
          const input = { ...facts, [bad]: value };
          expect(run(() => compileCondition(parsed)(input))).toEqual(
            run(() => evaluateCondition(parsed, input).outcome),
          );
        }),
      );
    });
  });
});

describe('compileCondition on numbers (the safe-integer fast path and its edges)', () => {
  const compiled = (condition: Condition) => compileCondition(parseCondition(condition, schema));
  const six = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const;
  const decide = (value: string, facts: Record<string, unknown>) =>
    six.map((operator) => compiled({ fact: 'lines', operator, value })(facts));

  it('orders a whole fact against a whole rule value, both ways and when equal', () => {
    //                                    eq     ne     lt     lte    gt     gte
    expect(decide('3', { lines: 3 })).toEqual([true, false, false, true, false, true]);
    expect(decide('3', { lines: 2 })).toEqual([false, true, true, true, false, false]);
    expect(decide('3', { lines: 4 })).toEqual([false, true, false, false, true, true]);
  });

  it('does not round a rule value that is nearly whole to the integer next to it', () => {
    expect(decide('1.0000000000000001', { lines: 1 })).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(decide('0.9999999999999999', { lines: 1 })).toEqual([
      false,
      true,
      false,
      false,
      true,
      true,
    ]);
  });

  it('reads a number fact given as a decimal string like any other', () => {
    expect(decide('3', { lines: '3.0' })).toEqual([true, false, false, true, false, true]);
    expect(decide('3', { lines: '2.5' })).toEqual([false, true, true, true, false, false]);
    // Same leading digits, one value longer than the other.
    expect(decide('1', { lines: '1.5' })).toEqual([false, true, false, false, true, true]);
    expect(decide('1.5', { lines: '1' })).toEqual([false, true, true, true, false, false]);
    expect(decide('-1', { lines: '-1.5' })).toEqual([false, true, true, true, false, false]);
    expect(compiled({ fact: 'lines', operator: 'in', value: ['3'] })({ lines: '3.00' })).toBe(true);
  });

  it('includes both whole bounds of between, and nothing outside them', () => {
    const between = compiled({ fact: 'lines', operator: 'between', value: ['1', '10'] });
    expect([0, 1, 5, 10, 11, -1].map((lines) => between({ lines }))).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('compares a whole fact with a bound that is not whole exactly', () => {
    const lowHalf = compiled({ fact: 'lines', operator: 'between', value: ['0.5', '10'] });
    const highHalf = compiled({ fact: 'lines', operator: 'between', value: ['1', '10.5'] });
    expect([0, 1, 5, 10, 11].map((lines) => lowHalf({ lines }))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect([0, 1, 5, 10, 11].map((lines) => highHalf({ lines }))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('refuses a whole JS number for a fact that is not a number, as evaluateCondition does', () => {
    const isKey = compiled({ fact: 'grade', operator: 'eq', value: 'key' });
    expect(() => isKey({ grade: 5 })).toThrow(
      expect.objectContaining({ code: 'FACT_TYPE_MISMATCH', path: ['grade'], value: 5 }),
    );
    const gt = compiled({ fact: 'lines', operator: 'gt', value: '3' });
    expect(() => gt({ lines: 'many' })).toThrow(
      expect.objectContaining({ code: 'FACT_TYPE_MISMATCH', path: ['lines'], value: 'many' }),
    );
  });
});

describe('safeCompileCondition', () => {
  it('returns the compiled condition, or the error instead of throwing it', () => {
    const ok = safeCompileCondition(
      parseCondition({ fact: 'lines', operator: 'gt', value: '3' }, schema),
    );
    expect(ok.success && [ok.data({ lines: 4 }), ok.data({ lines: 3 })]).toEqual([true, false]);
    const bad = safeCompileCondition(null as never);
    expect(bad.success).toBe(false);
    expect(bad.success ? undefined : { code: bad.error.code, path: bad.error.path }).toEqual({
      code: 'INVALID_INPUT',
      path: ['condition'],
    });
  });
});
