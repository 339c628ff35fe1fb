import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ZodMiniType } from 'zod/mini';
import { plan as examplePlan } from '../../examples/commissionStatement';
import {
  policy as examplePolicy,
  transactions as exampleTransactions,
} from '../../examples/gradeCustomers';
import { closePeriod, emptyCommissionState } from '../../src/commission';
import { ENTITY_SCHEMAS } from '../../src/model';
import { safeIsoDate } from '../../src/period';
import { SCHEMA_NAMES, type SchemaName } from '../../src/schemas';
import { SCHEMAS as CATALOG } from '../../src/schemas/_lib/SCHEMAS';
import { datasetArbitrary, sampleDataset } from '../../src/testing';
import { gradePolicyArbitrary } from '../_support/gradePolicyArbitrary';
import { planArbitrary, scenarioArbitrary } from '../commission/arbitraries';
import { assign, plan as fixturePlan, flat, tiers } from '../commission/fixtures';
import { transactionsArb } from '../grading/_support';
import { conditionArb, factSchemaArb } from '../rules/arbitraries';

/**
 * The shipped JSON Schemas, checked by a real validator (ajv, draft 2020-12, strict mode): a
 * JSON document the zod schema accepts is valid for the JSON Schema. The converse does not hold —
 * the JSON Schema leaves out what it cannot say (see the last block).
 */
// `allowUnionTypes`: `type: ['string', 'null']` is how zod writes a nullable field. `format:
// 'date'` (RFC 3339 full-date) is checked as a JSON Schema validator with formats does: a real
// calendar day.
const ajv = new Ajv2020({
  strict: true,
  allowUnionTypes: true,
  allErrors: true,
  formats: { date: (text: string) => safeIsoDate(text).success },
});
const validators = new Map(
  SCHEMA_NAMES.map((name) => [
    name,
    ajv.compile(JSON.parse(readFileSync(`schemas/${name}.json`, 'utf8')) as object),
  ]),
);

/** The document as stored JSON (no `undefined`, no class instances). */
/** The catalog, typed loosely (its 143 precise types are too much for the checker here). */
const SCHEMAS: Readonly<Record<SchemaName, z.ZodType | ZodMiniType>> = CATALOG;

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function jsonSchemaAccepts(name: SchemaName, document: unknown): boolean {
  const validate = validators.get(name);
  if (validate === undefined) throw new Error(`no JSON Schema ${name}`);
  const valid = validate(document);
  if (!valid) console.error(name, JSON.stringify(validate.errors?.slice(0, 3)));
  return valid;
}

/** zod accepts the JSON document (asserted: the generators make valid ones), so ajv must. */
function roundTrips(name: SchemaName, value: unknown): void {
  const document = asJson(value);
  const parsed = SCHEMAS[name].safeParse(document);
  expect(parsed.error?.issues[0], `${name}: the generated document is not valid`).toBeUndefined();
  expect(jsonSchemaAccepts(name, document)).toBe(true);
}

const nameOf = (schema: unknown): SchemaName => {
  const name = SCHEMA_NAMES.find((candidate) => SCHEMAS[candidate] === schema);
  if (name === undefined) throw new Error('not a public schema');
  return name;
};

