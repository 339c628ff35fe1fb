import { describe, expect, it } from 'vitest';
import {
  type CommissionInput,
  type ComputeOptions,
  safeComputeStatements,
} from '../../src/commission';
import { assign, input, invoice, order, plan, tiers } from './fixtures';

function failure(run: CommissionInput, options: ComputeOptions = {}) {
  const result = safeComputeStatements(run, options);
  expect(result.success).toBe(false);
  if (result.success) throw new Error('expected a failure');
  expect(Object.keys(result)).toEqual(['success', 'error']);
  return { code: result.error.code, path: result.error.path, value: result.error.value };
}

describe('bad input: one coded error with the path, nothing partial', () => {
  it('overlapping or gapped tiers → INVALID_TIERS at the tier', () => {
    const overlap = tiers('marginal', 'period-to-date', [
      ['0', '100', '0.1'],
      ['90', null, '0.2'],
    ]);
    const gap = tiers('marginal', 'period-to-date', [
      ['0', '100', '0.1'],
      ['120', null, '0.2'],
    ]);
    expect(failure(input({ plans: [plan({ components: [overlap] })] }))).toEqual({
      code: 'INVALID_TIERS',
      path: ['plans', 0, 'components', 0, 'calculation', 'tiers', 1, 'from'],
      value: '90',
    });
    expect(failure(input({ plans: [plan({ components: [gap] })] })).path).toEqual([
      'plans',
      0,
      'components',
      0,
      'calculation',
      'tiers',
      1,
      'from',
    ]);
  });

  it('splits that do not add up to 100 % → SPLIT_NOT_100 at the split', () => {
    expect(
      failure(
        input({
          splits: [
            {
              orderId: 'SO-1',
              splits: [
                { payeeId: 'AM-7', percent: '60' },
                { payeeId: 'AM-8', percent: '30' },
              ],
            },
          ],
        }),
      ),
    ).toEqual({ code: 'SPLIT_NOT_100', path: ['splits', 0, 'splits'], value: '90' });
    const trusted = safeComputeStatements(
      input({
        splits: [
          {
            orderId: 'SO-1',
            splits: [
              { payeeId: 'A', percent: '33.33' },
              { payeeId: 'B', percent: '66.66' },
            ],
          },
        ],
      }),
      { documents: 'trusted' },
    );
    expect(
      trusted.success ? null : [trusted.error.code, trusted.error.path, trusted.error.value],
    ).toEqual(['SPLIT_NOT_100', ['splits', 0, 'splits'], '99.99']);
  });

  it('a line split naming a line its order does not have → INVALID_INPUT at the split, the earliest split first, in every mode', () => {
    const half = (lineId: string) => ({
      orderId: 'SO-1',
      lineId,
      splits: [
        { payeeId: 'AM-7', percent: '50' },
        { payeeId: 'AM-8', percent: '50' },
      ],
    });
    const run = input({
      plans: [plan({ crediting: { base: 'booked' } })],
      assignments: [assign('AM-7'), assign('AM-8')],
      orders: [order('SO-1', 'AM-7', '2026-03-05', '2', '50.00')],
      splits: [half('1'), half('3'), half('2')],
    });
    const expected = { code: 'INVALID_INPUT', path: ['splits', 1, 'lineId'], value: '3' };
    expect(failure(run)).toEqual(expected);
    expect(failure(run, { arithmetic: 'decimal' })).toEqual(expected);
    expect(failure(run, { documents: 'trusted' })).toEqual(expected);
    // Not only for booked orders: an invoiced plan reads the order's lines too.
    expect(
      failure({
        ...run,
        plans: [plan()],
        orders: [{ ...order('SO-1', 'AM-7', '2026-03-05', '2', '50.00'), status: 'open' as const }],
      }),
    ).toEqual(expected);
  });

  it('a credited payee without an assignment → UNKNOWN_PAYEE at the owner or the split', () => {
    expect(
      failure(input({ invoices: [invoice('INV-1', 'AM-9', '2026-03-05', '1000.00')] })),
    ).toEqual({
      code: 'UNKNOWN_PAYEE',
      path: ['invoices', 0, 'ownerId'],
      value: 'AM-9',
    });
    expect(
      failure(
        input({
          plans: [plan({ crediting: { base: 'booked' } })],
          orders: [order('SO-1', 'AM-7', '2026-03-05', '1', '10')],
          splits: [
            {
              orderId: 'SO-1',
              splits: [
                { payeeId: 'AM-7', percent: '50' },
                { payeeId: 'AM-8', percent: '50' },
              ],
            },
          ],
        }),
      ),
    ).toEqual({
      code: 'UNKNOWN_PAYEE',
      path: ['splits', 0, 'splits', 1, 'payeeId'],
      value: 'AM-8',
    });
  });

  it('of several crediting errors, the first in input order is reported, whatever the dates', () => {
    // The engine credits in date order (SO-2 first), yet reports SO-1's owner, as a reader of the
    // input meets it: in both arithmetics, with documents parsed or trusted.
    const run = input({
      plans: [plan({ crediting: { base: 'booked' } })],
      orders: [
        order('SO-1', 'AM-8', '2026-03-20', '1', '10'),
        order('SO-2', 'AM-9', '2026-03-05', '1', '10'),
      ],
    });
    const expected = { code: 'UNKNOWN_PAYEE', path: ['orders', 0, 'ownerId'], value: 'AM-8' };
    expect(failure(run)).toEqual(expected);
    for (const options of [{ arithmetic: 'decimal' as const }, { documents: 'trusted' as const }]) {
      expect(failure(run, options)).toEqual(expected);
    }
  });

  it('a missing FX rate → MISSING_FX_RATE at the document currency', () => {
    expect(
      failure(
        input({
          invoices: [invoice('INV-1', 'AM-7', '2026-03-05', '1000.00', { currency: 'CNY' })],
        }),
      ),
    ).toEqual({
      code: 'MISSING_FX_RATE',
      path: ['invoices', 0, 'currency'],
      value: { base: 'CNY', quote: 'USD', date: '2026-03-05' },
    });
  });

  it('currency mismatches → CURRENCY_MISMATCH at the amount', () => {
    expect(
      failure(
        input({ assignments: [assign('AM-7', { quota: { amount: '1000', currency: 'EUR' } })] }),
      ),
    ).toEqual({
      code: 'CURRENCY_MISMATCH',
      path: ['assignments', 0, 'quota', 'currency'],
      value: 'EUR',
    });
    expect(
      failure(
        input({
          adjustments: [
            {
              id: 'ADJ-1',
              payeeId: 'AM-7',
              period: '2026-03',
              amount: { amount: '10', currency: 'CNY' },
              reason: 'bonus',
            },
          ],
        }),
      ),
    ).toEqual({
      code: 'CURRENCY_MISMATCH',
      path: ['adjustments', 0, 'amount', 'currency'],
      value: 'CNY',
    });
    const fixed = plan({
      components: [
        {
          id: 'c',
          name: 'c',
          calculation: {
            kind: 'flat',
            rate: { kind: 'fixed-per-line', amount: { amount: '5', currency: 'CNY' } },
          },
        },
      ],
    });
    expect(failure(input({ plans: [fixed] })).path).toEqual([
      'plans',
      0,
      'components',
      0,
      'calculation',
      'rate',
      'amount',
      'currency',
    ]);
  });

  it('a negative quantity outside a return line → NEGATIVE_QUANTITY at the quantity, whether parsed or trusted', () => {
    const bad = input({
      plans: [plan({ crediting: { base: 'booked' } })],
      orders: [
        order('SO-1', 'AM-7', '2026-03-05', '-2', '10'),
        order('SO-2', 'AM-7', '2026-03-05', '1', '10'),
      ],
    });
    const expected = {
      code: 'NEGATIVE_QUANTITY',
      path: ['orders', 0, 'lines', 0, 'quantity'],
      value: '-2',
    };
    expect(failure(bad)).toEqual(expected);
    expect(failure(bad, { documents: 'trusted' })).toEqual(expected);
  });

  it('no rate-table match when the plan says so → NO_RATE_MATCH at the line', () => {
    const table = plan({
      crediting: { base: 'booked' },
      components: [
        {
          id: 'c',
          name: 'c',
          calculation: {
            kind: 'rate-table',
            noMatch: { kind: 'error' },
            rows: [
              {
                id: 'valves',
                when: { fact: 'product.category', operator: 'eq', value: 'VALVES' },
                rate: { kind: 'rate', value: '0.05' },
              },
            ],
          },
        },
      ],
    });
    expect(
      failure(input({ plans: [table], orders: [order('SO-1', 'AM-7', '2026-03-05', '1', '10')] })),
    ).toEqual({
      code: 'NO_RATE_MATCH',
      path: ['orders', 0, 'lines', 0],
      value: { 'product.category': 'PUMPS' },
    });
  });

  it('conditions on unknown facts, bad periods and malformed documents fail with their path', () => {
    const unknown = plan({
      components: [
        {
          ...tiers('marginal', 'line', [['0', null, '0.1']]),
          eligibility: { fact: 'customer.vip', operator: 'eq', value: true },
        },
      ],
    });
    expect(failure(input({ plans: [unknown] }))).toMatchObject({
      code: 'UNKNOWN_FACT',
      path: ['plans', 0, 'components', 0, 'eligibility', 'fact'],
    });
    expect(failure(input({ period: '2026-Q1' }))).toMatchObject({
      code: 'INVALID_PERIOD',
      path: ['plans', 0, 'periodGrain'],
    });
    expect(
      failure(
        input({
          invoices: [
            {
              ...invoice('INV-1', 'AM-7', '2026-03-05', '1000.00'),
              total: 1000 as unknown as string,
            },
          ],
        }),
      ),
    ).toMatchObject({
      code: 'INVALID_AMOUNT',
      path: ['invoices', 0, 'total'],
    });
  });
});
