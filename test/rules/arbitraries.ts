import fc from 'fast-check';
import type { Condition, FactType, FactTypes, Operator } from '../../src/rules';
import { OPERATORS_BY_TYPE } from '../../src/rules';

/** Fact names, including ones with dots and non-ASCII, but never prototype keys. */
export const factNameArb = fc.constantFrom(
  'grade',
  'customer.grade',
  'amount',
  'n',
  'signed',
  '客户等级',
  'd',
);

/** A fact schema of one to five facts of random types. */
export const factSchemaArb: fc.Arbitrary<FactTypes> = fc
  .uniqueArray(
    fc.tuple(
      factNameArb,
      fc.constantFrom<FactType>('number', 'string', 'boolean', 'date', 'money'),
    ),
    { minLength: 1, maxLength: 5, selector: ([name]) => name },
  )
  .map((entries) => Object.fromEntries(entries));

/**
 * A decimal string from a small range, so equal values (`1.5`, `1.50`) and ties are common:
 * a value in [-3, 3] with up to two decimals, sometimes with trailing zeros; now and then a
 * value with up to six decimals, so precision beyond cents is exercised.
 */
export const decimalTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: scaledTextArb(fc.integer({ min: -300, max: 300 }), 2) },
  { weight: 1, arbitrary: scaledTextArb(fc.integer({ min: -3_000_000, max: 3_000_000 }), 6) },
);

function scaledTextArb(units: fc.Arbitrary<number>, maxScale: number): fc.Arbitrary<string> {
  return fc
    .tuple(units, fc.integer({ min: 0, max: maxScale }), fc.boolean())
    .map(([n, scale, pad]) => {
      const sign = n < 0 ? '-' : '';
      const digits = String(Math.abs(n)).padStart(maxScale + 1, '0');
      const whole = String(Number(digits.slice(0, -maxScale)));
      const fraction = digits.slice(-maxScale).slice(0, scale);
      const text = scale === 0 ? whole : `${whole}.${fraction}`;
      return `${sign}${text}${pad && scale > 0 ? '0' : ''}`;
    });
}

/** A number as JSON: a decimal string, or sometimes a safe integer. */
export const numberJsonArb: fc.Arbitrary<string | number> = fc.oneof(
  { weight: 4, arbitrary: decimalTextArb },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }) },
);

/** A few calendar dates around a month end and a leap day. */
export const dateArb = fc.constantFrom(
  '2024-02-28',
  '2024-02-29',
  '2024-03-01',
  '2025-12-31',
  '2026-01-01',
);

/** Strings that collide often; includes the empty string and Chinese. */
export const stringArb = fc.constantFrom('key', 'ordinary', 'potential', 'A', 'B', 'C', '', '重点');

/** USD money as JSON. */
export const moneyJsonArb = decimalTextArb.map((amount) => ({ amount, currency: 'USD' }));

/** A JSON value fitting a fact type (money always in USD). */
export function valueArb(type: FactType): fc.Arbitrary<unknown> {
  switch (type) {
    case 'number':
      return numberJsonArb;
    case 'string':
      return stringArb;
    case 'boolean':
      return fc.boolean();
    case 'date':
      return dateArb;
    case 'money':
      return moneyJsonArb;
  }
}

/** Orders two JSON values of a type the test's own way (scaled bigints, not decimal.js). */
export function compareJson(type: FactType, a: unknown, b: unknown): number {
  if (type === 'number') return compareDecimalText(String(a), String(b));
  if (type === 'money')
    return compareDecimalText((a as { amount: string }).amount, (b as { amount: string }).amount);
  if (type === 'boolean') return a === b ? 0 : a ? 1 : -1;
  return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
}

/** Compares two decimal strings exactly with bigints. */
export function compareDecimalText(a: string, b: string): number {
  const [ai, as] = scaled(a);
  const [bi, bs] = scaled(b);
  const scale = Math.max(as, bs);
  const x = ai * 10n ** BigInt(scale - as);
  const y = bi * 10n ** BigInt(scale - bs);
  return x === y ? 0 : x < y ? -1 : 1;
}

function scaled(text: string): [bigint, number] {
  const [whole = '0', fraction = ''] = text.replace('+', '').split('.');
  return [BigInt(`${whole}${fraction}`), fraction.length];
}

