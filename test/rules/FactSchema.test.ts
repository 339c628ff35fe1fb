import { describe, expect, it } from 'vitest';
import {
  FactName,
  FactSchema,
  FactType,
  factLabels,
  OPERATORS_BY_TYPE,
  Operator,
  parseFactSchema,
  safeParseFactSchema,
} from '../../src/rules';

describe('FactSchema', () => {
  it('parses into a frozen object without a prototype', () => {
    const schema = parseFactSchema({ 'customer.grade': 'string', 订单金额: 'money' });
    expect(Object.getPrototypeOf(schema)).toBeNull();
    expect(Object.isFrozen(schema)).toBe(true);
    expect({ ...schema }).toEqual({ 'customer.grade': 'string', 订单金额: 'money' });
  });

  it.each([
    ['not an object', 'number', 'INVALID_INPUT', []],
    ['an array', ['number'], 'INVALID_INPUT', []],
    ['an unknown type', { n: 'float' }, 'INVALID_INPUT', ['n']],
    ['an empty name', { '': 'number' }, 'INVALID_INPUT', ['']],
    ['__proto__', JSON.parse('{"__proto__": "number"}'), 'UNSAFE_KEY', ['__proto__']],
    ['constructor', { constructor: 'number' }, 'UNSAFE_KEY', ['constructor']],
    ['prototype', { prototype: 'string' }, 'UNSAFE_KEY', ['prototype']],
  ])('rejects %s', (_, input, code, path) => {
    expect(() => parseFactSchema(input)).toThrow(expect.objectContaining({ code, path }));
  });

  it.each([
    ['not an object', 'number', 'expected an object of fact types by name'],
    ['an unknown type', { n: 'float' }, 'expected one of number, string, boolean, date, money'],
    ['an empty name', { '': 'number' }, 'a fact name must not be empty'],
    ['prototype', { prototype: 'string' }, '"prototype" cannot be a fact name'],
  ])('says why it rejects %s', (_, input, detail) => {
    expect(() => parseFactSchema(input)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ message: detail })] }),
    );
  });

  it('the zod schemas say why they reject a prototype key, with the UNSAFE_KEY code', () => {
    const unsafe = {
      message: 'fact names must not be __proto__, constructor or prototype',
      params: { code: 'UNSAFE_KEY' },
    };
    expect(FactName.safeParse('constructor').error?.issues[0]).toMatchObject(unsafe);
    expect(FactSchema.safeParse({ prototype: 'number' }).error?.issues[0]).toMatchObject(unsafe);
    expect(FactName.safeParse('').success).toBe(false);
    expect(FactSchema.safeParse({ n: 'float' }).success).toBe(false);
    expect(FactSchema.safeParse('number').success).toBe(false);
  });

  it('the operators of each type, in the documented order', () => {
    const ordered = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'between', 'exists'];
    expect(Operator.options).toEqual(ordered);
    expect(FactType.options).toEqual(['number', 'string', 'boolean', 'date', 'money']);
    expect({ ...OPERATORS_BY_TYPE }).toEqual({
      number: ordered,
      date: ordered,
      money: ordered,
      string: ['eq', 'ne', 'in', 'exists'],
      boolean: ['eq', 'ne', 'exists'],
    });
    expect(Object.isFrozen(OPERATORS_BY_TYPE)).toBe(true);
  });

  it('the zod schemas agree on prototype keys', () => {
    expect(FactName.safeParse('constructor').success).toBe(false);
    expect(FactSchema.safeParse({ prototype: 'number' }).success).toBe(false);
    expect(FactSchema.safeParse(JSON.parse('{"__proto__": "number"}')).success).toBe(false);
    expect(FactSchema.safeParse({ 'order.amount': 'money' }).success).toBe(true);
  });

  it('every type allows eq, ne and exists; only ordered types allow ranges', () => {
    for (const type of FactType.options) {
      expect(OPERATORS_BY_TYPE[type]).toEqual(expect.arrayContaining(['eq', 'ne', 'exists']));
      for (const op of OPERATORS_BY_TYPE[type]) expect(Operator.options).toContain(op);
    }
    expect(OPERATORS_BY_TYPE.string).not.toContain('lt');
    expect(OPERATORS_BY_TYPE.boolean).not.toContain('between');
    expect(OPERATORS_BY_TYPE.date).toContain('between');
  });
});

describe('FactSchema edges', () => {
  it('the zod schema reports a value that is not an object as a type issue, without throwing', () => {
    for (const value of [null, undefined])
      expect(FactSchema.safeParse(value).error?.issues[0]?.code).toBe('invalid_type');
  });

  it('the zod schema marks a prototype key as a custom issue', () => {
    expect(FactSchema.safeParse({ constructor: 'number' }).error?.issues[0]?.code).toBe('custom');
  });

  it('parseFactSchema keeps the refused value on the error', () => {
    expect(() => parseFactSchema(7)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: [], value: 7 }),
    );
  });

  it('a null type is an unknown type, and an empty name is refused even with a definition', () => {
    expect(() => parseFactSchema({ n: null })).toThrow(
      expect.objectContaining({
        path: ['n'],
        value: null,
        detail: 'expected one of number, string, boolean, date, money',
      }),
    );
    expect(() => parseFactSchema({ '': { type: 'number' } })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        path: [''],
        detail: 'a fact name must not be empty',
      }),
    );
  });

  it('factLabels lists only the facts that have a label', () => {
    const labels = factLabels({
      a: { type: 'number', label: { en: 'A' } },
      b: { type: 'string' },
      c: 'date',
    });
    expect(Object.keys(labels.fact ?? {})).toEqual(['a']);
  });

  it('safeParseFactSchema returns the types, or the error instead of throwing it', () => {
    const ok = safeParseFactSchema({ n: 'number' });
    expect(ok.success && { ...ok.data }).toEqual({ n: 'number' });
    const bad = safeParseFactSchema({ n: 'float' });
    expect(bad.success ? undefined : [bad.error.code, bad.error.path]).toEqual([
      'INVALID_INPUT',
      ['n'],
    ]);
  });
});
