import { describe, expect, it } from 'vitest';
import {
  type CommissionInput,
  closePeriod,
  closePeriodAsync,
  commissionCatalog,
  computeStatements,
  emptyCommissionState,
  type Statement,
  safeClosePeriod,
  safeComputeStatements,
} from '../../src/commission';
import { renderTrace } from '../../src/explain';
import { amounts, assign, creditNote, flat, invoice, order, plan } from './fixtures';

type Base = Omit<CommissionInput, 'period'>;

/**
 * Closes the periods in order, each with its own documents, and returns every statement of AM-7;
 * `seen` gets the state after each close.
 */
function sequence(
  base: Base,
  periods: Array<[string, Partial<CommissionInput>]>,
  seen?: (state: ReturnType<typeof closePeriod>['state']) => void,
): Statement[] {
  let state: unknown = emptyCommissionState();
  const out: Statement[] = [];
  for (const [period, docs] of periods) {
    const closed = closePeriod(state, { ...base, ...docs, period });
    state = closed.state;
    seen?.(closed.state);
    const mine = closed.statements.find((s) => s.payeeId === 'AM-7');
    if (mine !== undefined) out.push(mine);
  }
  return out;
}

const payment = (id: string, date: string, invoiceId: string, amount: string) => ({
  id,
  customerId: 'C-1',
  ownerId: 'AM-7',
  date,
  currency: 'USD',
  amount,
  allocations: [{ invoiceId, amount: { amount, currency: 'USD' } }],
});

describe('closePeriod: draws', () => {
  it('tops a non-recoverable draw up and forgets the difference (QuotaPath: draw 5,000, earnings 3,200 → top-up 1,800; DOMAIN §6)', () => {
    const base = {
      plans: [
        plan({
          components: [flat('0.1')],
          draw: { kind: 'non-recoverable', amountPerPeriod: { amount: '5000', currency: 'USD' } },
        }),
      ],
      assignments: [assign('AM-7')],
    };
    const [march, april] = sequence(base, [
      ['2026-03', { invoices: [invoice('INV-1', 'AM-7', '2026-03-05', '32000.00')] }],
      ['2026-04', { invoices: [invoice('INV-2', 'AM-7', '2026-04-05', '70000.00')] }],
    ]);
    expect(march?.totals).toMatchObject({ earned: '3200.00', draw: '1800.00', payable: '5000.00' });
    expect(april?.totals).toMatchObject({ earned: '7000.00', draw: '0.00', payable: '7000.00' });
  });

  it('carries a recoverable draw as a balance and recovers it from earnings above the draw (Oracle Incentive Compensation, "Example of Incentive Compensation Draw and Recovery": draw 1,000, earnings 500 / 700 / 400 → balance 500 / 800 / 1,400)', () => {
    const base = {
      plans: [
        plan({
          components: [flat('0.1')],
          draw: { kind: 'recoverable', amountPerPeriod: { amount: '1000', currency: 'USD' } },
        }),
      ],
      assignments: [assign('AM-7')],
    };
    const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
    const earnings = ['5000.00', '7000.00', '4000.00', '16000.00']; // 10 % → 500, 700, 400, 1,600
    const statements = sequence(
      base,
      months.map((period, i) => [
        period,
        { invoices: [invoice(`INV-${i}`, 'AM-7', `${period}-10`, earnings[i] as string)] },
      ]),
    );
    expect(statements.map((s) => [s.totals.earned, s.totals.draw, s.totals.payable])).toEqual([
      ['500.00', '500.00', '1000.00'],
      ['700.00', '300.00', '1000.00'],
      ['400.00', '600.00', '1000.00'],
      // Period 4 follows the same stated rule: 100 % of earnings above the draw recover the balance
      // while the payee never gets less than the draw: 1,600 − 600 = 1,000, balance 800.
      ['1600.00', '-600.00', '1000.00'],
    ]);
    const balances = statements.map((s) => s.lines.find((l) => l.kind === 'draw')?.params?.balance);
    expect(balances).toEqual(['500.00', '800.00', '1400.00', '800.00']);
    // Issue 18: the statement states the balance carried out, without reading the lines.
    expect(statements.map((s) => s.drawBalance)).toEqual(['500.00', '800.00', '1400.00', '800.00']);
  });
});

