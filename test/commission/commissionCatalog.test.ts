import { describe, expect, it } from 'vitest';
import {
  closePeriod,
  commissionCatalog,
  computeStatements,
  emptyCommissionState,
  type Statement,
} from '../../src/commission';
import { findUnrenderable, renderTrace } from '../../src/explain';
import { assign, flat, input, invoice, plan, tiers } from './fixtures';

/** A statement that uses as many features as one period can. */
function richStatements(): Statement[] {
  const rich = plan({
    crediting: {
      base: 'invoiced',
      measure: 'margin',
      rollUp: { levels: 1, overrideRates: [{ level: 1, rate: '0.01' }] },
    },
    rounding: { at: 'line', mode: 'half-even' },
    components: [
      {
        id: 'product',
        name: 'Product',
        calculation: {
          kind: 'rate-table',
          noMatch: { kind: 'rate', rate: { kind: 'none' }, reason: 'not listed' },
          rows: [
            {
              id: 'pumps',
              when: { fact: 'product.category', operator: 'eq', value: 'PUMPS' },
              rate: { kind: 'rate', value: '0.05' },
            },
            {
              id: 'valves',
              when: { fact: 'product.category', operator: 'eq', value: 'VALVES' },
              rate: { kind: 'fixed-per-unit', amount: { amount: '3', currency: 'USD' } },
            },
            {
              id: 'seals',
              when: { fact: 'product.category', operator: 'eq', value: 'SEALS' },
              rate: { kind: 'fixed-per-line', amount: { amount: '4', currency: 'USD' } },
            },
            {
              id: 'free',
              when: { fact: 'product.category', operator: 'eq', value: 'FREE' },
              rate: { kind: 'none' },
            },
          ],
        },
        modifiers: [
          { kind: 'cap', per: 'line', amount: { amount: '100', currency: 'USD' } },
          {
            kind: 'multiplier',
            basis: 'attainment',
            bands: [
              { from: '0', to: '50', factor: '0.5' },
              { from: '50', to: null, factor: '1.2' },
            ],
          },
          { kind: 'cap', per: 'period', amount: { amount: '200', currency: 'USD' } },
          { kind: 'cap', per: 'plan-year', amount: { amount: '150', currency: 'USD' } },
          { kind: 'minimum', per: 'period', amount: { amount: '400', currency: 'USD' } },
        ],
      },
      {
        ...tiers(
          'whole',
          'period-to-date',
          [
            ['0', '500', '0.01'],
            ['500', null, '0.02'],
          ],
          'volume',
        ),
        modifiers: [
          { kind: 'gate', basis: 'attainment', min: '900' },
          { kind: 'kpi-gate', kpi: 'nps', min: '10' },
        ],
      },
      {
        ...tiers(
          'interpolated-rate',
          'plan-year-to-date',
          [
            ['0', '500', '0.01'],
            ['500', null, '0.02'],
          ],
          'ytd',
        ),
        modifiers: [
          { kind: 'kpi-gate', kpi: 'csat', min: '90' },
          {
            kind: 'multiplier',
            basis: 'attainment',
            scope: 'plan-year',
            bands: [{ from: '0', to: null, factor: '1.1' }],
          },
        ],
      },
    ],
    spiffs: [
      {
        id: 's',
        name: 'Spring',
        from: '2026-03-01',
        to: '2026-04-01',
        when: { fact: 'customer.isNew', operator: 'eq', value: true },
        award: { kind: 'rate', value: '0.01' },
        maxPerPayee: { amount: '1', currency: 'USD' },
      },
    ],
    kpiBonuses: [
      {
        id: 'csat',
        name: 'CSAT',
        kpi: 'csat',
        targetBonus: { amount: '100', currency: 'USD' },
        curve: [
          { score: '0', payoutPercent: '0' },
          { score: '100', payoutPercent: '100' },
        ],
      },
      {
        id: 'nps',
        name: 'NPS',
        kpi: 'nps',
        targetBonus: { amount: '100', currency: 'USD' },
        curve: [{ score: '0', payoutPercent: '0' }],
        missingScore: 'zero',
      },
    ],
    draw: { kind: 'recoverable', amountPerPeriod: { amount: '5000', currency: 'USD' } },
    payout: {
      timing: 'on-collection',
      holdbackPercent: '10',
      holdbackRelease: { afterPeriods: 1 },
      installments: 2,
    },
  });
  const so = {
    id: 'SO-1',
    customerId: 'C-1',
    ownerId: 'AM-7',
    orderDate: '2026-03-01',
    currency: 'USD',
    status: 'confirmed' as const,
    lines: ['PUMPS', 'VALVES', 'SEALS', 'FREE', 'OTHER'].map((categoryId, i) => ({
      lineId: String(i + 1),
      productId: `P-${i}`,
      categoryId,
      quantity: '2',
      unitPrice: '300',
      unitCost: '100',
    })),
  };
  return computeStatements(
    input({
      plans: [rich],
      payees: [
        {
          id: 'AM-7',
          name: 'Wang',
          teamId: 'T',
          managerId: 'M-1',
          hireDate: '2024-01-01',
          payCurrency: 'CNY',
        },
        { id: 'M-1', name: 'Zhao', teamId: 'T', hireDate: '2020-01-01', payCurrency: 'USD' },
      ],
      assignments: [
        {
          payeeId: 'AM-7',
          planId: 'am',
          effectiveFrom: '2026-01-01',
          quota: { amount: '2000', currency: 'USD' },
        },
        assign('M-1', { quota: { amount: '100000', currency: 'USD' } }),
      ],
      customers: [
        {
          id: 'C-1',
          name: 'Hamburg Trading',
          country: 'DE',
          ownerId: 'AM-7',
          firstDealDate: '2026-02-01',
        },
      ],
      kpiScores: [
        { payeeId: 'AM-7', kpi: 'csat', period: '2026-03', score: '80' },
        { payeeId: 'M-1', kpi: 'csat', period: '2026-03', score: '95' },
      ],
      fxRates: [{ base: 'USD', quote: 'CNY', rate: '7.1', date: '2026-03-01' }],
      orders: [so],
      invoices: [
        {
          id: 'INV-1',
          customerId: 'C-1',
          ownerId: 'AM-7',
          orderId: 'SO-1',
          issueDate: '2026-03-02',
          dueDate: '2026-04-01',
          currency: 'USD',
          total: '3000.00',
          lines: so.lines.map((l) => ({
            lineId: l.lineId,
            orderLineId: l.lineId,
            amount: '600.00',
          })),
        },
      ],
      payments: [
        {
          id: 'PAY-1',
          customerId: 'C-1',
          ownerId: 'AM-7',
          date: '2026-03-20',
          currency: 'USD',
          amount: '1500.00',
          allocations: [{ invoiceId: 'INV-1', amount: { amount: '1500.00', currency: 'USD' } }],
        },
      ],
      creditNotes: [
        {
          id: 'CN-1',
          customerId: 'C-1',
          ownerId: 'AM-7',
          invoiceId: 'INV-1',
          date: '2026-03-25',
          currency: 'USD',
          amount: '300.00',
          reason: 'return',
          lines: [{ lineId: '1', orderLineId: '1', quantity: '1', amount: '300.00' }],
        },
      ],
      adjustments: [
        {
          id: 'ADJ-1',
          payeeId: 'AM-7',
          period: '2026-03',
          amount: { amount: '12.5', currency: 'CNY' },
          reason: 'goodwill',
        },
      ],
    }),
  );
}

