import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError, INPUT_LIMITS } from '../../src/errors';
import { Decimal, money } from '../../src/money';
import {
  CONDITION_LIMITS,
  type FactSchema,
  parseCondition,
  safeParseCondition,
} from '../../src/rules';
import { conditionArb, factSchemaArb } from './arbitraries';

const schema: FactSchema = {
  'customer.grade': 'string',
  'order.amount': 'money',
  'order.lines': 'number',
  vip: 'boolean',
  'order.date': 'date',
};

/** Parses and returns the error, failing the test when parsing succeeds. */
function errorOf(json: unknown, factSchema: FactSchema = schema, options = {}): CrmRulesError {
  const result = safeParseCondition(json, factSchema, options);
  if (result.success) throw new Error(`expected ${JSON.stringify(json)} to be rejected`);
  return result.error;
}

describe('parseCondition', () => {
  it('parses a json-rules-engine style nested condition and normalises values', () => {
    // Shape of the json-rules-engine README example (all/any of fact-operator-value leaves),
    // with our operator names and typed facts.
    const parsed = parseCondition(
      {
        any: [
          {
            all: [
              { fact: 'order.lines', operator: 'gte', value: '5' },
              { fact: 'order.amount', operator: 'gt', value: { amount: '1000', currency: 'USD' } },
            ],
          },
          { not: { fact: 'customer.grade', operator: 'in', value: ['dormant', 'potential'] } },
        ],
      },
      schema,
    );
    expect(parsed.facts.map((f) => f.name)).toEqual([
      'customer.grade',
      'order.amount',
      'order.lines',
    ]);
    expect(parsed.facts.find((f) => f.name === 'order.amount')?.currency).toBe('USD');
    const root = parsed.root;
    if (root.kind !== 'any') throw new Error('expected any');
    const all = root.children[0];
    if (all?.kind !== 'all') throw new Error('expected all');
    const lines = all.children[0];
    expect(lines?.kind === 'leaf' && Decimal.isDecimal(lines.value)).toBe(true);
    expect(Object.isFrozen(parsed) && Object.isFrozen(root)).toBe(true);
  });

  it('accepts safe integers, bigints and decimal.js values for number facts', () => {
    for (const value of [5, 5n, new Decimal('5'), '5.000']) {
      const parsed = parseCondition({ fact: 'order.lines', operator: 'eq', value }, schema);
      expect(parsed.root.kind === 'leaf' && String(parsed.root.value)).toBe('5');
    }
  });

  it('accepts Money values for money facts', () => {
    const parsed = parseCondition(
      { fact: 'order.amount', operator: 'lt', value: money('10', 'CNY') },
      schema,
    );
    expect(parsed.facts[0]?.currency).toBe('CNY');
  });

  it('defaults exists to true and accepts exists: false', () => {
    const a = parseCondition({ fact: 'vip', operator: 'exists' }, schema);
    const b = parseCondition({ fact: 'vip', operator: 'exists', value: false }, schema);
    expect([a.root, b.root].map((n) => n.kind === 'leaf' && n.value)).toEqual([true, false]);
  });

  it('accepts between with equal bounds, an empty all and an empty any', () => {
    expect(
      safeParseCondition(
        { fact: 'order.date', operator: 'between', value: ['2026-01-01', '2026-01-01'] },
        schema,
      ).success,
    ).toBe(true);
    expect(safeParseCondition({ all: [] }, schema).success).toBe(true);
    expect(safeParseCondition({ any: [] }, schema).success).toBe(true);
  });

  describe('rejects malformed rules with code, exact path and value', () => {
    it.each([
      ['not an object', 'grade = key', [], 'grade = key'],
      ['null', null, [], null],
      ['an array', [], [], []],
      ['no kind', { operator: 'eq' }, [], { operator: 'eq' }],
      ['two kinds', { all: [], any: [] }, ['any'], []],
      ['junk next to all', { all: [], note: 'x' }, ['note'], 'x'],
      ['junk in a leaf', { fact: 'vip', operator: 'eq', value: true, weight: 2 }, ['weight'], 2],
      [
        'all not a list',
        { all: { fact: 'vip', operator: 'exists' } },
        ['all'],
        { fact: 'vip', operator: 'exists' },
      ],
      ['a non-string fact', { fact: 3, operator: 'eq', value: 1 }, ['fact'], 3],
      [
        'an unknown operator',
        { fact: 'vip', operator: 'contains', value: 'x' },
        ['operator'],
        'contains',
      ],
      ['a missing operator', { fact: 'vip', value: true }, ['operator'], undefined],
      ['a missing value', { fact: 'order.lines', operator: 'gt' }, ['value'], undefined],
      ['a null value', { fact: 'order.lines', operator: 'gt', value: null }, ['value'], null],
      ['a list for eq', { fact: 'order.lines', operator: 'eq', value: ['1'] }, ['value'], ['1']],
      [
        'in with a non-array',
        { fact: 'customer.grade', operator: 'in', value: 'key' },
        ['value'],
        'key',
      ],
      [
        'between with one bound',
        { fact: 'order.lines', operator: 'between', value: ['1'] },
        ['value'],
        ['1'],
      ],
      [
        'between with three bounds',
        { fact: 'order.lines', operator: 'between', value: [1, 2, 3] },
        ['value'],
        [1, 2, 3],
      ],
      [
        'between with low > high',
        { fact: 'order.lines', operator: 'between', value: ['10', '9.99'] },
        ['value'],
        ['10', '9.99'],
      ],
      [
        'exists with a non-boolean',
        { fact: 'vip', operator: 'exists', value: 'yes' },
        ['value'],
        'yes',
      ],
    ])('%s → INVALID_RULE', (_, json, path, value) => {
      const error = errorOf(json);
      expect(error).toBeInstanceOf(CrmRulesError);
      expect(error.code).toBe('INVALID_RULE');
      expect(error.path).toEqual(path);
      expect(error.value).toEqual(value);
    });

    it('reports the exact nested path', () => {
      const error = errorOf({
        all: [
          { fact: 'vip', operator: 'eq', value: true },
          { fact: 'vip', operator: 'exists' },
          { any: [{ fact: 'customer.grade', operator: 'in', value: 'key' }] },
        ],
      });
      expect([error.code, error.path, error.value]).toEqual([
        'INVALID_RULE',
        ['all', 2, 'any', 0, 'value'],
        'key',
      ]);
    });

    it('prefixes paths with options.path', () => {
      const error = errorOf({ not: { fact: 'vip', operator: 'eq' } }, schema, {
        path: ['rules', 3, 'when'],
      });
      expect(error.path).toEqual(['rules', 3, 'when', 'not', 'value']);
    });

    it('reports holes in sparse lists instead of skipping them', () => {
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
      const error = errorOf({ all: [{ fact: 'vip', operator: 'exists' }, ,] });
      expect([error.code, error.path]).toEqual(['INVALID_RULE', ['all', 1]]);
    });
  });

  describe('checks the rule against the fact schema', () => {
    it('an unknown fact → UNKNOWN_FACT at the fact', () => {
      const error = errorOf({ any: [{ fact: 'customer.tier', operator: 'eq', value: 'gold' }] });
      expect([error.code, error.path, error.value]).toEqual([
        'UNKNOWN_FACT',
        ['any', 0, 'fact'],
        'customer.tier',
      ]);
    });

    it('does not find facts through the prototype chain', () => {
      const error = errorOf({ fact: 'toString', operator: 'exists' });
      expect([error.code, error.path]).toEqual(['UNKNOWN_FACT', ['fact']]);
    });

    it.each([
      ['lt on a boolean', { fact: 'vip', operator: 'lt', value: true }, ['operator'], 'lt'],
      [
        'between on a string',
        { fact: 'customer.grade', operator: 'between', value: ['a', 'b'] },
        ['operator'],
        'between',
      ],
      ['in on a boolean', { fact: 'vip', operator: 'in', value: [true] }, ['operator'], 'in'],
      [
        'a word for a number',
        { fact: 'order.lines', operator: 'eq', value: 'five' },
        ['value'],
        'five',
      ],
      ['a float for a number', { fact: 'order.lines', operator: 'gt', value: 0.5 }, ['value'], 0.5],
      [
        'NaN for a number',
        { fact: 'order.lines', operator: 'gt', value: Number.NaN },
        ['value'],
        Number.NaN,
      ],
      [
        'exponent notation',
        { fact: 'order.lines', operator: 'gt', value: '1e3' },
        ['value'],
        '1e3',
      ],
      ['a number for a string', { fact: 'customer.grade', operator: 'eq', value: 1 }, ['value'], 1],
      ['a string for a boolean', { fact: 'vip', operator: 'eq', value: 'true' }, ['value'], 'true'],
      [
        'a non-date for a date',
        { fact: 'order.date', operator: 'gte', value: '2026-02-30' },
        ['value'],
        '2026-02-30',
      ],
      [
        'a plain number for money',
        { fact: 'order.amount', operator: 'gte', value: '100' },
        ['value'],
        '100',
      ],
      [
        'a float amount',
        { fact: 'order.amount', operator: 'gte', value: { amount: 1.5, currency: 'USD' } },
        ['value'],
        { amount: 1.5, currency: 'USD' },
      ],
      [
        'an unknown currency',
        { fact: 'order.amount', operator: 'gte', value: { amount: '1', currency: 'XYZ' } },
        ['value'],
        { amount: '1', currency: 'XYZ' },
      ],
      [
        'a bad item in a list',
        { fact: 'order.lines', operator: 'in', value: ['1', 'x', '3'] },
        ['value', 1],
        'x',
      ],
      [
        'a bad between bound',
        { fact: 'order.date', operator: 'between', value: ['2026-01-01', 'soon'] },
        ['value', 1],
        'soon',
      ],
    ])('%s → FACT_TYPE_MISMATCH', (_, json, path, value) => {
      const error = errorOf(json);
      expect(error.code).toBe('FACT_TYPE_MISMATCH');
      expect(error.path).toEqual(path);
      expect(error.value).toEqual(value);
    });

    it('one money fact compared in two currencies → CURRENCY_MISMATCH at the second value', () => {
      const error = errorOf({
        any: [
          { fact: 'order.amount', operator: 'gte', value: { amount: '100', currency: 'USD' } },
          { fact: 'order.amount', operator: 'gte', value: { amount: '700', currency: 'CNY' } },
        ],
      });
      expect([error.code, error.path, error.value]).toEqual([
        'CURRENCY_MISMATCH',
        ['any', 1, 'value'],
        { amount: '700', currency: 'CNY' },
      ]);
    });
  });

  describe('safety', () => {
    it.each(['__proto__', 'constructor', 'prototype'])('a fact named %s → UNSAFE_KEY', (name) => {
      const error = errorOf({ all: [{ fact: name, operator: 'exists' }] });
      expect([error.code, error.path, error.value]).toEqual([
        'UNSAFE_KEY',
        ['all', 0, 'fact'],
        name,
      ]);
    });

    it('a __proto__ key in the rule JSON → UNSAFE_KEY', () => {
      const error = errorOf(
        JSON.parse('{"not": {"fact": "vip", "operator": "exists", "__proto__": {"x": 1}}}'),
      );
      expect([error.code, error.path, error.value]).toEqual([
        'UNSAFE_KEY',
        ['not', '__proto__'],
        { x: 1 },
      ]);
    });

    it('a fact schema with a prototype key → UNSAFE_KEY', () => {
      const error = errorOf(
        { fact: 'vip', operator: 'exists' },
        JSON.parse('{"vip": "boolean", "__proto__": "number"}'),
      );
      expect([error.code, error.path]).toEqual(['UNSAFE_KEY', ['__proto__']]);
    });

    it('a fact schema with an unknown type → INVALID_INPUT', () => {
      const error = errorOf({ fact: 'vip', operator: 'exists' }, { vip: 'float' } as never);
      expect([error.code, error.path, error.value]).toEqual(['INVALID_INPUT', ['vip'], 'float']);
    });
  });

  describe('limits', () => {
    it('a depth bomb → LIMIT_EXCEEDED, without overflowing the stack', () => {
      let bomb: unknown = { fact: 'vip', operator: 'exists' };
      for (let i = 0; i < 100_000; i += 1) bomb = { not: bomb };
      const error = errorOf(bomb);
      expect(error.code).toBe('LIMIT_EXCEEDED');
      // Past maxNodes nodes the size check, which runs first, refuses it.
      expect(error.path).toHaveLength(CONDITION_LIMITS.maxNodes);
    });

    it('a condition too deep → LIMIT_EXCEEDED at the first node too deep', () => {
      let deep: unknown = { fact: 'vip', operator: 'exists' };
      for (let i = 0; i < 40; i += 1) deep = { not: deep };
      const error = errorOf(deep);
      expect([error.code, error.value]).toEqual(['LIMIT_EXCEEDED', CONDITION_LIMITS.maxDepth + 1]);
      expect(error.path).toEqual(Array(CONDITION_LIMITS.maxDepth).fill('not'));
    });

    it('exactly maxDepth levels parse', () => {
      let ok: unknown = { fact: 'vip', operator: 'exists' };
      for (let i = 1; i < CONDITION_LIMITS.maxDepth; i += 1) ok = { all: [ok] };
      expect(safeParseCondition(ok, schema).success).toBe(true);
      expect(errorOf({ not: ok }).code).toBe('LIMIT_EXCEEDED');
    });

    it('too many nodes → LIMIT_EXCEEDED', () => {
      const wide = {
        any: Array.from({ length: 10_000 }, () => ({ fact: 'vip', operator: 'exists' })),
      };
      const error = errorOf(wide);
      expect([error.code, error.path]).toEqual(['LIMIT_EXCEEDED', ['any', 9_999]]);
      expect(safeParseCondition(wide, schema, { maxNodes: 10_001 }).success).toBe(true);
    });

    it('list items count toward maxNodes', () => {
      const error = errorOf(
        { fact: 'customer.grade', operator: 'in', value: ['a', 'b', 'c'] },
        schema,
        {
          maxNodes: 3,
        },
      );
      expect([error.code, error.path, error.value]).toEqual(['LIMIT_EXCEEDED', ['value', 2], 4]);
    });

    it('a cyclic object → INVALID_INPUT at the back edge', () => {
      const cycle: { all: unknown[] } = { all: [] };
      cycle.all.push(cycle);
      expect([errorOf(cycle).code, errorOf(cycle).path]).toEqual(['INVALID_INPUT', ['all', 0]]);
    });

    it('refuses a non-positive limit', () => {
      const error = errorOf({ all: [] }, schema, { maxDepth: 0 });
      expect([error.code, error.path]).toEqual(['INVALID_INPUT', ['options', 'maxDepth']]);
    });
  });

  describe('says what is wrong in words (the detail of each error)', () => {
    const grade = { fact: 'customer.grade', operator: 'eq', value: 'key' };
    const lines = (operator: string, value?: unknown) => ({ fact: 'order.lines', operator, value });
    it.each<[string, unknown, string, object?]>([
      [
        'not an object',
        5,
        'expected a condition object: { all }, { any }, { not } or { fact, operator, value }',
      ],
      ['no kind', {}, 'expected exactly one of all, any, not or fact'],
      [
        'two kinds',
        { all: [], not: grade },
        'a condition has exactly one of all, any, not or fact; found all and not',
      ],
      ['junk next to any', { any: [], note: 1 }, 'unexpected key "note" next to any'],
      ['any not a list', { any: grade }, 'any takes a list of conditions'],
      [
        'too deep',
        { not: { not: grade } },
        'the condition is nested deeper than 2 levels',
        { maxDepth: 2 },
      ],
      [
        'too many nodes',
        { all: [grade, grade] },
        'a list or object of more than 2 (maxNodes); got 3',
        { maxNodes: 2 },
      ],
      [
        'too many list items',
        { fact: 'customer.grade', operator: 'in', value: ['a', 'b', 'c'] },
        'more nodes and list items than 3 (maxNodes); got 4',
        { maxNodes: 3 },
      ],
      ['junk in a leaf', { ...grade, weight: 2 }, 'unexpected key "weight" in a leaf'],
      [
        'a non-string fact',
        { fact: 3, operator: 'eq', value: 1 },
        'expected the fact name as a string',
      ],
      ['an unsafe fact', { ...grade, fact: 'constructor' }, '"constructor" cannot be a fact name'],
      ['an unknown fact', { ...grade, fact: 'nope' }, 'the fact schema has no fact "nope"'],
      [
        'an unknown operator',
        { ...grade, operator: 'like' },
        'expected an operator: eq, ne, lt, lte, gt, gte, in, between or exists',
      ],
      [
        'an ordering of strings',
        { ...grade, operator: 'lt' },
        'operator lt does not apply to a string fact',
      ],
      ['exists with a string', lines('exists', 'yes'), 'exists takes true, false or no value'],
      ['no value', lines('gte'), 'operator gte needs a value'],
      ['in without a list', lines('in', '1'), 'in takes a list of values'],
      ['between without a list', lines('between', '1'), 'between takes [low, high]'],
      [
        'between with three bounds',
        lines('between', ['1', '2', '3']),
        'between takes exactly two bounds, [low, high]',
      ],
      ['between reversed', lines('between', ['2', '1']), 'between needs low ≤ high'],
      ['a list for lt', lines('lt', ['1']), 'operator lt takes one value, not a list'],
      [
        'a null value',
        lines('lt', null),
        'null is not a value; test for a missing fact with exists: false',
      ],
      [
        'a float for a number',
        lines('lt', 0.5),
        'fact "order.lines" is number: expected a number as a decimal string or safe integer (floats, NaN and Infinity are refused)',
      ],
      [
        'a number for a string',
        { ...grade, value: 1 },
        'fact "customer.grade" is string: expected a string',
      ],
      [
        'a string for a boolean',
        { fact: 'vip', operator: 'eq', value: 'yes' },
        'fact "vip" is boolean: expected a boolean',
      ],
      [
        'a bad date',
        { fact: 'order.date', operator: 'lt', value: '2026-02-30' },
        'fact "order.date" is date: expected a calendar date as YYYY-MM-DD',
      ],
      [
        'a number for money',
        { fact: 'order.amount', operator: 'lt', value: '5' },
        'fact "order.amount" is money: expected money as { amount: "123.45", currency: "USD" }',
      ],
      [
        'one money fact in two currencies',
        {
          all: [
            { fact: 'order.amount', operator: 'gt', value: { amount: '1', currency: 'USD' } },
            { fact: 'order.amount', operator: 'lt', value: { amount: '9', currency: 'EUR' } },
          ],
        },
        'fact "order.amount" is compared in USD elsewhere in this condition; use one currency per fact',
      ],
      ['a zero limit', grade, 'maxNodes must be a positive integer', { maxNodes: 0 }],
      [
        'a fractional limit',
        grade,
        'maxDepth must be a positive integer of at most 64',
        { maxDepth: 1.5 },
      ],
    ])('%s', (_, json, detail, options = {}) => {
      expect(errorOf(json, schema, options).issues[0]?.message).toBe(detail);
    });

    it('accepts the smallest depth limit, 1', () => {
      const leaf = { fact: 'vip', operator: 'exists' };
      expect(safeParseCondition(leaf, schema, { maxDepth: 1 }).success).toBe(true);
    });

    it('an unsafe key of a node', () => {
      const error = errorOf(JSON.parse('{"all": [], "__proto__": 1}'));
      expect([error.code, error.path, error.issues[0]?.message]).toEqual([
        'UNSAFE_KEY',
        ['__proto__'],
        '"__proto__" is not allowed as a key',
      ]);
    });
  });

  describe('properties', () => {
    it('parses every generated condition, and never mutates it', () => {
      fc.assert(
        fc.property(
          factSchemaArb.chain((s) => fc.tuple(fc.constant(s), conditionArb(s))),
          ([factSchema, condition]) => {
            const before = structuredClone(condition);
            parseCondition(condition, factSchema);
            expect(condition).toEqual(before);
          },
        ),
      );
    });

    it('fails only with a CrmRulesError on arbitrary JSON', () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 4 }), (json) => {
          const result = safeParseCondition(json, schema);
          expect(result.success || result.error instanceof CrmRulesError).toBe(true);
        }),
      );
    });
  });
});