describe('closePeriod: timing', () => {
  it('pays on collection across periods: 200 earned, 100 payable on the first 500, 100 released on the rest (DOMAIN §6; OCA commission, sale_commission_partial_settlement)', () => {
    const base = {
      plans: [plan({ components: [flat('0.2')], payout: { timing: 'on-collection' } })],
      assignments: [assign('AM-7')],
    };
    const inv = invoice('INV-1', 'AM-7', '2026-01-10', '1000.00');
    const [jan, feb] = sequence(base, [
      [
        '2026-01',
        { invoices: [inv], payments: [payment('PAY-1', '2026-01-20', 'INV-1', '500.00')] },
      ],
      [
        '2026-02',
        { invoices: [inv], payments: [payment('PAY-2', '2026-02-03', 'INV-1', '500.00')] },
      ],
    ]);
    expect(jan?.totals).toMatchObject({ earned: '200.00', timing: '-100.00', payable: '100.00' });
    expect(feb?.totals).toMatchObject({ earned: '0.00', timing: '100.00', payable: '100.00' });
    expect(feb?.ytd).toMatchObject({ earned: '200.00', paidBefore: '100.00', payable: '100.00' });
  });

  it('holds back a share and releases it, and pays in installments', () => {
    const base = {
      plans: [
        plan({
          components: [flat('0.1')],
          payout: {
            timing: 'earned',
            holdbackPercent: '10',
            holdbackRelease: { afterPeriods: 2 },
            installments: 3,
          },
        }),
      ],
      assignments: [assign('AM-7')],
    };
    const statements = sequence(base, [
      ['2026-01', { invoices: [invoice('INV-1', 'AM-7', '2026-01-10', '10000.00')] }],
      ['2026-02', {}],
      ['2026-03', {}],
    ]);
    // 1,000 earned; 100 held back until March; 900 in three installments of 300.
    expect(statements.map((s) => amounts(s).map(([, a]) => a))).toEqual([
      ['1000.00', '-100.00', '-600.00'],
      ['300.00'],
      ['100.00', '300.00'],
    ]);
  });
});

