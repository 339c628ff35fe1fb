import { describe, expect, it } from 'vitest';
import {
  computeStatements,
  computeStatementsAsync,
  safeComputeStatements,
} from '../../src/commission';
import { amounts, assign, flat, input, invoice, order, plan, tiers } from './fixtures';

describe('computeStatements', () => {
  it('nets credit notes against invoices with the right sign (DOMAIN §6: invoices 1,000, credit notes 200, 4 % → 32)', () => {
    const [statement] = computeStatements(
      input({
        invoices: [invoice('INV-1', 'AM-7', '2026-03-05', '1000.00')],
        creditNotes: [
          {
            id: 'CN-1',
            customerId: 'C-1',
            ownerId: 'AM-7',
            invoiceId: 'INV-1',
            date: '2026-03-20',
            currency: 'USD',
            amount: '200.00',
            reason: 'quality-claim',
          },
        ],
      }),
    );
    expect(amounts(statement)).toEqual([
      ['commission/base/invoice/INV-1/total', '40.00'],
      ['commission/base/credit-note/CN-1/total', '-8.00'],
    ]);
    expect(statement?.totals.payable).toBe('32.00');
  });

  it('pays on collection in proportion to the payment (DOMAIN §6: invoice 1,000 at 20 %, 500 paid → 100)', () => {
    const docs = {
      invoices: [invoice('INV-1', 'AM-7', '2026-02-20', '1000.00')],
      payments: [
        {
          id: 'PAY-1',
          customerId: 'C-1',
          ownerId: 'AM-7',
          date: '2026-03-10',
          currency: 'USD',
          amount: '500.00',
          allocations: [{ invoiceId: 'INV-1', amount: { amount: '500.00', currency: 'USD' } }],
        },
      ],
    };
    const collected = computeStatements(
      input({
        plans: [plan({ crediting: { base: 'collected' }, components: [flat('0.20')] })],
        ...docs,
      }),
    );
    expect(amounts(collected[0])).toEqual([
      ['commission/base/payment/PAY-1/INV-1/total', '100.00'],
    ]);
    // The same through pay-on-collection timing: 200 earned on the invoice, 100 deferred.
    const timed = computeStatements(
      input({
        plans: [plan({ components: [flat('0.20')], payout: { timing: 'on-collection' } })],
        ...docs,
        invoices: [invoice('INV-1', 'AM-7', '2026-03-01', '1000.00')],
      }),
    );
    expect(timed[0]?.totals).toMatchObject({
      earned: '200.00',
      timing: '-100.00',
      payable: '100.00',
    });
  });

  it('splits a new deal across cumulative marginal tiers (Salesforce Trailhead: 145,000 closed, 20,000 more → 1,100)', () => {
    const table = tiers('marginal', 'period-to-date', [
      ['0', '150000', '0.04'],
      ['150000', '250000', '0.06'],
      ['250000', null, '0.08'],
    ]);
    const [statement] = computeStatements(
      input({
        plans: [plan({ components: [table] })],
        invoices: [
          invoice('INV-1', 'AM-7', '2026-03-02', '145000.00'),
          invoice('INV-2', 'AM-7', '2026-03-20', '20000.00'),
        ],
      }),
    );
    expect(amounts(statement)).toEqual([
      ['commission/tiers/invoice/INV-1/total', '5800.00'],
      ['commission/tiers/invoice/INV-2/total', '1100.00'],
    ]);
    expect(statement?.lines[1]?.slices?.map((s) => [s.from, s.to, s.amount])).toEqual([
      ['145000', '150000', '5000'],
      ['150000', '165000', '15000'],
    ]);
  });

  it('pays whole and marginal tiers on the period total (Earn Base: 180K → 108K whole, 98K marginal; Salesforce Spiff: 220,000 → 9,200)', () => {
    const bounds: Array<[string, string | null, string]> = [
      ['0', '100000', '0.5'],
      ['100000', null, '0.6'],
    ];
    const [statement] = computeStatements(
      input({
        plans: [
          plan({
            components: [
              tiers('whole', 'period-to-date', bounds, 'whole'),
              tiers('marginal', 'period-to-date', bounds, 'marginal'),
            ],
          }),
        ],
        invoices: [
          invoice('INV-1', 'AM-7', '2026-03-02', '80000.00'),
          invoice('INV-2', 'AM-7', '2026-03-09', '100000.00'),
        ],
      }),
    );
    const byComponent = (id: string) =>
      statement?.lines
        .filter((l) => l.component === id)
        .reduce((sum, l) => sum + Number(l.amount), 0);
    expect([byComponent('whole'), byComponent('marginal')]).toEqual([108000, 98000]);
    const spiff = computeStatements(
      input({
        plans: [
          plan({
            components: [
              tiers('marginal', 'period-to-date', [
                ['0', '200000', '0.04'],
                ['200000', '400000', '0.06'],
                ['400000', '600000', '0.08'],
                ['600000', null, '0.10'],
              ]),
            ],
          }),
        ],
        invoices: [invoice('INV-1', 'AM-7', '2026-03-02', '220000.00')],
      }),
    );
    expect(spiff[0]?.totals.earned).toBe('9200.00');
  });

  it('divides split credit exactly and credits the owner when there is no split', () => {
    const statements = computeStatements(
      input({
        assignments: [assign('AM-7'), assign('AM-8')],
        plans: [plan({ crediting: { base: 'booked' } })],
        orders: [
          order('SO-1', 'AM-7', '2026-03-03', '1', '100.01'),
          order('SO-2', 'AM-8', '2026-03-04', '1', '50.00'),
        ],
        splits: [
          {
            orderId: 'SO-1',
            splits: [
              { payeeId: 'AM-8', percent: '50' },
              { payeeId: 'AM-7', percent: '50' },
            ],
          },
        ],
      }),
    );
    expect(
      statements.map((s) => [
        s.payeeId,
        s.lines.map((l) => [l.credit?.kind, l.original?.amount, l.amount]),
      ]),
    ).toEqual([
      ['AM-7', [['split', '50.01', '2.00']]],
      [
        'AM-8',
        [
          ['split', '50.00', '2.00'],
          ['owner', '50.00', '2.00'],
        ],
      ],
    ]);
  });

  it('rolls credit up to managers with override rates, counting toward their attainment', () => {
    const statements = computeStatements(
      input({
        plans: [
          plan({
            crediting: {
              base: 'invoiced',
              rollUp: { levels: 2, overrideRates: [{ level: 1, rate: '0.01' }] },
            },
          }),
        ],
        payees: [
          {
            id: 'AM-7',
            name: 'Wang Li',
            teamId: 'T',
            managerId: 'M-1',
            hireDate: '2024-01-01',
            payCurrency: 'USD',
          },
          {
            id: 'M-1',
            name: 'Zhao',
            teamId: 'T',
            managerId: 'VP',
            hireDate: '2020-01-01',
            payCurrency: 'USD',
          },
          { id: 'VP', name: 'Chen', teamId: 'T', hireDate: '2015-01-01', payCurrency: 'USD' },
        ],
        assignments: [
          assign('AM-7'),
          assign('M-1', { quota: { amount: '5000', currency: 'USD' } }),
          assign('VP'),
        ],
        invoices: [invoice('INV-1', 'AM-7', '2026-03-05', '10000.00')],
      }),
    );
    expect(statements.map((s) => [s.payeeId, amounts(s), s.attainment.percent])).toEqual([
      ['AM-7', [['commission/base/invoice/INV-1/total', '400.00']], null],
      ['M-1', [['override/override/invoice/INV-1/total/L1/AM-7', '100.00']], '200'],
      ['VP', [], null],
    ]);
  });

  it('books only confirmed and completed orders of the period, read from an array or a stream', () => {
    // An array's bookable orders are counted by day first and laid out as they are read; the
    // others (open, cancelled, outside the period) must be left out of that count as of the book.
    const orders = [
      order('SO-5', 'AM-7', '2026-03-20', '1', '500.00'),
      order('SO-1', 'AM-7', '2026-02-28', '1', '10000.00'),
      order('SO-2', 'AM-7', '2026-03-04', '1', '100.00', { status: 'open' }),
      order('SO-3', 'AM-7', '2026-03-04', '2', '100.00', { status: 'completed' }),
      order('SO-4', 'AM-7', '2026-03-20', '1', '100.00', { status: 'cancelled' }),
      order('SO-6', 'AM-7', '2026-04-01', '1', '10000.00'),
      order('SO-7', 'AM-7', '2026-03-01', '3', '100.00'),
    ];
    const booked = input({ plans: [plan({ crediting: { base: 'booked' } })], orders });
    function* stream() {
      yield* orders;
    }
    const [fromArray] = computeStatements(booked);
    const [fromStream] = computeStatements({ ...booked, orders: stream() });
    // In crediting order: SO-7 (1 March), SO-3 (4 March), SO-5 (20 March), at 4 %.
    expect(amounts(fromArray)).toEqual([
      ['commission/base/order/SO-7/1', '12.00'],
      ['commission/base/order/SO-3/1', '8.00'],
      ['commission/base/order/SO-5/1', '20.00'],
    ]);
    expect(fromArray?.totals.payable).toBe('40.00');
    expect(JSON.stringify(fromStream)).toBe(JSON.stringify(fromArray));
  });

  it('reads documents from async streams', async () => {
    async function* invoices() {
      yield invoice('INV-1', 'AM-7', '2026-03-05', '1000.00');
    }
    const [statement] = await computeStatementsAsync(input({ invoices: invoices() }));
    expect(statement?.totals.earned).toBe('40.00');
  });

  it('returns nothing but the error when anything is wrong', () => {
    const result = safeComputeStatements(
      input({ invoices: [invoice('INV-1', 'AM-9', '2026-03-05', '1000.00')] }),
    );
    expect(result.success).toBe(false);
    expect('data' in result).toBe(false);
  });
});

describe('a credited payee without an assignment (issue 13)', () => {
  const owned = (assignments: ReturnType<typeof assign>[], plans = [plan()]) => {
    const result = safeComputeStatements(
      input({
        plans,
        assignments,
        invoices: [invoice('INV-1', 'AM-1', '2026-03-05', '100.00')],
      }),
    );
    return result.success ? result.data : [result.error.code, result.error.path];
  };

  it('is UNKNOWN_PAYEE at the owner whether no one or somebody else is assigned', () => {
    expect(owned([])).toEqual(['UNKNOWN_PAYEE', ['invoices', 0, 'ownerId']]);
    expect(owned([assign('AM-2')])).toEqual(['UNKNOWN_PAYEE', ['invoices', 0, 'ownerId']]);
    // an assignment out of force in the period is none
    expect(owned([assign('AM-1', { effectiveTo: '2026-02-01' })])).toEqual([
      'UNKNOWN_PAYEE',
      ['invoices', 0, 'ownerId'],
    ]);
  });

  it('a document no plan in force credits is no one’s credit', () => {
    // the only plan books orders: an invoice is not a credit event under it
    expect(owned([], [plan({ crediting: { base: 'booked' } })])).toEqual([]);
  });
});
