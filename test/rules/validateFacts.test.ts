import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import { Decimal, isMoney, money } from '../../src/money';
import { type FactSchema, safeValidateFacts, validateFacts } from '../../src/rules';
import { compareDecimalText, factSchemaArb, factsArb } from './arbitraries';

const schema: FactSchema = { n: 'number', s: 'string', b: 'boolean', d: 'date', m: 'money' };

function failure(facts: unknown): [string, unknown, unknown] {
  const result = safeValidateFacts(facts, schema);
  if (result.success) throw new Error('expected a failure');
  return [result.error.code, result.error.path, result.error.value];
}

describe('validateFacts', () => {
  it('parses every fact of the schema and ignores the rest', () => {
    const values = validateFacts(
      {
        n: '12.50',
        s: 'key',
        b: false,
        d: '2024-02-29',
        m: { amount: '5', currency: 'JPY' },
        extra: 0.5,
      },
      schema,
    );
    expect(Object.keys(values).sort()).toEqual(['b', 'd', 'm', 'n', 's']);
    expect((values.n as Decimal).eq('12.5')).toBe(true);
    expect(isMoney(values.m) && values.m.currency).toBe('JPY');
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(Object.isFrozen(values)).toBe(true);
  });

  it('accepts safe integers, bigints, decimal.js values and Money', () => {
    const values = validateFacts({ n: 2n ** 70n, m: money('1', 'USD') }, schema);
    expect((values.n as Decimal).toFixed()).toBe('1180591620717411303424');
    expect(validateFacts({ n: new Decimal('0.1') }, schema).n?.toString()).toBe('0.1');
  });

  it('leaves missing facts out (absent, undefined or null)', () => {
    expect(Object.keys(validateFacts({ n: null, s: undefined }, schema))).toEqual([]);
  });

  it.each([
    ['n', 0.1],
    ['n', Number.NaN],
    ['n', Number.NEGATIVE_INFINITY],
    ['n', 2 ** 53],
    ['n', '1,000'],
    ['n', ''],
    ['s', 42],
    ['b', 'false'],
    ['d', '2026-13-01'],
    ['d', '20260101'],
    ['m', '12.50'],
    ['m', { amount: 12.5, currency: 'USD' }],
    ['m', { amount: '12.5', currency: 'usd' }],
    ['m', { amount: '12.5' }],
  ])('%s = %o → FACT_TYPE_MISMATCH at [%s]', (name, value) => {
    expect(failure({ [name]: value })).toEqual(['FACT_TYPE_MISMATCH', [name], value]);
  });

  it.each([
    [
      'n',
      0.1,
      'fact "n" is number: expected a number as a decimal string or safe integer (floats, NaN and Infinity are refused)',
    ],
    ['s', 42, 'fact "s" is string: expected a string'],
    ['b', 'false', 'fact "b" is boolean: expected a boolean'],
    ['d', '2026-13-01', 'fact "d" is date: expected a calendar date as YYYY-MM-DD'],
    ['m', '12.50', 'fact "m" is money: expected money as { amount: "123.45", currency: "USD" }'],
  ])('says why %s = %o is refused', (name, value, detail) => {
    const result = safeValidateFacts({ [name]: value }, schema);
    expect(result.success ? undefined : result.error.issues[0]?.message).toBe(detail);
  });

  it('says why facts that are not an object, or carry a prototype key, are refused', () => {
    const notObject = safeValidateFacts([1], schema, ['input']);
    expect(
      notObject.success ? undefined : [notObject.error.path, notObject.error.issues[0]?.message],
    ).toEqual([['input'], 'expected the facts as an object of values by name']);
    const unsafe = safeValidateFacts(JSON.parse('{"constructor": 1}'), schema, ['input']);
    expect(
      unsafe.success ? undefined : [unsafe.error.path, unsafe.error.issues[0]?.message],
    ).toEqual([['input', 'constructor'], '"constructor" cannot be a fact name']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('an own %s key → UNSAFE_KEY', (key) => {
    expect(failure(JSON.parse(`{"${key}": {"polluted": true}}`))).toEqual([
      'UNSAFE_KEY',
      [key],
      { polluted: true },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('throws a CrmRulesError with a prefixed path', () => {
    expect(() => validateFacts({ b: 1 }, schema, ['customers', 9])).toThrow(CrmRulesError);
    expect(safeValidateFacts({ b: 1 }, schema, ['customers', 9])).toMatchObject({
      success: false,
      error: { path: ['customers', 9, 'b'] },
    });
  });

  describe('properties', () => {
    it('keeps every present fact, with its value unchanged', () => {
      fc.assert(
        fc.property(
          factSchemaArb.chain((s) => fc.tuple(fc.constant(s), factsArb(s))),
          ([s, facts]) => {
            const before = structuredClone(facts);
            const values = validateFacts(facts, s);
            expect(facts).toEqual(before);
            for (const [name, type] of Object.entries(s)) {
              const raw = facts[name];
              if (raw === undefined || raw === null) {
                expect(Object.hasOwn(values, name)).toBe(false);
                continue;
              }
              const value = values[name];
              if (type === 'number')
                expect(compareDecimalText((value as Decimal).toFixed(), String(raw))).toBe(0);
              else if (type === 'money')
                expect(
                  compareDecimalText(
                    (value as { amount: Decimal }).amount.toFixed(),
                    (raw as { amount: string }).amount,
                  ),
                ).toBe(0);
              else expect(value).toBe(raw);
            }
          },
        ),
      );
    });
  });
});

describe('validateFacts order', () => {
  it('reads the facts in name order: its result lists them so, and the first bad one by name fails', () => {
    const names: FactSchema = { zeta: 'number', alpha: 'string', mid: 'boolean' };
    expect(Object.keys(validateFacts({ zeta: 1, mid: true, alpha: 'a' }, names))).toEqual([
      'alpha',
      'mid',
      'zeta',
    ]);
    expect(() => validateFacts({ zeta: 'x', alpha: 5 }, names)).toThrow(
      expect.objectContaining({ code: 'FACT_TYPE_MISMATCH', path: ['alpha'] }),
    );
  });
});
