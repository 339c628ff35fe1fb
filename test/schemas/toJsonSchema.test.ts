import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ZodMiniType } from 'zod/mini';
import { CommissionPlan } from '../../src/commission';
import { parseWith } from '../../src/errors';
import { SummaryOptions, TimeUnit, TransactionAmount } from '../../src/grading';
import { CURRENCY_CODES, DecimalString, MoneyJson } from '../../src/money';
import { FactSchema } from '../../src/rules';
import { SCHEMA_NAMES, type SchemaName, safeToJsonSchema, toJsonSchema } from '../../src/schemas';
import { SCHEMAS } from '../../src/schemas/_lib/SCHEMAS';
import { SUBPATHS } from '../_support/publicApi';
import { plan } from '../commission/fixtures';

/** Every zod schema exported from a public subpath, by export name. */
async function exportedSchemas(): Promise<Map<string, z.core.$ZodType>> {
  const out = new Map<string, z.core.$ZodType>();
  for (const [, source] of SUBPATHS) {
    const module = (await import(`../../${source}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      if (value instanceof z.core.$ZodType) {
        expect(out.get(name) ?? value, `two schemas are exported as ${name}`).toBe(value);
        out.set(name, value);
      }
  }
  return out;
}

const exported = await exportedSchemas();

describe('toJsonSchema (issue 14)', () => {
  it('knows every schema exported from a public subpath, and nothing else', () => {
    expect(exported.size).toBeGreaterThan(100);
    expect([...SCHEMA_NAMES]).toEqual([...exported.keys()].sort());
    for (const [name, schema] of exported) expect(SCHEMAS[name as SchemaName], name).toBe(schema);
  });

  it.each([...exported.keys()])('converts %s, with its name as title and a description', (name) => {
    const json = toJsonSchema(name as SchemaName);
    expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(json.title).toBe(name);
    expect(json.description).toMatch(/\S/);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('z.toJSONSchema works on the schemas themselves, as the issue tried it', () => {
    expect(() => z.toJSONSchema(CommissionPlan)).not.toThrow();
    for (const [name, schema] of exported)
      expect(() => z.toJSONSchema(schema, { io: 'input' }), name).not.toThrow();
  });

  it('writes decimal strings as strings with a pattern, in plans too', () => {
    const decimal = { type: 'string', pattern: '^[+-]?\\d+(\\.\\d+)?$' };
    expect(toJsonSchema('DecimalString')).toMatchObject(decimal);
    expect(toJsonSchema('MoneyJson')).toMatchObject({
      properties: { amount: decimal },
      required: ['amount', 'currency'],
      additionalProperties: false,
    });
    expect(JSON.stringify(toJsonSchema('CommissionPlan'))).toContain(JSON.stringify(decimal));
  });

  it('shows the JSON forms of a transaction amount only', () => {
    const forms = toJsonSchema('TransactionAmount').anyOf as Array<{ type: string }>;
    expect(forms.map((form) => form.type)).toEqual(['string', 'integer', 'object']);
  });

  it('refers to a recursive condition through $defs, by name', () => {
    const json = toJsonSchema('Condition');
    expect(json.$ref).toBe('#/$defs/Condition');
    expect(Object.keys(json.$defs ?? {}).sort()).toEqual(['Condition', 'CurrencyCode']);
    const unnamed = SCHEMA_NAMES.filter((name) =>
      JSON.stringify(toJsonSchema(name)).includes('__schema'),
    );
    expect(unnamed).toEqual([]);
  });

  it('states a date format and the ISO 4217 list that the refinements check', () => {
    expect(toJsonSchema('IsoDate')).toMatchObject({ type: 'string', format: 'date' });
    expect(toJsonSchema('CurrencyCode').enum).toEqual([...CURRENCY_CODES]);
    const plan = toJsonSchema('CommissionPlan');
    expect(plan.$defs?.CurrencyCode).toEqual({ type: 'string', enum: [...CURRENCY_CODES] });
    expect(JSON.stringify(plan)).toContain('"$ref":"#/$defs/CurrencyCode"');
  });

  it('returns a fresh object each time', () => {
    const first = toJsonSchema('MoneyJson');
    first.title = 'changed';
    expect(toJsonSchema('MoneyJson').title).toBe('MoneyJson');
  });

  it('refuses a name that is not a public schema', () => {
    for (const name of ['Nope', 'toString', '__proto__', 'constructor'])
      expect(() => toJsonSchema(name as SchemaName)).toThrowError(
        expect.objectContaining({ code: 'INVALID_INPUT', path: ['name'], value: name }),
      );
    expect(() => toJsonSchema(5 as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['name'] }),
    );
    expect(safeToJsonSchema('Nope' as SchemaName).success).toBe(false);
    expect(safeToJsonSchema('MoneyJson')).toMatchObject({
      success: true,
      data: { title: 'MoneyJson' },
    });
  });
});

describe('the representable schemas fail with the same codes as before (issue 14)', () => {
  const codeOf = (schema: z.ZodType | ZodMiniType, input: unknown) => {
    try {
      parseWith(schema, input);
      return 'parsed';
    } catch (error) {
      const { code, path, value } = error as { code: string; path: unknown; value: unknown };
      return { code, path, value };
    }
  };

  it('decimals: INVALID_AMOUNT for a JSON number or a malformed string, LIMIT_EXCEEDED past the limits', () => {
    expect(codeOf(DecimalString, 12.5)).toEqual({ code: 'INVALID_AMOUNT', path: [], value: 12.5 });
    expect(codeOf(DecimalString, '1e3')).toEqual({
      code: 'INVALID_AMOUNT',
      path: [],
      value: '1e3',
    });
    expect(codeOf(DecimalString, '9'.repeat(41))).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(codeOf(MoneyJson, { amount: 10, currency: 'USD' })).toEqual({
      code: 'INVALID_AMOUNT',
      path: ['amount'],
      value: 10,
    });
    const components = [
      {
        id: 'base',
        name: 'Base',
        calculation: { kind: 'flat', rate: { kind: 'rate', value: 0.04 } },
      },
    ];
    expect(codeOf(CommissionPlan, plan({ components } as never))).toEqual({
      code: 'INVALID_AMOUNT',
      path: ['components', 0, 'calculation', 'rate', 'value'],
      value: 0.04,
    });
  });

  it('units: UNKNOWN_UNIT; fact names: UNSAFE_KEY; transaction amounts: INVALID_AMOUNT', () => {
    expect(codeOf(TimeUnit, 'fortnights')).toEqual({
      code: 'UNKNOWN_UNIT',
      path: [],
      value: 'fortnights',
    });
    expect(codeOf(SummaryOptions, { end: '2026-01-31', unit: 'week' })).toEqual({
      code: 'UNKNOWN_UNIT',
      path: ['unit'],
      value: 'week',
    });
    expect(codeOf(FactSchema, JSON.parse('{"__proto__":"number"}'))).toMatchObject({
      code: 'UNSAFE_KEY',
    });
    expect(codeOf(TransactionAmount, 1.5)).toEqual({
      code: 'INVALID_AMOUNT',
      path: [],
      value: 1.5,
    });
    expect(codeOf(TransactionAmount, { amount: '1', currency: 'XYZ' })).toMatchObject({
      code: 'UNKNOWN_CURRENCY',
      path: ['currency'],
    });
  });
});
