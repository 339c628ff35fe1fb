import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CommissionInput,
  computeStatements,
  matchRate,
  type Statement,
  safeComputeStatements,
  safeMatchRate,
} from '../../src/commission';
import { INPUT_LIMITS } from '../../src/errors';
import { scenarioArbitrary } from './arbitraries';
import { input, order, plan } from './fixtures';

// Odoo's demo category tree (product module, product_demo / product_data: "All", "All / Saleable",
// "All / Saleable / Office Furniture"). Odoo's pricelist reads a product's category and every
// parent of it (product_pricelist `_compute_price_rule`: `while categ: categ_ids[categ.id] …
// categ = categ.parent_id`), and OCA commission's product criteria are "sorted according to the
// same logic of sale pricelist" (OCA/commission, sale_commission_product_criteria/readme/USAGE.rst).
const ODOO = [
  { id: 'ALL', name: 'All' },
  { id: 'SALEABLE', name: 'Saleable', parentId: 'ALL' },
  { id: 'OFFICE', name: 'Office Furniture', parentId: 'SALEABLE' },
  { id: 'CHAIRS', name: 'Chairs', parentId: 'OFFICE' },
];

const row = (id: string, category: string, rate: string) => ({
  id,
  when: { fact: 'product.category', operator: 'eq', value: category },
  rate: { kind: 'rate', value: rate },
});

const table = {
  kind: 'rate-table' as const,
  noMatch: { kind: 'rate' as const, rate: { kind: 'rate' as const, value: '0.01' }, reason: 'x' },
  rows: [row('all', 'ALL', '0.10'), row('saleable', 'SALEABLE', '0.05')],
};

const rated = (category: string, categories: unknown = ODOO) =>
  matchRate(
    table as never,
    { 'product.category': category },
    {
      currency: 'USD',
      categories: categories as never,
    },
  ).row;

describe('category trees in rate tables', () => {
  it('a chair (All / Saleable / Office Furniture / Chairs) takes the nearest rated ancestor', () => {
    expect(rated('CHAIRS')).toBe('saleable');
    expect(rated('OFFICE')).toBe('saleable');
    expect(rated('SALEABLE')).toBe('saleable');
    expect(rated('ALL')).toBe('all');
  });

  it('without the tree a category matches only itself (as before)', () => {
    expect(
      matchRate(table as never, { 'product.category': 'CHAIRS' }, { currency: 'USD' }).row,
    ).toBeNull();
    expect(rated('UNLISTED')).toBeNull();
  });

  it('more facts pinned still win first, and a deeper product level beats any category', () => {
    const rows = [
      row('saleable', 'SALEABLE', '0.05'),
      {
        id: 'all-key',
        when: {
          all: [
            { fact: 'product.category', operator: 'eq', value: 'ALL' },
            { fact: 'customer.grade', operator: 'eq', value: 'key' },
          ],
        },
        rate: { kind: 'rate', value: '0.20' },
      },
      {
        id: 'desk',
        when: { fact: 'product.template', operator: 'eq', value: 'DESK' },
        rate: { kind: 'rate', value: '0.15' },
      },
    ];
    const at = (facts: Record<string, unknown>) =>
      matchRate({ ...table, rows } as never, facts, { currency: 'USD', categories: ODOO }).row;
    expect(at({ 'product.category': 'CHAIRS', 'customer.grade': 'key' })).toBe('all-key');
    expect(at({ 'product.category': 'CHAIRS', 'customer.grade': 'new' })).toBe('saleable');
    expect(at({ 'product.category': 'CHAIRS', 'product.template': 'DESK' })).toBe('desk');
  });

  it('a run rates by the tree on both engines', () => {
    const run = (categories?: unknown): CommissionInput =>
      input({
        plans: [
          plan({
            crediting: { base: 'booked' },
            components: [{ id: 'base', name: 'Base', calculation: table as never }],
          }),
        ],
        orders: [
          order('SO-1', 'AM-7', '2026-03-02', '10', '100', {
            lines: [
              {
                lineId: '1',
                productId: 'P-1',
                categoryId: 'CHAIRS',
                quantity: '10',
                unitPrice: '100',
              },
            ],
          }),
        ],
        ...(categories === undefined ? {} : { categories: categories as never }),
      });
    const both = (r: CommissionInput): Statement[] => {
      const auto = computeStatements(r);
      expect(computeStatements(r, { arithmetic: 'decimal' })).toEqual(auto);
      return auto;
    };
    expect(both(run(ODOO))[0]?.lines[0]?.amount).toBe('50.00');
    expect(both(run())[0]?.lines[0]?.amount).toBe('10.00');
  });

  it('refuses a loop, an unknown parent, a repeated id and a tree too deep, with paths', () => {
    const error = (categories: unknown) => {
      const result = safeMatchRate(
        table as never,
        { 'product.category': 'A' },
        {
          currency: 'USD',
          categories: categories as never,
        },
      );
      return result.success ? null : [result.error.code, result.error.path];
    };
    expect(
      error([
        { id: 'A', name: 'A', parentId: 'B' },
        { id: 'B', name: 'B', parentId: 'A' },
      ]),
    ).toEqual(['INVALID_INPUT', ['categories', 1, 'parentId']]);
    expect(error([{ id: 'A', name: 'A', parentId: 'GONE' }])).toEqual([
      'INVALID_INPUT',
      ['categories', 0, 'parentId'],
    ]);
    expect(
      error([
        { id: 'A', name: 'A' },
        { id: 'A', name: 'A again' },
      ]),
    ).toEqual(['INVALID_INPUT', ['categories', 1, 'id']]);
    const deep = Array.from({ length: INPUT_LIMITS.maxCategoryDepth + 1 }, (_, i) => ({
      id: `C${i}`,
      name: `C${i}`,
      ...(i === 0 ? {} : { parentId: `C${i - 1}` }),
    }));
    expect(error(deep)).toEqual(['LIMIT_EXCEEDED', ['categories', INPUT_LIMITS.maxCategoryDepth]]);
    expect(error(deep.slice(0, INPUT_LIMITS.maxCategoryDepth))).toBeNull();
    const run = safeComputeStatements(
      input({ categories: [{ id: 'A', name: 'A', parentId: 'GONE' }] as never }),
    );
    expect(run.success ? null : [run.error.code, run.error.path]).toEqual([
      'INVALID_INPUT',
      ['categories', 0, 'parentId'],
    ]);
  });
});