describe('commissionCatalog', () => {
  it('renders every step of every line and statement in en and zh-CN, without fallback', () => {
    const statements = richStatements();
    const steps = statements.flatMap((s) => [...s.trace, ...s.lines.flatMap((l) => l.trace)]);
    const codes = new Set(steps.map((s) => s.code));
    expect(codes.size).toBeGreaterThan(25);
    expect(
      findUnrenderable(steps, commissionCatalog).map((u) => [
        u.code,
        u.reason,
        u.params.join(','),
        JSON.stringify(steps[u.index]?.params),
      ]),
    ).toEqual([]);
  });

  it('renders the timing steps of a period sequence without fallback', () => {
    const recoverable = plan({
      crediting: { base: 'invoiced' },
      components: [flat('0.1')],
      draw: { kind: 'recoverable', amountPerPeriod: { amount: '1000', currency: 'USD' } },
      clawback: { returns: true, cancellations: true, nonPaymentAfterDays: 10 },
      payout: {
        timing: 'earned',
        holdbackPercent: '10',
        holdbackRelease: { afterPeriods: 1 },
        installments: 2,
      },
    });
    const base = { plans: [recoverable], assignments: [assign('AM-7')] };
    const jan = closePeriod(emptyCommissionState(), {
      ...base,
      period: '2026-01',
      invoices: [
        invoice('INV-1', 'AM-7', '2026-01-05', '5000.00'),
        invoice('INV-2', 'AM-7', '2026-01-06', '100.00'),
      ],
    });
    const feb = closePeriod(jan.state, {
      ...base,
      period: '2026-02',
      invoices: [invoice('INV-1', 'AM-7', '2026-01-05', '5000.00')],
      creditNotes: [
        {
          id: 'CN-1',
          customerId: 'C-1',
          ownerId: 'AM-7',
          invoiceId: 'INV-1',
          date: '2026-02-03',
          currency: 'USD',
          amount: '1000.00',
          reason: 'cancellation',
        },
      ],
    });
    const mar = closePeriod(
      feb.state,
      {
        ...base,
        period: '2026-03',
        invoices: [
          invoice('INV-2', 'AM-7', '2026-01-06', '100.00'),
          invoice('INV-3', 'AM-7', '2026-03-06', '50000.00'),
        ],
        payments: [
          {
            id: 'PAY-1',
            customerId: 'C-1',
            ownerId: 'AM-7',
            date: '2026-03-03',
            currency: 'USD',
            amount: '100.00',
            allocations: [{ invoiceId: 'INV-2', amount: { amount: '100.00', currency: 'USD' } }],
          },
        ],
      },
      {
        recalculate: [
          {
            input: {
              ...base,
              plans: [{ ...recoverable, components: [flat('0.11')] }],
              period: '2026-01',
              invoices: [
                invoice('INV-1', 'AM-7', '2026-01-05', '5000.00'),
                invoice('INV-2', 'AM-7', '2026-01-06', '100.00'),
              ],
            },
            closed: jan.statements,
          },
        ],
      },
    );
    const steps = [jan, feb, mar].flatMap((p) =>
      p.statements.flatMap((s) => [...s.trace, ...s.lines.flatMap((l) => l.trace)]),
    );
    expect(findUnrenderable(steps, commissionCatalog)).toEqual([]);
    const codes = new Set(steps.map((s) => s.code));
    for (const code of [
      'commission.draw.top-up.recoverable',
      'commission.draw.recovery',
      'commission.holdback.withheld',
      'commission.holdback.released',
      'commission.installment.deferred',
      'commission.installment.due',
      'commission.clawback.cancellation',
      'commission.clawback.non-payment',
      'commission.clawback.repaid',
      'commission.adjustment',
    ])
      expect([code, codes.has(code)]).toEqual([code, true]);
  });

  it('reads naturally in Chinese', () => {
    const [statement] = computeStatements(
      input({ invoices: [invoice('INV-1', 'AM-7', '2026-03-05', '1000.00')] }),
    );
    expect(
      renderTrace(statement?.lines[0]?.trace ?? [], {
        locale: 'zh-CN',
        catalog: commissionCatalog,
      }),
    ).toEqual([
      '发票 INV-1 第 total 行（2026-03-05）：1,000.00 USD 全额计入负责人业绩（100%）',
      'base：1,000 USD × 提成比例 4% = 40 USD',
      '40 USD 按四舍五入保留 2 位小数，得 40.00 USD',
    ]);
  });
});