describe('parseCondition: each refusal, exactly', () => {
  const grade = { fact: 'customer.grade', operator: 'eq', value: 'key' };
  /** [code, path, detail] of the refusal. */
  const refusal = (json: unknown, options = {}, factSchema: FactSchema = schema) => {
    const error = errorOf(json, factSchema, options);
    return [error.code, error.path, error.detail];
  };
  /** A node the bounds walk does not enter (not a plain object): only parsing checks inside it. */
  const opaque = (props: Record<string, unknown>) => Object.assign(Object.create({}), props);

  it.each<[string, unknown, string, (string | number)[], string]>([
    [
      'null',
      null,
      'INVALID_RULE',
      [],
      'expected a condition object: { all }, { any }, { not } or { fact, operator, value }',
    ],
    [
      'a list',
      [grade],
      'INVALID_RULE',
      [],
      'expected a condition object: { all }, { any }, { not } or { fact, operator, value }',
    ],
    [
      'a number child',
      { all: [grade, 5] },
      'INVALID_RULE',
      ['all', 1],
      'expected a condition object: { all }, { any }, { not } or { fact, operator, value }',
    ],
    [
      'no kind',
      { any: [{}] },
      'INVALID_RULE',
      ['any', 0],
      'expected exactly one of all, any, not or fact',
    ],
    [
      'two kinds',
      { all: [], any: [] },
      'INVALID_RULE',
      ['any'],
      'a condition has exactly one of all, any, not or fact; found all and any',
    ],
    [
      'a fact that is no string',
      { fact: 5, operator: 'exists' },
      'INVALID_RULE',
      ['fact'],
      'expected the fact name as a string',
    ],
    [
      'a prototype fact name',
      { fact: 'constructor', operator: 'exists' },
      'UNSAFE_KEY',
      ['fact'],
      '"constructor" cannot be a fact name',
    ],
    [
      'an unknown fact',
      { not: { fact: 'x', operator: 'exists' } },
      'UNKNOWN_FACT',
      ['not', 'fact'],
      'the fact schema has no fact "x"',
    ],
    [
      'an unknown operator',
      { fact: 'vip', operator: 'like', value: true },
      'INVALID_RULE',
      ['operator'],
      'expected an operator: eq, ne, lt, lte, gt, gte, in, between or exists',
    ],
    [
      'an operator of another type',
      { fact: 'vip', operator: 'lt', value: true },
      'FACT_TYPE_MISMATCH',
      ['operator'],
      'operator lt does not apply to a boolean fact',
    ],
    [
      'no value',
      { fact: 'vip', operator: 'eq' },
      'INVALID_RULE',
      ['value'],
      'operator eq needs a value',
    ],
    [
      'a list for one value',
      { fact: 'vip', operator: 'ne', value: [true] },
      'INVALID_RULE',
      ['value'],
      'operator ne takes one value, not a list',
    ],
    [
      'null for a value',
      { fact: 'vip', operator: 'eq', value: null },
      'INVALID_RULE',
      ['value'],
      'null is not a value; test for a missing fact with exists: false',
    ],
    [
      'a value of another type',
      { fact: 'vip', operator: 'eq', value: 'yes' },
      'FACT_TYPE_MISMATCH',
      ['value'],
      'fact "vip" is boolean: expected a boolean',
    ],
    [
      'a bad in item',
      { fact: 'order.lines', operator: 'in', value: ['1', 'x'] },
      'FACT_TYPE_MISMATCH',
      ['value', 1],
      'fact "order.lines" is number: expected a number as a decimal string or safe integer (floats, NaN and Infinity are refused)',
    ],
    [
      'reversed bounds',
      { fact: 'order.lines', operator: 'between', value: ['5', '1'] },
      'INVALID_RULE',
      ['value'],
      'between needs low ≤ high',
    ],
  ])('%s', (_, json, code, path, detail) => {
    expect(refusal(json)).toEqual([code, path, detail]);
  });

  it('one money fact in two currencies', () => {
    const usd = { amount: '1', currency: 'USD' };
    const eur = { amount: '2', currency: 'EUR' };
    const json = { any: [{ fact: 'order.amount', operator: 'in', value: [usd, usd, eur] }] };
    expect(refusal(json)).toEqual([
      'CURRENCY_MISMATCH',
      ['any', 0, 'value', 2],
      'fact "order.amount" is compared in USD elsewhere in this condition; use one currency per fact',
    ]);
  });

  it('lists the facts read in name order', () => {
    const json = {
      all: [
        { fact: 'vip', operator: 'exists' },
        grade,
        { fact: 'order.lines', operator: 'exists' },
      ],
    };
    expect(parseCondition(json, schema).facts.map((ref) => ref.name)).toEqual([
      'customer.grade',
      'order.lines',
      'vip',
    ]);
  });

  it('maxDepth: the deepest allowed nesting passes, one level more is refused there', () => {
    const three = { all: [{ all: [grade] }] };
    expect(parseCondition(three, schema, { maxDepth: 3 }).root.kind).toBe('all');
    const error = errorOf(three, schema, { maxDepth: 2, path: ['when'] });
    expect([error.code, error.path, error.detail, error.value]).toEqual([
      'LIMIT_EXCEEDED',
      ['when', 'all', 0, 'all', 0],
      'the condition is nested deeper than 2 levels',
      3,
    ]);
  });

  it('options: maxDepth at most maxJsonDepth, maxNodes positive, path a list', () => {
    expect(parseCondition(grade, schema, { maxDepth: 64 }).root.kind).toBe('leaf');
    expect(refusal(grade, { maxDepth: 65 })).toEqual([
      'INVALID_INPUT',
      ['options', 'maxDepth'],
      'maxDepth must be a positive integer of at most 64',
    ]);
    expect(refusal(grade, { maxNodes: 0 })).toEqual([
      'INVALID_INPUT',
      ['options', 'maxNodes'],
      'maxNodes must be a positive integer',
    ]);
    expect(refusal(grade, { path: 'when' })).toEqual([
      'INVALID_INPUT',
      ['options', 'path'],
      'a path is a list of keys and indexes',
    ]);
  });

  it('a node count past the limit names the limit it breaks', () => {
    const three = { any: [grade, grade, grade] };
    expect(refusal(three, { maxNodes: 3 })[2]).toContain('(maxNodes)');
    const wide = { any: Array(CONDITION_LIMITS.maxNodes).fill(grade) };
    expect(refusal(wide)[2]).toContain('(maxConditionNodes)');
  });

  it('counts nodes and list items while parsing too, inside objects the bounds walk skips', () => {
    const three = opaque({ any: [grade, grade, grade] });
    expect(parseCondition(three, schema, { maxNodes: 4 }).root.kind).toBe('any');
    const nodes = errorOf(three, schema, { maxNodes: 3 });
    expect([nodes.code, nodes.path, nodes.detail, nodes.value]).toEqual([
      'LIMIT_EXCEEDED',
      ['any', 2],
      'the condition has more than 3 nodes and list items',
      4,
    ]);
    const listed = opaque({ fact: 'order.lines', operator: 'in', value: ['1', '2', '3'] });
    expect(parseCondition(listed, schema, { maxNodes: 4 }).root.kind).toBe('leaf');
    const items = errorOf(listed, schema, { maxNodes: 3 });
    expect([items.code, items.path, items.detail, items.value]).toEqual([
      'LIMIT_EXCEEDED',
      ['value', 2],
      'the condition has more than 3 nodes and list items',
      4,
    ]);
  });

  it('checks string lengths while parsing too, inside objects the bounds walk skips', () => {
    const most = INPUT_LIMITS.maxStringLength;
    const detail = `a string longer than ${most} characters (maxStringLength)`;
    const fits = 'x'.repeat(most);
    expect(
      parseCondition(opaque({ fact: 'customer.grade', operator: 'eq', value: fits }), schema).root
        .kind,
    ).toBe('leaf');
    const long = `${fits}x`;
    const value = errorOf(opaque({ fact: 'customer.grade', operator: 'eq', value: long }));
    expect([value.code, value.path, value.detail, value.value]).toEqual([
      'LIMIT_EXCEEDED',
      ['value'],
      detail,
      most + 1,
    ]);
    const name = errorOf(opaque({ fact: long, operator: 'exists' }), { [long]: 'string' });
    expect([name.code, name.path, name.detail, name.value]).toEqual([
      'LIMIT_EXCEEDED',
      ['fact'],
      detail,
      most + 1,
    ]);
  });
});