describe('closePeriod: clawbacks', () => {
  it('claws back a refunded sale after payout as its own line (Tolt: 49.00 at 30 % → 14.70, refunded → −14.70)', () => {
    const base = { plans: [plan({ components: [flat('0.3')] })], assignments: [assign('AM-7')] };
    const [jan, feb] = sequence(base, [
      ['2026-01', { invoices: [invoice('INV-1', 'AM-7', '2026-01-10', '49.00')] }],
      ['2026-02', { creditNotes: [creditNote('CN-1', '2026-02-02', 'INV-1', '49.00')] }],
    ]);
    expect(jan?.totals.earned).toBe('14.70');
    expect(amounts(feb)).toEqual([
      ['clawback/credit-note/CN-1/total/invoice/INV-1/total', '-14.70'],
    ]);
  });

  it('claws back in proportion to what is reversed (core8: 10,000 earned, 50 % clawed back → −5,000)', () => {
    const base = { plans: [plan({ components: [flat('0.1')] })], assignments: [assign('AM-7')] };
    const [, feb] = sequence(base, [
      ['2026-01', { invoices: [invoice('INV-1', 'AM-7', '2026-01-10', '100000.00')] }],
      [
        '2026-02',
        { creditNotes: [creditNote('CN-1', '2026-02-02', 'INV-1', '50000.00', 'cancellation')] },
      ],
    ]);
    expect(feb?.totals.earned).toBe('-5000.00');
  });

  it('returns the payout of a whole order to zero, whatever the rate it was paid at', () => {
    const base = {
      plans: [plan({ crediting: { base: 'booked' }, components: [flat('0.0333')] })],
      assignments: [assign('AM-7')],
    };
    const order = {
      id: 'SO-1',
      customerId: 'C-1',
      ownerId: 'AM-7',
      orderDate: '2026-01-10',
      currency: 'USD',
      status: 'confirmed' as const,
      lines: [
        { lineId: '1', productId: 'P', categoryId: 'K', quantity: '3', unitPrice: '33.33' },
        { lineId: '2', productId: 'P', categoryId: 'K', quantity: '7', unitPrice: '10.01' },
      ],
    };
    const statements = sequence(base, [
      ['2026-01', { orders: [order] }],
      [
        '2026-02',
        {
          orders: [order],
          creditNotes: [
            {
              id: 'CN-1',
              customerId: 'C-1',
              ownerId: 'AM-7',
              orderId: 'SO-1',
              date: '2026-02-02',
              currency: 'USD',
              amount: '40.00',
              reason: 'return',
              lines: [{ lineId: '1', orderLineId: '1', amount: '40.00' }],
            },
          ],
        },
      ],
      ['2026-03', { orders: [{ ...order, status: 'cancelled' as const }] }],
    ]);
    const total = statements
      .flatMap((s) => s.lines)
      .reduce((sum, l) => sum + Math.round(Number(l.amount) * 100), 0);
    expect(statements.map((s) => s.totals.earned)).toEqual(['5.66', '-1.33', '-4.33']);
    expect(total).toBe(0);
  });

  it('claws back unpaid invoices after N days past due and pays it back when collected', () => {
    const base = {
      plans: [
        plan({
          components: [flat('0.1')],
          clawback: { returns: true, cancellations: true, nonPaymentAfterDays: 30 },
        }),
      ],
      assignments: [assign('AM-7')],
    };
    const inv = invoice('INV-1', 'AM-7', '2026-01-10', '1000.00', { dueDate: '2026-01-20' });
    const statements = sequence(base, [
      ['2026-01', { invoices: [inv] }],
      [
        '2026-02',
        { invoices: [inv], payments: [payment('PAY-1', '2026-02-10', 'INV-1', '400.00')] },
      ],
      [
        '2026-03',
        { invoices: [inv], payments: [payment('PAY-2', '2026-03-10', 'INV-1', '600.00')] },
      ],
    ]);
    expect(statements.map((s) => s.totals.earned)).toEqual(['100.00', '-60.00', '60.00']);
  });

  describe('credit notes and non-payment clawbacks together (each case ends at 10 % of what the customer kept)', () => {
    const held = (returns = true) => ({
      plans: [
        plan({
          components: [flat('0.1')],
          clawback: { returns, cancellations: true, nonPaymentAfterDays: 30 },
        }),
      ],
      assignments: [assign('AM-7')],
    });
    const inv = invoice('INV-1', 'AM-7', '2026-01-10', '1000.00', { dueDate: '2026-01-20' });
    const earned = (statements: Statement[]) => statements.map((s) => s.totals.earned);
    // Due later: unpaid 30 days past due only from 12 March, after a credit note in February.
    const late = invoice('INV-1', 'AM-7', '2026-01-10', '1000.00', { dueDate: '2026-02-10' });

    // Unpaid at February's close, 400 credited in March, the other 600 paid in April.
    const creditedWhileHeld: Array<[string, Partial<CommissionInput>]> = [
      ['2026-01', { invoices: [inv] }],
      ['2026-02', { invoices: [inv] }],
      [
        '2026-03',
        { invoices: [inv], creditNotes: [creditNote('CN-1', '2026-03-05', 'INV-1', '400.00')] },
      ],
      [
        '2026-04',
        { invoices: [inv], payments: [payment('PAY-1', '2026-04-03', 'INV-1', '600.00')] },
      ],
    ];

    it('a credit note on the unpaid part of an invoice clawed back for non-payment claws back nothing more, and only the rest is paid back', () => {
      const statements = sequence(held(), creditedWhileHeld);
      // 100 paid, all of it held for 1,000 unpaid; 400 credited: that commission is lost, not
      // clawed back twice; 600 paid: 60 back.
      expect(earned(statements)).toEqual(['100.00', '-100.00', '0.00', '60.00']);
    });

    it('carries what credit notes forfeited of a held invoice, and closes it once paid and credited cover it', () => {
      const unpaid: unknown[] = [];
      sequence(held(), creditedWhileHeld, (state) =>
        unpaid.push(state.payees.find((p) => p.payeeId === 'AM-7')?.unpaid),
      );
      expect(unpaid).toEqual([
        [],
        [{ invoiceId: 'INV-1', clawedBack: '100', outstanding: '1000', recovered: '0' }],
        [
          {
            invoiceId: 'INV-1',
            clawedBack: '100',
            outstanding: '1000',
            recovered: '0',
            forfeited: '400',
          },
        ],
        [],
      ]);
    });

    it('payments recover the held part first; a credit note beyond what is left is clawed back from the payout', () => {
      const statements = sequence(held(), [
        ['2026-01', { invoices: [inv] }],
        ['2026-02', { invoices: [inv] }],
        [
          '2026-03',
          {
            invoices: [inv],
            payments: [payment('PAY-1', '2026-03-03', 'INV-1', '700.00')],
            creditNotes: [creditNote('CN-1', '2026-03-05', 'INV-1', '400.00')],
          },
        ],
      ]);
      // 700 paid: 70 back; 300 of the credit note was still held, 100 of it was paid: −10.
      expect(earned(statements)).toEqual(['100.00', '-100.00', '60.00']);
      expect(amounts(statements[2])).toEqual([
        ['clawback/credit-note/CN-1/total/invoice/INV-1/total', '-10.00'],
        ['clawback/repaid/INV-1', '70.00'],
      ]);
    });

    it('after a return was clawed back, the non-payment share is of the invoice less that return', () => {
      const statements = sequence(held(), [
        ['2026-01', { invoices: [late] }],
        [
          '2026-02',
          { invoices: [late], creditNotes: [creditNote('CN-1', '2026-02-05', 'INV-1', '400.00')] },
        ],
        ['2026-03', { invoices: [late] }],
        [
          '2026-04',
          { invoices: [late], payments: [payment('PAY-1', '2026-04-03', 'INV-1', '600.00')] },
        ],
      ]);
      // The 60 left is all for the 600 still unpaid: −60 (not 60 × 600 / 1,000 = −36).
      expect(earned(statements)).toEqual(['100.00', '-40.00', '-60.00', '60.00']);
    });

    it('cancelling the order of an invoice held back for non-payment claws back nothing more', () => {
      const linked = invoice('INV-1', 'AM-7', '2026-01-10', '1000.00', {
        dueDate: '2026-01-20',
        orderId: 'SO-1',
      });
      const booked = order('SO-1', 'AM-7', '2026-01-05', '1', '1000.00');
      const statements = sequence(held(), [
        ['2026-01', { invoices: [linked], orders: [booked] }],
        ['2026-02', { invoices: [linked], orders: [booked] }],
        ['2026-03', { invoices: [linked], orders: [{ ...booked, status: 'cancelled' as const }] }],
        ['2026-04', { invoices: [linked], orders: [{ ...booked, status: 'cancelled' as const }] }],
      ]);
      expect(earned(statements)).toEqual(['100.00', '-100.00', '0.00', '0.00']);
    });

    it('cancelling an order with one invoice held back and one paid claws back only the paid one', () => {
      const billed = (id: string) =>
        invoice(id, 'AM-7', '2026-01-10', '500.00', { dueDate: '2026-01-20', orderId: 'SO-1' });
      const booked = order('SO-1', 'AM-7', '2026-01-05', '2', '500.00');
      const docs = { invoices: [billed('INV-1'), billed('INV-2')] };
      const statements = sequence(held(), [
        [
          '2026-01',
          {
            ...docs,
            orders: [booked],
            payments: [payment('PAY-1', '2026-01-25', 'INV-2', '500.00')],
          },
        ],
        ['2026-02', { ...docs, orders: [booked] }],
        ['2026-03', { ...docs, orders: [{ ...booked, status: 'cancelled' as const }] }],
      ]);
      // INV-1's 50 is held from February on: cancelling forfeits it; INV-2's 50 is clawed back.
      expect(earned(statements)).toEqual(['100.00', '-50.00', '-50.00']);
      expect(amounts(statements[2])).toEqual([
        ['clawback/order/SO-1/-/invoice/INV-2/total', '-50.00'],
      ]);
    });

    it('when returns are not clawed back, the non-payment share stays that of the whole invoice', () => {
      const statements = sequence(held(false), [
        ['2026-01', { invoices: [late] }],
        [
          '2026-02',
          { invoices: [late], creditNotes: [creditNote('CN-1', '2026-02-05', 'INV-1', '400.00')] },
        ],
        ['2026-03', { invoices: [late] }],
      ]);
      // The plan lets the payee keep the 40 on the returned goods; only the 600 unpaid is at risk.
      expect(earned(statements)).toEqual(['100.00', '0.00', '-60.00']);
    });

    it('when returns are not clawed back, a return of a part held back for non-payment pays its commission back', () => {
      const statements = sequence(held(false), creditedWhileHeld);
      // 100 held for 1,000 unpaid; 400 returned in March: no longer unpaid, and the plan keeps
      // commission on returns → 40 back; 600 paid in April → 60 back. Nothing is lost.
      expect(earned(statements)).toEqual(['100.00', '-100.00', '40.00', '60.00']);
      const march = statements[2]?.lines.find((l) => l.id === 'clawback/repaid/INV-1');
      expect(
        renderTrace(march?.trace ?? [], { locale: 'en', catalog: commissionCatalog }).at(-2),
      ).toBe(
        'invoice INV-1 collected 0 and credited 400, on which the plan keeps commission, after a non-payment clawback: 40.00 USD paid back',
      );
    });
  });
});

