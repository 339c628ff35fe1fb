import { describe, expect, it } from 'vitest';
import {
  FactName,
  FactSchema,
  FactType,
  OPERATORS_BY_TYPE,
  Operator,
  parseFactSchema,
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
