import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as root from '../../src';
import * as commission from '../../src/commission';
import * as grading from '../../src/grading';
import * as kpi from '../../src/kpi';
import * as model from '../../src/model';
import * as money from '../../src/money';
import * as period from '../../src/period';
import * as risk from '../../src/risk';
import * as rules from '../../src/rules';
import { sampleDataset } from '../../src/testing';
import { planArbitrary, scenarioArbitrary } from '../commission/arbitraries';

/**
 * Objects documented as open, as `schema name → JSON pointer` of the object in the schema's JSON
 * Schema: they keep (not drop, not refuse) keys they do not name.
 * - `FxQuoteJson`: a stored FX quote carries what the lookup found (date, range, source, legs),
 *   which varies by method; the engine reads only the named fields and keeps the rest as it is
 *   (so the `fx` and `payFx` quotes of statement lines are open too).
 * - `TransactionAmount` as money JSON: read for `amount` and `currency` only, like a `Money`
 *   (`amountProblem`, and `ledgerOf` on the fast path); this was hidden from this test while the
 *   schema was a `z.custom`, and is kept as it was when it became representable (issue 14).
 */
const OPEN: ReadonlySet<string> = new Set([
  'FxQuoteJson:',
  'TransactionAmount:/anyOf/3',
  'Transaction:/properties/amount/anyOf/3',
  'Statement:/properties/lines/items/properties/fx/anyOf/0',
  'Statement:/properties/lines/items/properties/payFx/anyOf/0',
  'StatementLine:/properties/fx/anyOf/0',
  'StatementLine:/properties/payFx/anyOf/0',
]);

const MODULES = { root, commission, grading, kpi, model, money, period, risk, rules };

/** Every zod schema exported by the public modules, by export name (deduplicated). */
function schemas(): Map<string, z.core.$ZodType> {
  const out = new Map<string, z.core.$ZodType>();
  for (const exports of Object.values(MODULES))
    for (const [name, value] of Object.entries(exports))
      if (value instanceof z.core.$ZodType && !out.has(name)) out.set(name, value);
  return out;
}

type Json = { [key: string]: unknown };

/** The JSON pointers of the object nodes that do not refuse unknown keys (records excluded). */
function openObjects(node: unknown, pointer: string, out: string[]): string[] {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i += 1) openObjects(node[i], `${pointer}/${i}`, out);
    return out;
  }
  if (typeof node !== 'object' || node === null) return out;
  const schema = node as Json;
  if (typeof schema.properties === 'object' && schema.additionalProperties !== false)
    out.push(pointer);
  for (const [key, value] of Object.entries(schema)) openObjects(value, `${pointer}/${key}`, out);
  return out;
}

describe('every object of every exported schema refuses unknown keys (issue 13)', () => {
  const all = schemas();

  it('finds the schemas', () => {
    for (const name of ['CommissionPlan', 'Order', 'Invoice', 'MoneyJson', 'FiscalCalendar'])
      expect(all.has(name), name).toBe(true);
    expect(all.size).toBeGreaterThan(60);
  });

  it('no object is open but the documented ones', () => {
    const open: string[] = [];
    for (const [name, schema] of all) {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref' });
      for (const pointer of openObjects(json, '', []))
        if (!OPEN.has(`${name}:${pointer}`)) open.push(`${name}:${pointer}`);
    }
    expect(open).toEqual([]);
  });
});

/** Paths of every plain object in a JSON value (the root is `[]`). */
function objectPaths(
  value: unknown,
  path: Array<string | number> = [],
): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectPaths(item, [...path, i]));
  if (typeof value !== 'object' || value === null) return [];
  return [
    path,
    ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...path, key])),
  ];
}

/** A deep copy of `value` with `extraKey: 1` added to the object at `path`. */
function withExtraKey(value: unknown, path: ReadonlyArray<string | number>): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const step of path) node = node[step] as Record<string | number, unknown>;
  node.extraKey = 1;
  return copy;
}

/** For each object of a valid sample: the path of the error an extra key there gives. */
function refusals(schema: z.ZodType, sample: unknown): Array<[string, unknown]> {
  expect(schema.safeParse(sample).success).toBe(true);
  return objectPaths(sample).map((path) => {
    const result = root.safeParseWith(schema, withExtraKey(sample, path));
    return [
      path.join('.'),
      result.success ? 'accepted' : [result.error.code, result.error.path.join('.')],
    ];
  });
}

function refusedEverywhere(schema: z.ZodType, sample: unknown): void {
  for (const [at, outcome] of refusals(schema, sample))
    expect(outcome, at).toEqual(['INVALID_INPUT', at === '' ? 'extraKey' : `${at}.extraKey`]);
}

describe('an extra key at any level of a valid sample is refused, at the key (issue 13)', () => {
  it('every entity of the sample dataset', () => {
    const dataset = sampleDataset() as Record<string, unknown[]>;
    for (const [kind, entities] of Object.entries(dataset))
      for (const entity of entities.slice(0, 3))
        refusedEverywhere(model.ENTITY_SCHEMAS[kind as model.EntityKind], entity);
  });

  it('generated commission plans, a carried state and its statements', () => {
    for (const plan of fc.sample(planArbitrary({ cash: true }), { numRuns: 4, seed: 13 }))
      refusedEverywhere(commission.CommissionPlan, plan);
    const [scenario] = fc.sample(scenarioArbitrary({ cash: true }), { numRuns: 1, seed: 13 });
    const closed = commission.closePeriod(commission.emptyCommissionState(), scenario as never);
    refusedEverywhere(commission.CommissionState, closed.state);
    for (const statement of closed.statements.slice(0, 1)) {
      // a line's FX quotes are the documented open objects
      const open = refusals(commission.Statement, statement).filter(
        ([, outcome]) => outcome === 'accepted',
      );
      expect(
        open.every(([at]) => /^lines\.\d+\.(fx|payFx)$/.test(at)),
        String(open),
      ).toBe(true);
    }
  });
});