/** A leaf over one fact of the schema, valid for its type. */
export function leafArb(schema: FactTypes): fc.Arbitrary<Condition> {
  const names = Object.keys(schema);
  return fc.constantFrom(...names).chain((fact) => {
    const type = schema[fact] as FactType;
    return fc.constantFrom<Operator>(...OPERATORS_BY_TYPE[type]).chain((operator) => {
      const value = valueArb(type);
      switch (operator) {
        case 'exists':
          return fc
            .option(fc.boolean(), { nil: undefined })
            .map((flag) =>
              flag === undefined ? { fact, operator } : { fact, operator, value: flag },
            ) as fc.Arbitrary<Condition>;
        case 'in':
          return fc
            .array(value, { maxLength: 4 })
            .map((list) => ({ fact, operator, value: list })) as fc.Arbitrary<Condition>;
        case 'between':
          return fc.tuple(value, value).map(([a, b]) => ({
            fact,
            operator,
            value: compareJson(type, a, b) <= 0 ? [a, b] : [b, a],
          })) as fc.Arbitrary<Condition>;
        default:
          return value.map((v) => ({ fact, operator, value: v })) as fc.Arbitrary<Condition>;
      }
    });
  });
}

/** A random condition over a schema: nested all/any/not up to a few levels, leaves at the bottom. */
export function conditionArb(schema: FactTypes, maxDepth = 4): fc.Arbitrary<Condition> {
  const { node } = fc.letrec<{ node: Condition }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      leafArb(schema),
      fc.array(tie('node'), { maxLength: 3 }).map((all) => ({ all })),
      fc.array(tie('node'), { maxLength: 3 }).map((any) => ({ any })),
      tie('node').map((not) => ({ not })),
    ),
  }));
  return node;
}

/** Facts for a schema: each fact present with a value of its type, absent, or `null`. */
export function factsArb(schema: FactTypes): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(schema).map(([name, type]) =>
    fc
      .oneof(
        { weight: 6, arbitrary: valueArb(type).map((value) => ({ value })) },
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constant({ value: null }) },
      )
      .map((slot) => [name, slot] as const),
  );
  return fc.tuple(...entries).map((slots) => {
    const facts: Record<string, unknown> = {};
    for (const [name, slot] of slots) if (slot !== undefined) facts[name] = slot.value;
    return facts;
  });
}

/** A fact schema, a condition over it and several fact sets to evaluate it on. */
export const scenarioArb = factSchemaArb.chain((schema) =>
  fc.record({
    schema: fc.constant(schema),
    condition: conditionArb(schema),
    factSets: fc.array(factsArb(schema), { minLength: 1, maxLength: 4 }),
  }),
);

/** A fact schema, two conditions over it and fact sets: for laws relating two conditions. */
export const pairScenarioArb = factSchemaArb.chain((schema) =>
  fc.record({
    schema: fc.constant(schema),
    a: conditionArb(schema, 3),
    b: conditionArb(schema, 3),
    factSets: fc.array(factsArb(schema), { minLength: 1, maxLength: 4 }),
  }),
);

const junkArb = fc.oneof(
  fc.constantFrom<unknown>('contains', 'eq', 'in', 'x', '1', '1e3', '2026-02-30', null, [], {}),
  fc.integer({ min: -2, max: 2 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.array(fc.constantFrom<unknown>('1', 'A', 2, null), { maxLength: 3 }),
);

/**
 * A valid condition JSON with, usually, one random mutation somewhere in it: a changed or
 * removed operator, fact or value, a junk key, a group that is not a list. For checking that
 * two validators agree on near misses.
 */
export const mutatedConditionArb = factSchemaArb.chain((schema) =>
  fc
    .record({
      condition: conditionArb(schema, 3),
      target: fc.nat(),
      mutation: fc.constantFrom(
        'none',
        'operator',
        'value',
        'drop-value',
        'drop-fact',
        'fact',
        'junk-key',
        'group',
      ),
      junk: junkArb,
    })
    .map(({ condition, target, mutation, junk }) => {
      const json = structuredClone(condition) as unknown;
      const nodes: Array<Record<string, unknown>> = [];
      const collect = (node: unknown): void => {
        if (typeof node !== 'object' || node === null) return;
        const n = node as Record<string, unknown>;
        nodes.push(n);
        for (const key of ['all', 'any'] as const)
          if (Array.isArray(n[key])) (n[key] as unknown[]).forEach(collect);
        if ('not' in n) collect(n.not);
      };
      collect(json);
      const node = nodes[target % nodes.length] as Record<string, unknown>;
      const isLeaf = 'fact' in node;
      if (mutation === 'operator' && isLeaf) node.operator = junk;
      if (mutation === 'value' && isLeaf) node.value = junk;
      if (mutation === 'drop-value') delete node.value;
      if (mutation === 'drop-fact') delete node.fact;
      if (mutation === 'fact' && isLeaf) node.fact = typeof junk === 'string' ? junk : 'unknown';
      if (mutation === 'junk-key') node.extra = junk;
      if (mutation === 'group' && !isLeaf) node[Object.keys(node)[0] as string] = junk;
      return { schema, json };
    }),
);