describe('valid for the zod schema ⇒ valid for the JSON Schema (issue 14)', () => {
  it('every shipped schema compiles in ajv strict mode', () => {
    expect(validators.size).toBe(SCHEMA_NAMES.length);
  });

  it('generated commission plans', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom({}, { monotone: true }, { wide: true }, { cash: true }, { quick: true }),
        fc.integer(),
        (options, seed) => {
          const [plan] = fc.sample(planArbitrary(options), { numRuns: 1, seed });
          roundTrips('CommissionPlan', plan);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('generated conditions and fact schemas', () => {
    fc.assert(
      fc.property(
        factSchemaArb.chain((facts) => fc.tuple(fc.constant(facts), conditionArb(facts))),
        ([facts, condition]) => {
          roundTrips('FactSchema', facts);
          roundTrips('Condition', condition);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('generated grade policies', () => {
    fc.assert(
      fc.property(gradePolicyArbitrary(), (policy) => roundTrips('GradePolicy', policy)),
      { numRuns: 60 },
    );
  });

  it('generated datasets: every entity of every collection', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(datasetArbitrary({ maxPerKind: 3 }), (dataset) => {
        for (const [kind, entities] of Object.entries(dataset))
          for (const entity of entities as unknown[])
            roundTrips(nameOf(ENTITY_SCHEMAS[kind as keyof typeof ENTITY_SCHEMAS]), entity);
      }),
      { numRuns: 15 },
    );
  });

  it('generated transactions', () => {
    fc.assert(
      fc.property(transactionsArb({ maxLength: 8 }), (transactions) => {
        for (const transaction of transactions) roundTrips('Transaction', transaction);
      }),
      { numRuns: 30 },
    );
  });

  it('the documents of generated scenarios, and the state and statements a close writes', {
    timeout: 30_000,
  }, () => {
    const scenarios = fc.sample(scenarioArbitrary({ cash: true }), { numRuns: 6, seed: 14 });
    for (const scenario of scenarios) {
      for (const plan of scenario.plans) roundTrips('CommissionPlan', plan);
      for (const assignment of scenario.assignments) roundTrips('PayeeAssignment', assignment);
      for (const [key, name] of [
        ['orders', 'Order'],
        ['invoices', 'Invoice'],
        ['payments', 'Payment'],
        ['creditNotes', 'CreditNote'],
        ['customers', 'Customer'],
        ['products', 'Product'],
        ['fxRates', 'FxRate'],
        ['splits', 'CreditSplit'],
        ['kpiScores', 'KpiScore'],
        ['adjustments', 'ManualAdjustment'],
      ] as const)
        for (const document of (scenario[key] ?? []) as Iterable<unknown>)
          roundTrips(name, document);
      const closed = closePeriod(emptyCommissionState(), scenario);
      expect(closed.statements.length).toBeGreaterThan(0);
      roundTrips('CommissionState', closed.state);
      for (const statement of closed.statements) roundTrips('Statement', statement);
    }
  });

  it('any JSON value, for every schema', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCHEMA_NAMES),
        fc.jsonValue({ maxDepth: 3 }),
        (name, value) => {
          const document = asJson(value);
          if (SCHEMAS[name].safeParse(document).success)
            expect(jsonSchemaAccepts(name, document)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('hand-written documents from the examples, docs and tests are valid for the JSON Schema', () => {
  it('plans', () => {
    roundTrips('CommissionPlan', examplePlan);
    roundTrips('CommissionPlan', fixturePlan());
    roundTrips(
      'CommissionPlan',
      fixturePlan({
        components: [
          flat('0.02'),
          tiers('marginal', 'period-to-date', [
            ['0', '10000', '0.01'],
            ['10000', null, '0.03'],
          ]),
        ],
      }),
    );
    roundTrips('PayeeAssignment', assign('AM-1'));
  });

  it('grade policies and transactions', () => {
    roundTrips('GradePolicy', examplePolicy);
    for (const transaction of exampleTransactions) roundTrips('Transaction', transaction);
    const guide = readFileSync('docs/grading.md', 'utf8');
    const block = /## 3\. Grade policies[\s\S]*?```json\n([\s\S]*?)```/.exec(guide)?.[1];
    roundTrips('GradePolicy', JSON.parse(block ?? 'null'));
  });

  it('the sample dataset', () => {
    for (const [kind, entities] of Object.entries(sampleDataset()))
      for (const entity of entities as unknown[])
        roundTrips(nameOf(ENTITY_SCHEMAS[kind as keyof typeof ENTITY_SCHEMAS]), entity);
  });
});

describe('refinements the JSON Schema states: a date format, the ISO 4217 list', () => {
  const refused: ReadonlyArray<readonly [SchemaName, string, unknown]> = [
    ['CurrencyCode', 'a code outside ISO 4217', 'XYZ'],
    ['IsoDate', 'a date that does not exist', '2026-02-30'],
    ['IsoDate', 'a date with a time', '2026-02-03T10:00:00Z'],
    ['MoneyJson', 'a money amount in an unknown currency', { amount: '1.00', currency: 'XYZ' }],
  ];

  it.each(refused)('%s: %s fails zod and the JSON Schema', (name, _, value) => {
    const document = asJson(value);
    expect(SCHEMAS[name].safeParse(document).success).toBe(false);
    expect(validators.get(name)?.(document)).toBe(false);
  });
});

describe('where the JSON Schema is looser than zod (refinements it cannot say)', () => {
  const looser: ReadonlyArray<readonly [SchemaName, string, unknown]> = [
    ['DecimalString', 'amount limits (41 significant digits)', '9'.repeat(41)],
    [
      'GradePolicy',
      "a rule's grade not among the grades",
      { effectiveFrom: '2026-01-01', rules: [{ grade: 'vip', when: { all: [] } }], default: 'key' },
    ],
    [
      'CommissionPlan',
      'tiers out of order',
      fixturePlan({
        components: [
          tiers('whole', 'line', [
            ['100', null, '0.02'],
            ['0', '100', '0.01'],
          ]),
        ],
      }),
    ],
  ];

  it.each(looser)('%s: %s passes the JSON Schema, fails zod', (name, _, value) => {
    const document = asJson(value);
    expect(SCHEMAS[name].safeParse(document).success).toBe(false);
    expect(validators.get(name)?.(document)).toBe(true);
  });
});
