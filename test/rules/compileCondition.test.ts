import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import {
  compileCondition,
  evaluateCondition,
  type FactSchema,
  parseCondition,
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