describe('closePeriod: refunds under the collected base', () => {
  // 10 % of what is collected and kept: a credit note on an invoice already paid beyond what is
  // left of it means cash goes back (a refund), which the collected base takes back too.
  const collected = (clawback: { returns?: boolean; nonPaymentAfterDays?: number } = {}) => ({
    plans: [
      plan({
        crediting: { base: 'collected' },
        components: [flat('0.1')],
        clawback: { returns: true, cancellations: true, ...clawback },
      }),
    ],
    assignments: [assign('AM-7')],
  });
  const inv = invoice('INV-1', 'AM-7', '2026-01-10', '1000.00');
  const earned = (statements: Statement[]) => statements.map((s) => s.totals.earned);
  // Paid in full in January, 200 of it credited (and paid back) in February.
  const paidThenRefunded: Array<[string, Partial<CommissionInput>]> = [
    [
      '2026-01',
      { invoices: [inv], payments: [payment('PAY-1', '2026-01-20', 'INV-1', '1000.00')] },
    ],
    [
      '2026-02',
      { invoices: [inv], creditNotes: [creditNote('CN-1', '2026-02-05', 'INV-1', '200.00')] },
    ],
  ];

  it('claws back the refunded part of an invoice paid in full in an earlier period (ONTRAPORT, refunds after commission was paid: a clawback, shown as a negative commission)', () => {
    const [jan, feb] = sequence(collected(), paidThenRefunded);
    expect(jan?.totals.earned).toBe('100.00');
    // 200 of the 1,000 paid goes back: 100 × 200 ÷ 1,000 = 20.
    expect(amounts(feb)).toEqual([
      ['clawback/credit-note/CN-1/total/payment/PAY-1/INV-1/total', '-20.00'],
    ]);
  });

  it('takes back only what was paid beyond what the credit note leaves', () => {
    // 500 paid of 1,000; 600 credited leaves 400 due: 100 of the 500 goes back → −10.
    const statements = sequence(collected(), [
      [
        '2026-01',
        { invoices: [inv], payments: [payment('PAY-1', '2026-01-20', 'INV-1', '500.00')] },
      ],
      [
        '2026-02',
        { invoices: [inv], creditNotes: [creditNote('CN-1', '2026-02-05', 'INV-1', '600.00')] },
      ],
      ['2026-03', { invoices: [inv], payments: [payment('PAY-2', '2026-03-05', 'INV-1', '0.01')] }],
    ]);
    expect(earned(statements)).toEqual(['50.00', '-10.00', '0.00']);
  });

  it('takes nothing back when the credit note only lowers what is still due', () => {
    const statements = sequence(collected(), [
      [
        '2026-01',
        { invoices: [inv], creditNotes: [creditNote('CN-1', '2026-01-15', 'INV-1', '200.00')] },
      ],
      [
        '2026-02',
        { invoices: [inv], payments: [payment('PAY-1', '2026-02-05', 'INV-1', '800.00')] },
      ],
    ]);
    expect(earned(statements)).toEqual(['0.00', '80.00']);
  });

  it('releases no more than an invoice is worth, whatever is allocated to it', () => {
    const [jan] = sequence(collected(), [
      [
        '2026-01',
        {
          invoices: [inv],
          creditNotes: [creditNote('CN-1', '2026-01-12', 'INV-1', '100.00')],
          payments: [
            payment('PAY-1', '2026-01-20', 'INV-1', '600.00'),
            payment('PAY-2', '2026-01-20', 'INV-1', '600.00'),
          ],
        },
      ],
    ]);
    // Worth 900 after the credit note: PAY-1 releases 600, PAY-2 the other 300.
    expect(amounts(jan)).toEqual([
      ['commission/base/payment/PAY-1/INV-1/total', '60.00'],
      ['commission/base/payment/PAY-2/INV-1/total', '30.00'],
    ]);
  });

  it('rates a refund not yet paid out as a negative collection, subtracted from earnings (ONTRAPORT, commission not yet paid), and reads earlier payments of the input without a state', () => {
    const paidAndRefunded = computeStatements({
      ...collected(),
      period: '2026-01',
      invoices: [inv],
      payments: [payment('PAY-1', '2026-01-20', 'INV-1', '1000.00')],
      creditNotes: [creditNote('CN-1', '2026-01-25', 'INV-1', '200.00')],
    });
    expect(paidAndRefunded[0]?.totals.earned).toBe('80.00');
    const february = computeStatements({
      ...collected(),
      period: '2026-02',
      invoices: [inv],
      payments: [payment('PAY-1', '2026-01-20', 'INV-1', '1000.00')],
      creditNotes: [creditNote('CN-1', '2026-02-05', 'INV-1', '200.00')],
    });
    expect(amounts(february[0])).toEqual([['commission/base/credit-note/CN-1/total', '-20.00']]);
    expect(
      renderTrace(february[0]?.lines[0]?.trace ?? [], {
        locale: 'en',
        catalog: commissionCatalog,
      })[0],
    ).toBe(
      'credit note (paid back) CN-1 line total (2026-02-05): -200.00 USD credited to the owner (100%)',
    );
  });

  it('opens an invoice the state does not carry with the payments of the input dated before the period', () => {
    // January was paid outside these closes; the first close is February's, and a settled
    // invoice without payout records is not carried: March reads January's payment again.
    const statements = sequence(collected(), [
      [
        '2026-02',
        { invoices: [inv], payments: [payment('PAY-1', '2026-01-20', 'INV-1', '1000.00')] },
      ],
      [
        '2026-03',
        {
          invoices: [inv],
          payments: [payment('PAY-1', '2026-01-20', 'INV-1', '1000.00')],
          creditNotes: [creditNote('CN-1', '2026-03-05', 'INV-1', '200.00')],
        },
      ],
    ]);
    expect(earned(statements)).toEqual(['0.00', '-20.00']);
  });

  it('never claws back for non-payment what was paid on cash received', () => {
    const late = collected({ nonPaymentAfterDays: 30 });
    const due = invoice('INV-1', 'AM-7', '2026-01-10', '1000.00', { dueDate: '2026-01-20' });
    const statements = sequence(late, [
      [
        '2026-01',
        { invoices: [due], payments: [payment('PAY-1', '2026-01-15', 'INV-1', '500.00')] },
      ],
      // 500 still unpaid 30 days past due: nothing was paid on it, so nothing is clawed back.
      ['2026-02', { invoices: [due] }],
      [
        '2026-03',
        { invoices: [due], payments: [payment('PAY-2', '2026-03-02', 'INV-1', '500.00')] },
      ],
    ]);
    expect(earned(statements)).toEqual(['50.00', '0.00', '50.00']);
  });

  it('keeps the commission when the plan does not claw back returns', () => {
    const statements = sequence(collected({ returns: false }), paidThenRefunded);
    expect(earned(statements)).toEqual(['100.00', '0.00']);
  });

  it('gives the same statements in decimal arithmetic and in any input order', () => {
    const docs = {
      ...collected(),
      period: '2026-01',
      invoices: [inv, invoice('INV-2', 'AM-7', '2026-01-02', '333.33', { tax: '33.33' })],
      payments: [
        payment('PAY-1', '2026-01-20', 'INV-1', '700.00'),
        payment('PAY-2', '2026-01-20', 'INV-1', '700.00'),
        payment('PAY-3', '2026-01-05', 'INV-2', '333.33'),
      ],
      creditNotes: [
        creditNote('CN-1', '2026-01-20', 'INV-1', '250.00'),
        creditNote('CN-2', '2026-01-09', 'INV-2', '111.11'),
      ],
    };
    const auto = computeStatements(docs);
    const reversed = computeStatements({
      ...docs,
      payments: [...docs.payments].reverse(),
      creditNotes: [...docs.creditNotes].reverse(),
    });
    expect(computeStatements(docs, { arithmetic: 'decimal' })).toEqual(auto);
    expect(reversed).toEqual(auto);
    // INV-1: 1,400 allocated, worth 750 after CN-1 (paid the same day, first): PAY-1 releases
    // 700, PAY-2 300, CN-1 takes 250 back. INV-2: 333.33 paid (300 net of tax), 111.11 credited
    // (100 net) → 100 of the lines goes back.
    expect(amounts(auto[0])).toEqual([
      ['commission/base/payment/PAY-3/INV-2/total', '30.00'],
      ['commission/base/credit-note/CN-2/total', '-10.00'],
      ['commission/base/payment/PAY-1/INV-1/total', '70.00'],
      ['commission/base/payment/PAY-2/INV-1/total', '30.00'],
      ['commission/base/credit-note/CN-1/total', '-25.00'],
    ]);
    expect(auto[0]?.totals.earned).toBe('95.00');
  });
});

