import { describe, expect, it } from 'vitest';
import { type CommissionInput, computeStatements, type Statement } from '../../src/commission';
import { CreditSplit } from '../../src/commission/model/CreditSplit';
import { assign, input, invoice, order, plan } from './fixtures';

/** Both engines' statements, checked equal. */
function both(run: CommissionInput): Statement[] {
  const auto = computeStatements(run);
  expect(computeStatements(run, { arithmetic: 'decimal' })).toEqual(auto);
  return auto;
}

const owed = (statements: Statement[]) =>
  statements.map((s) => [s.payeeId, s.totals.payable, s.lines[0]?.credit?.kind]);

// OCA commission lets agents be changed on an invoice line independently of its sale order
// ("For adding commissions on invoices: … Follow the same steps as in sales orders",
// OCA/commission, sale_commission/readme/USAGE.rst): a split keyed by the invoice.
describe('splits keyed by invoice', () => {
  const run = (base: 'booked' | 'invoiced', splits: unknown[]): CommissionInput =>
    input({
      plans: [plan({ crediting: { base } })],
      assignments: [assign('A'), assign('B'), assign('C')],
      orders: [order('SO-1', 'A', '2026-03-02', '10', '100')],
      invoices: [invoice('INV-1', 'A', '2026-03-10', '1000', { orderId: 'SO-1' })],
      splits: splits as NonNullable<CommissionInput['splits']>,
    });
  const splits = [
    {
      orderId: 'SO-1',
      splits: [
        { payeeId: 'A', percent: '50' },
        { payeeId: 'B', percent: '50' },
      ],
    },
    {
      invoiceId: 'INV-1',
      splits: [
        { payeeId: 'A', percent: '25' },
        { payeeId: 'C', percent: '75' },
      ],
    },
  ];

  it("the invoice's split takes precedence over its order's for the invoice's credit", () => {
    expect(owed(both(run('invoiced', splits)))).toEqual([
      ['A', '10.00', 'split'],
      ['B', '0.00', undefined],
      ['C', '30.00', 'split'],
    ]);
  });

  it("bookings keep the order's split", () => {
    expect(owed(both(run('booked', splits)))).toEqual([
      ['A', '20.00', 'split'],
      ['B', '20.00', 'split'],
      ['C', '0.00', undefined],
    ]);
  });

  it('an invoice split may give full credit', () => {
    const full = [
      {
        ...splits[1],
        mode: 'full',
        splits: [
          { payeeId: 'A', percent: '100' },
          { payeeId: 'C', percent: '100' },
        ],
      },
    ];
    expect(owed(both(run('invoiced', full)))).toEqual([
      ['A', '40.00', 'full'],
      ['B', '0.00', undefined],
      ['C', '40.00', 'full'],
    ]);
  });

  it('is keyed by exactly one of orderId and invoiceId, and covers the whole invoice', () => {
    const shares = [{ payeeId: 'A', percent: '100' }];
    expect(CreditSplit.safeParse({ splits: shares }).error?.issues[0]?.path).toEqual(['orderId']);
    expect(
      CreditSplit.safeParse({ orderId: 'SO-1', invoiceId: 'INV-1', splits: shares }).error
        ?.issues[0]?.path,
    ).toEqual(['invoiceId']);
    expect(
      CreditSplit.safeParse({ invoiceId: 'INV-1', lineId: '1', splits: shares }).error?.issues[0]
        ?.path,
    ).toEqual(['lineId']);
    expect(() =>
      computeStatements(run('invoiced', [{ invoiceId: 'INV-1', lineId: '1', splits: shares }]), {
        documents: 'trusted',
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['splits', 0, 'lineId'] }));
  });
});