describe('properties', () => {
  it('on a chain of categories, the line takes the rate of its nearest rated ancestor', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 7 }),
        (depth, ratedLevels, lineLevel) => {
          const chain = Array.from({ length: depth }, (_, i) => ({
            id: `L${i}`,
            name: `Level ${i}`,
            ...(i === 0 ? {} : { parentId: `L${i - 1}` }),
          }));
          const levels = ratedLevels.filter((l) => l < depth);
          const rows = levels.map((l) => row(`r${l}`, `L${l}`, `0.0${l + 1}`));
          const at = Math.min(lineLevel, depth - 1);
          const got = matchRate(
            { ...table, rows } as never,
            { 'product.category': `L${at}` },
            {
              currency: 'USD',
              categories: chain,
            },
          ).row;
          const nearest = Math.max(-1, ...levels.filter((l) => l <= at));
          expect(got).toBe(nearest < 0 ? null : `r${nearest}`);
        },
      ),
    );
  });

  it('on generated scenarios with a category tree, the column engine equals the decimal.js reference', {
    timeout: 60_000,
  }, () => {
    // Seals and valves below pumps, pumps below a root no row names: rows on PUMPS rate them all.
    const categories = [
      { id: 'ROOT', name: 'All' },
      { id: 'PUMPS', name: 'Pumps', parentId: 'ROOT' },
      { id: 'SEALS', name: 'Seals', parentId: 'PUMPS' },
      { id: 'VALVES', name: 'Valves', parentId: 'SEALS' },
    ];
    fc.assert(
      fc.property(scenarioArbitrary({ cash: true }), (base) => {
        const scenario: CommissionInput = { ...base, categories };
        const auto = safeComputeStatements(scenario);
        const reference = safeComputeStatements(scenario, { arithmetic: 'decimal' });
        expect(JSON.stringify(reference)).toBe(JSON.stringify(auto));
      }),
      { numRuns: 15 },
    );
  });
});