describe('closePeriod: year to date and immutability', () => {
  it('carries plan-year-to-date tiers and plan-year caps across periods', () => {
    const ytd = {
      id: 'ytd',
      name: 'YTD',
      calculation: {
        kind: 'tiers' as const,
        mode: 'marginal' as const,
        measure: 'plan-year-to-date' as const,
        tiers: [
          { from: '0', to: '150000', rate: '0.04' },
          { from: '150000', to: null, rate: '0.06' },
        ],
      },
      modifiers: [
        {
          kind: 'cap' as const,
          per: 'plan-year' as const,
          amount: { amount: '7000', currency: 'USD' },
        },
      ],
    };
    const base = { plans: [plan({ components: [ytd] })], assignments: [assign('AM-7')] };
    const statements = sequence(base, [
      ['2026-01', { invoices: [invoice('INV-1', 'AM-7', '2026-01-10', '145000.00')] }],
      ['2026-02', { invoices: [invoice('INV-2', 'AM-7', '2026-02-10', '20000.00')] }],
      ['2026-03', { invoices: [invoice('INV-3', 'AM-7', '2026-03-10', '20000.00')] }],
    ]);
    // Trailhead's deal again, spread over months: 5,800 then 1,100; the third month would pay
    // 1,200 but the plan-year cap of 7,000 leaves 100.
    expect(statements.map((s) => s.totals.earned)).toEqual(['5800.00', '1100.00', '100.00']);
  });

  it('carries payout records: a later credit note updates its record, untouched ones stay as they were', () => {
    const base = { plans: [plan()], assignments: [assign('AM-7')] };
    const jan = closePeriod(emptyCommissionState(), {
      ...base,
      period: '2026-01',
      invoices: [
        invoice('INV-3', 'AM-7', '2026-01-12', '500.00'),
        invoice('INV-1', 'AM-7', '2026-01-10', '1000.00'),
      ],
    });
    const [inv1, inv3] = jan.state.payees[0]?.payouts ?? [];
    expect([inv1?.source.id, inv1?.paid, inv3?.source.id, inv3?.paid]).toEqual([
      'INV-1',
      '40',
      'INV-3',
      '20',
    ]);
    const feb = closePeriod(JSON.parse(JSON.stringify(jan.state)), {
      ...base,
      period: '2026-02',
      invoices: [invoice('INV-2', 'AM-7', '2026-02-10', '1000.00')],
      creditNotes: [creditNote('CN-1', '2026-02-02', 'INV-1', '250.00')],
    });
    const records = feb.state.payees[0]?.payouts ?? [];
    expect(records.map((r) => r.source.id)).toEqual(['INV-1', 'INV-2', 'INV-3']);
    // 40.00 paid on INV-1; a quarter of it reversed: 40 × 250 ÷ 1,000 clawed back.
    expect(records[0]).toEqual({ ...inv1, reversed: '250', clawedBack: '10' });
    expect(records[1]).toMatchObject({ paid: '40', reversed: '0', clawedBack: '0' });
    expect(records[2]).toEqual(inv3);
  });

  it('keeps closed statements out of the state; a recalculation pays the difference as adjustment lines', () => {
    const base = { plans: [plan()], assignments: [assign('AM-7')] };
    const january = [invoice('INV-1', 'AM-7', '2026-01-10', '1000.00')];
    const jan = closePeriod(emptyCommissionState(), {
      ...base,
      period: '2026-01',
      invoices: january,
    });
    // What the caller's store keeps of the closed statements: their JSON.
    const stored = JSON.parse(JSON.stringify(jan.statements));
    expect(jan.state.closed).toEqual([
      {
        period: '2026-01',
        start: '2026-01-01',
        end: '2026-02-01',
        totals: [{ payeeId: 'AM-7', currency: 'USD', earned: '40.00', payable: '40.00' }],
        carried: [],
      },
    ]);
    expect(JSON.stringify(jan.state)).not.toContain('"lines"');
    const corrected = { ...base, plans: [plan({ components: [flat('0.05')] })] };
    const feb = closePeriod(
      jan.state,
      {
        ...corrected,
        period: '2026-02',
        invoices: [invoice('INV-2', 'AM-7', '2026-02-10', '1000.00')],
      },
      {
        recalculate: [
          { input: { ...corrected, period: '2026-01', invoices: january }, closed: stored },
        ],
      },
    );
    expect(feb.state.closed[0]).toEqual(jan.state.closed[0]);
    expect(JSON.parse(JSON.stringify(jan.statements))).toEqual(stored);
    expect(amounts(feb.statements[0])).toEqual([
      ['commission/base/invoice/INV-2/total', '50.00'],
      ['adjustment/2026-01/commission/base/invoice/INV-1/total', '10.00'],
    ]);
    // The statements as closePeriod returned them do as well as their JSON.
    const direct = closePeriod(
      jan.state,
      { ...corrected, period: '2026-02' },
      {
        recalculate: [
          { input: { ...corrected, period: '2026-01', invoices: january }, closed: jan.statements },
        ],
      },
    );
    expect(amounts(direct.statements[0])).toEqual([
      ['adjustment/2026-01/commission/base/invoice/INV-1/total', '10.00'],
    ]);
    // A closed period is neither recomputed as if it were open nor closed again.
    const recomputed = safeComputeStatements(
      { ...corrected, period: '2026-01', invoices: january },
      { state: feb.state },
    );
    expect(recomputed.success ? null : [recomputed.error.code, recomputed.error.path]).toEqual([
      'PERIOD_CLOSED',
      ['period'],
    ]);
    expect(safeClosePeriod(feb.state, { ...corrected, period: '2026-01' }).success).toBe(false);
    const again = safeClosePeriod(feb.state, { ...corrected, period: '2026-02' });
    expect(again.success ? null : [again.error.code, again.error.path]).toEqual([
      'PERIOD_CLOSED',
      ['period'],
    ]);
  });

  it('recalculates only against the statements the period closed with', () => {
    const base = { plans: [plan()], assignments: [assign('AM-7')] };
    const january = [invoice('INV-1', 'AM-7', '2026-01-10', '1000.00')];
    const jan = closePeriod(emptyCommissionState(), {
      ...base,
      period: '2026-01',
      invoices: january,
    });
    const [statement] = JSON.parse(JSON.stringify(jan.statements));
    const input = { ...base, period: '2026-01', invoices: january };
    const attempt = (closed: unknown[], recalculated: CommissionInput = input) => {
      const result = safeClosePeriod(
        jan.state,
        { ...base, period: '2026-02' },
        { recalculate: [{ input: recalculated, closed }] },
      );
      return result.success ? null : [result.error.code, result.error.path, result.error.value];
    };
    expect(attempt([statement])).toBeNull();
    expect(attempt([])).toEqual(['INVALID_INPUT', ['recalculate', 0, 'closed'], 'AM-7']);
    expect(attempt([statement, statement])).toEqual([
      'INVALID_INPUT',
      ['recalculate', 0, 'closed', 1, 'payeeId'],
      'AM-7',
    ]);
    expect(attempt([{ ...statement, payeeId: 'AM-8' }])).toEqual([
      'INVALID_INPUT',
      ['recalculate', 0, 'closed', 0, 'payeeId'],
      'AM-8',
    ]);
    expect(attempt([{ ...statement, period: '2026-02' }])).toEqual([
      'INVALID_INPUT',
      ['recalculate', 0, 'closed', 0, 'period'],
      '2026-02',
    ]);
    expect(attempt([{ ...statement, currency: 'EUR' }])).toEqual([
      'INVALID_INPUT',
      ['recalculate', 0, 'closed', 0, 'currency'],
      'EUR',
    ]);
    const edited = { ...statement, totals: { ...statement.totals, payable: '41.00' } };
    expect(attempt([edited])).toEqual([
      'INVALID_INPUT',
      ['recalculate', 0, 'closed', 0, 'totals', 'payable'],
      '41.00',
    ]);
    expect(attempt([{ ...statement, lines: 'none' }])?.slice(0, 2)).toEqual([
      'INVALID_INPUT',
      ['recalculate', 0, 'closed', 0, 'lines'],
    ]);
    expect(attempt([statement], { ...input, period: '2025-12' })).toEqual([
      'INVALID_INPUT',
      ['recalculate', 0, 'input', 'period'],
      '2025-12',
    ]);
    const badDoc = { ...input, invoices: [{ ...january[0], total: 'lots' }] };
    expect(attempt([statement], badDoc as CommissionInput)?.slice(0, 2)).toEqual([
      'INVALID_AMOUNT',
      ['recalculate', 0, 'input', 'invoices', 0, 'total'],
    ]);
  });

  it('does not modify the state it is given, and reads async streams', async () => {
    const base = { plans: [plan()], assignments: [assign('AM-7')] };
    const jan = closePeriod(emptyCommissionState(), {
      ...base,
      period: '2026-01',
      invoices: [invoice('INV-1', 'AM-7', '2026-01-10', '1000.00')],
    });
    const before = JSON.stringify(jan.state);
    async function* invoices() {
      yield invoice('INV-2', 'AM-7', '2026-02-10', '1000.00');
    }
    const feb = await closePeriodAsync(jan.state, {
      ...base,
      period: '2026-02',
      invoices: invoices(),
    });
    expect(JSON.stringify(jan.state)).toBe(before);
    expect(feb.statements[0]?.ytd).toMatchObject({
      earnedBefore: '40.00',
      earned: '80.00',
      paidBefore: '40.00',
    });
  });
});
