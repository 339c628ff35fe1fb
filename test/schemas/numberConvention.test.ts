import { describe, expect, it } from 'vitest';
import { FX_RATE_NOTE, PERCENT_NOTE, RATE_NOTE } from '../../src/_lib/numberNotes';
import { Rate } from '../../src/commission';
import { FxExposurePolicy, PricingPolicy } from '../../src/risk';
import { type JsonSchema, SCHEMA_NAMES, toJsonSchema } from '../../src/schemas';

/**
 * The one number convention of the public schemas (issue 18): a field named `percent` or
 * `…Percent` holds a percentage (`"5"` is 5 %), a field named `rate` or `…Rate` a fraction
 * (`"0.05"` is 5 %) — or, for an exchange rate, the quote per unit of the base. Each such field
 * says so in its JSON Schema `description`, and no other field does; a rate is never of
 * `kind: 'percent'`.
 */

type Node = JsonSchema | boolean;

/** A field found in a public schema: its name, where, what it is and what it says it holds. */
interface Field {
  readonly at: string;
  readonly name: string;
  readonly numeric: boolean;
  readonly notes: readonly string[];
}

const DECIMAL = /\\d\+\(\\\.\\d\+\)\?/;

/** The branches a field's value can take (a nullable or optional value, an array's items). */
function branches(node: Node): JsonSchema[] {
  if (typeof node !== 'object' || node === null) return [];
  const out: JsonSchema[] = [node];
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])])
    out.push(...branches(branch));
  if (node.type === 'array' && node.items !== undefined && !Array.isArray(node.items))
    out.push(...branches(node.items as Node));
  return out;
}

function isNumeric(node: JsonSchema): boolean {
  if (node.type === 'number' || node.type === 'integer') return true;
  return node.type === 'string' && typeof node.pattern === 'string' && DECIMAL.test(node.pattern);
}

/** Every property of every object in `node`, depth first. */
function fields(node: Node, at: string, out: Field[]): Field[] {
  if (typeof node !== 'object' || node === null) return out;
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    const taken = branches(value);
    out.push({
      at: `${at}.${name}`,
      name,
      numeric: taken.some(isNumeric),
      notes: taken.flatMap((branch) =>
        branch.description === undefined ? [] : [branch.description],
      ),
    });
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties')
      for (const [name, child] of Object.entries(value as Record<string, Node>))
        fields(child, `${at}.${name}`, out);
    else if (Array.isArray(value)) for (const child of value) fields(child as Node, at, out);
    else if (typeof value === 'object' && value !== null && key !== 'not')
      for (const child of key === '$defs' ? Object.values(value) : [value])
        fields(child as Node, `${at}.${key}`, out);
  }
  return out;
}

/** Every `kind` a variant object anywhere in `node` pins. */
function kinds(node: unknown, out: string[] = []): string[] {
  if (typeof node !== 'object' || node === null) return out;
  if (Array.isArray(node)) {
    for (const child of node) kinds(child, out);
    return out;
  }
  const kind = (node as JsonSchema).properties?.kind;
  if (typeof kind === 'object') {
    if (typeof kind.const === 'string') out.push(kind.const);
    for (const value of kind.enum ?? []) if (typeof value === 'string') out.push(value);
  }
  for (const child of Object.values(node)) kinds(child, out);
  return out;
}

const ALL: Field[] = SCHEMA_NAMES.flatMap((name) => fields(toJsonSchema(name), name, []));
const isPercentName = (name: string): boolean => /(^percent|Percent)$/.test(name);
const isRateName = (name: string): boolean => /(^rate|Rate)$/.test(name);

describe('the number convention of the public schemas (issue 18)', () => {
  it('finds the percentages and rates it checks', () => {
    const names = new Set(
      ALL.filter((f) => isPercentName(f.name) || isRateName(f.name)).map((f) => f.name),
    );
    expect([...names].sort()).toEqual([
      'blockAtPercent',
      'capPercent',
      'discountRate',
      'downToPercent',
      'floorPercent',
      'freePercent',
      'holdbackPercent',
      'managerShareWarnPercent',
      'maxRecoveryPercent',
      'payoutPercent',
      'percent',
      'rate',
      'shocksPercent',
      'topShareWarnPercent',
      'upToPercent',
      'valuePercent',
      'warnAtPercent',
    ]);
  });

  it('a numeric field named percent or …Percent says it holds a percentage', () => {
    const wrong = ALL.filter((f) => isPercentName(f.name) && f.numeric)
      .filter((f) => f.notes.length === 0 || f.notes.some((note) => note !== PERCENT_NOTE))
      .map((f) => f.at);
    expect(wrong).toEqual([]);
  });

  it('a numeric field named rate or …Rate says it holds a fraction (or an exchange rate)', () => {
    const wrong = ALL.filter((f) => isRateName(f.name) && f.numeric)
      .filter(
        (f) =>
          f.notes.length === 0 ||
          f.notes.some((note) => note !== RATE_NOTE && note !== FX_RATE_NOTE),
      )
      .map((f) => f.at);
    expect(wrong).toEqual([]);
  });

  it('no other field claims to hold a percentage or a rate, except the value of a rate', () => {
    const wrong = ALL.filter((f) => !isPercentName(f.name) && !isRateName(f.name))
      .filter((f) => f.notes.some((note) => [PERCENT_NOTE, RATE_NOTE, FX_RATE_NOTE].includes(note)))
      .map((f) => f.at)
      .filter((at) => !/\.anyOf\.\d*\.?value$|\.value$/.test(at));
    expect(wrong).toEqual([]);
  });

  it('a rate that holds a fraction is of kind "rate", and its value says so', () => {
    const every = SCHEMA_NAMES.flatMap((name) => kinds(toJsonSchema(name)));
    expect(every).not.toContain('percent');
    const variant = branches(toJsonSchema('Rate')).find(
      (branch) => (branch.properties?.kind as JsonSchema | undefined)?.const === 'rate',
    );
    expect((variant?.properties?.value as JsonSchema | undefined)?.description).toBe(RATE_NOTE);
  });

  it('the rename is not a shim: kind "percent" is refused', () => {
    expect(Rate.safeParse({ kind: 'rate', value: '0.04' }).success).toBe(true);
    expect(Rate.safeParse({ kind: 'percent', value: '0.04' }).success).toBe(false);
  });

  it('what the descriptions say is what the validators bound', () => {
    // A percentage is bounded in percent: 100 is accepted where a fraction's bound would refuse it.
    const policy = { effectiveFrom: '2026-01-01', discount: { freePercent: '100' } };
    expect(PricingPolicy.safeParse(policy).success).toBe(true);
    expect(
      FxExposurePolicy.safeParse({ effectiveFrom: '2026-01-01', shocksPercent: ['-50', '100'] })
        .success,
    ).toBe(true);
    expect(
      FxExposurePolicy.safeParse({ effectiveFrom: '2026-01-01', shocksPercent: ['101'] }).success,
    ).toBe(false);
  });
});
