import { describe, expect, it } from 'vitest';
import { computeStatements, type Statement } from '../../src/commission';
import { thrown } from '../_support/money';
import { amounts, assign, flat, input, invoice, order, plan, tiers } from './fixtures';

const byKind = (statement: Statement | undefined, kind: string) =>
  (statement?.lines ?? []).filter((l) => l.kind === kind).map((l) => l.amount);

describe('computeStatements: plans', () => {
  it('picks the most specific rate row, then priority, then row order, and states a no-match rate', () => {
    const table = plan({
      crediting: { base: 'booked' },
      components: [
        {
          id: 'product',
          name: 'Product',
          calculation: {
            kind: 'rate-table',
            noMatch: { kind: 'rate', rate: { kind: 'none' }, reason: 'not on the price list' },
            rows: [
              {
                id: 'pumps',
                when: { fact: 'product.category', operator: 'eq', value: 'PUMPS' },
                rate: { kind: 'rate', value: '0.05' },
              },
              {
                id: 'pumps-key',
                when: {
                  all: [
                    { fact: 'product.category', operator: 'eq', value: 'PUMPS' },
                    { fact: 'customer.grade', operator: 'eq', value: 'key' },
                  ],
                },
                rate: { kind: 'rate', value: '0.03' },
              },
              {
                id: 'any-key',
                when: { fact: 'customer.grade', operator: 'eq', value: 'key' },
                rate: { kind: 'fixed-per-unit', amount: { amount: '2', currency: 'USD' } },
              },
              {
                id: 'valves',
                when: { fact: 'product.category', operator: 'in', value: ['VALVES'] },
                rate: { kind: 'fixed-per-line', amount: { amount: '7', currency: 'USD' } },
                priority: 1,
              },
            ],
          },
        },
      ],
    });
    const valves = order('SO-3', 'AM-7', '2026-03-03', '4', '10');
    const [statement] = computeStatements(
      input({
        plans: [table],
        customers: [
          { id: 'C-1', name: 'Hamburg Trading', country: 'DE', ownerId: 'AM-7', grade: 'key' },
          { id: 'C-2', name: 'Lyon SARL', country: 'FR', ownerId: 'AM-7' },
        ],
        orders: [
          order('SO-1', 'AM-7', '2026-03-01', '10', '100'),
          order('SO-2', 'AM-7', '2026-03-02', '10', '100', { customerId: 'C-2' }),
          {
            ...valves,
            lines: [
              {
                lineId: '1',
                productId: 'V-1',
                categoryId: 'VALVES',
                quantity: '4',
                unitPrice: '10',
              },
            ],
          },
          {
            ...order('SO-4', 'AM-7', '2026-03-04', '5', '10', { customerId: 'C-2' }),
            lines: [
              { lineId: '1', productId: 'X', categoryId: 'MISC', quantity: '5', unitPrice: '10' },
            ],
          },
        ],
      }),
    );
    expect(statement?.lines.map((l) => [l.rate?.row, l.rate?.noMatch, l.amount])).toEqual([
      ['pumps-key', null, '30.00'], // two facts pinned beat one
      ['pumps', null, '50.00'],
      ['valves', null, '7.00'], // one fact pinned each: the higher priority wins over any-key
      [null, 'not on the price list', '0.00'], // a stated outcome, shown on the line
    ]);
    expect(statement?.lines[3]?.reason).toBe('not on the price list');
  });

  it('keeps the original amount and both FX quotes on a converted line', () => {
    const [statement] = computeStatements(
      input({
        assignments: [assign('AM-7', { currency: 'CNY' })],
        invoices: [invoice('INV-1', 'AM-7', '2026-03-05', '10000.00', { currency: 'EUR' })],
        fxRates: [
          { base: 'EUR', quote: 'USD', rate: '1.08', date: '2026-03-04', source: 'ECB' },
          { base: 'USD', quote: 'CNY', rate: '7.1', date: '2026-03-01', source: 'PBOC' },
        ],
      }),
    );
    const line = statement?.lines[0];
    expect([
      line?.original,
      line?.fx?.rate,
      line?.fx?.date,
      line?.base,
      line?.payFx?.rate,
      line?.unrounded,
      line?.amount,
    ]).toEqual([
      { amount: '10000.00', currency: 'EUR' },
      '1.08',
      '2026-03-04',
      '10800',
      '7.1',
      '3067.2',
      '3067.20',
    ]);
    expect(statement?.currency).toBe('CNY');
  });

  it('measures margin, floored at zero unless the plan says otherwise', () => {
    const lines = [
      {
        lineId: '1',
        productId: 'P',
        categoryId: 'K',
        quantity: '10',
        unitPrice: '100',
        unitCost: '70',
      },
      {
        lineId: '2',
        productId: 'P',
        categoryId: 'K',
        quantity: '1',
        unitPrice: '100',
        unitCost: '130',
      },
    ];
    const run = (floor: 'zero' | 'none') =>
      computeStatements(
        input({
          plans: [
            plan({
              crediting: { base: 'booked', measure: 'margin', marginFloor: floor },
              components: [flat('0.1')],
            }),
          ],
          orders: [{ ...order('SO-1', 'AM-7', '2026-03-01', '1', '1'), lines }],
        }),
      )[0];
    expect(run('zero')?.lines.map((l) => [l.base, l.amount])).toEqual([
      ['300', '30.00'],
      ['0', '0.00'],
    ]);
    expect(run('none')?.totals.earned).toBe('27.00');
  });

  it('applies modifiers in order: accelerator by attainment, period cap, line cap, minimum, gates', () => {
    const component = {
      ...flat('0.1', 'sales'),
      modifiers: [
        { kind: 'cap' as const, per: 'line' as const, amount: { amount: '900', currency: 'USD' } },
        {
          kind: 'multiplier' as const,
          basis: 'attainment' as const,
          bands: [
            { from: '0', to: '100', factor: '1' },
            { from: '100', to: null, factor: '1.5' },
          ],
        },
        {
          kind: 'cap' as const,
          per: 'period' as const,
          amount: { amount: '1500', currency: 'USD' },
        },
      ],
    };
    const [statement] = computeStatements(
      input({
        plans: [plan({ components: [component] })],
        assignments: [assign('AM-7', { quota: { amount: '15000', currency: 'USD' } })],
        invoices: [
          invoice('INV-1', 'AM-7', '2026-03-02', '10000.00'),
          invoice('INV-2', 'AM-7', '2026-03-03', '6000.00'),
        ],
      }),
    );
    // 900 (line cap on 1,000) + 600 = 1,500; attainment 106.67 % → × 1.5 adds 750; capped back to 1,500.
    expect(amounts(statement)).toEqual([
      ['commission/sales/invoice/INV-1/total', '900.00'],
      ['commission/sales/invoice/INV-2/total', '600.00'],
      ['multiplier/sales/1', '750.00'],
      ['cap/sales/2', '-750.00'],
    ]);
    expect(statement?.attainment.percent).toBe('106.6667');
    const gated = computeStatements(
      input({
        plans: [
          plan({
            components: [
              {
                ...flat('0.1', 'sales'),
                modifiers: [
                  { kind: 'gate', basis: 'attainment', min: '50' },
                  { kind: 'minimum', per: 'period', amount: { amount: '100', currency: 'USD' } },
                ],
              },
            ],
          }),
        ],
        assignments: [assign('AM-7', { quota: { amount: '30000', currency: 'USD' } })],
        invoices: [invoice('INV-1', 'AM-7', '2026-03-02', '10000.00')],
      }),
    );
    expect(amounts(gated[0]).slice(1)).toEqual([
      ['gate/sales/0', '-1000.00'],
      ['minimum/sales/1', '100.00'],
    ]);
  });

  it('withholds a component when its KPI gate fails or the score is missing, and says which', () => {
    const gate = {
      ...flat('0.1', 'sales'),
      modifiers: [{ kind: 'kpi-gate' as const, kpi: 'csat', min: '80' }],
    };
    const run = (scores: Array<{ payeeId: string; kpi: string; period: string; score: string }>) =>
      computeStatements(
        input({
          plans: [plan({ components: [gate] })],
          kpiScores: scores,
          invoices: [invoice('INV-1', 'AM-7', '2026-03-02', '1000.00')],
        }),
      )[0];
    expect(
      run([{ payeeId: 'AM-7', kpi: 'csat', period: '2026-03', score: '85' }])?.totals.earned,
    ).toBe('100.00');
    expect(
      run([{ payeeId: 'AM-7', kpi: 'csat', period: '2026-03', score: '70' }])?.lines[1]?.params
        ?.code,
    ).toBe('commission.gate.kpi');
    expect(run([])?.lines[1]?.params?.code).toBe('commission.gate.kpi-missing');
  });

  it('pays SPIFFs inside their window and KPI bonuses on the payout curve', () => {
    const [statement] = computeStatements(
      input({
        plans: [
          plan({
            crediting: { base: 'booked' },
            spiffs: [
              {
                id: 'pump-push',
                name: 'Pump push',
                from: '2026-03-10',
                to: '2026-04-01',
                when: { fact: 'product.category', operator: 'eq', value: 'PUMPS' },
                award: { kind: 'fixed-per-unit', amount: { amount: '20', currency: 'USD' } },
                maxPerPayee: { amount: '150', currency: 'USD' },
              },
            ],
            kpiBonuses: [
              {
                id: 'csat',
                name: 'CSAT',
                kpi: 'csat',
                targetBonus: { amount: '2000', currency: 'USD' },
                curve: [
                  { score: '60', payoutPercent: '0' },
                  { score: '80', payoutPercent: '100' },
                  { score: '100', payoutPercent: '150' },
                ],
              },
            ],
          }),
        ],
        kpiScores: [{ payeeId: 'AM-7', kpi: 'csat', period: '2026-03', score: '90' }],
        orders: [
          order('SO-1', 'AM-7', '2026-03-05', '5', '100'),
          order('SO-2', 'AM-7', '2026-03-12', '5', '100'),
          order('SO-3', 'AM-7', '2026-03-13', '5', '100'),
        ],
      }),
    );
    expect(byKind(statement, 'spiff')).toEqual(['100.00', '50.00']); // 5 × 20, then capped at 150 in total
    expect(byKind(statement, 'kpi-bonus')).toEqual(['2500.00']); // 125 % of 2,000
  });

  it('uses the plan version in force on each line, and the last one for the period', () => {
    const v2 = plan({ version: 2, effectiveFrom: '2026-03-16', components: [flat('0.05')] });
    const [statement] = computeStatements(
      input({
        plans: [plan(), v2],
        invoices: [
          invoice('INV-1', 'AM-7', '2026-03-10', '1000.00'),
          invoice('INV-2', 'AM-7', '2026-03-20', '1000.00'),
        ],
      }),
    );
    expect([statement?.planVersion, ...byKind(statement, 'commission')]).toEqual([
      2,
      '40.00',
      '50.00',
    ]);
    expect(
      statement?.trace
        .filter((s) => s.code === 'commission.statement.version')
        .map((s) => s.params.version),
    ).toEqual([1, 2]);
  });

  it('lists the plan versions a payee was credited under in the order they came into force', () => {
    // Every credit here is priced on the columns (no line is built), so the versions are noted
    // before the payee's run exists; the statement still names them in order.
    const v2 = plan({ version: 2, effectiveFrom: '2026-03-16', components: [flat('0.05')] });
    const run = input({
      plans: [plan({ crediting: { base: 'booked' } }), { ...v2, crediting: { base: 'booked' } }],
      orders: [
        order('SO-1', 'AM-7', '2026-03-10', '10', '100'),
        order('SO-2', 'AM-7', '2026-03-11', '10', '100'),
        order('SO-3', 'AM-7', '2026-03-20', '10', '100'),
        order('SO-4', 'AM-7', '2026-03-21', '10', '100'),
      ],
    });
    const versions = (s: ReturnType<typeof computeStatements>[number] | undefined) =>
      s?.trace
        .filter((t) => t.code === 'commission.statement.version')
        .map((t) => t.params.version);
    const [auto] = computeStatements(run);
    const [decimal] = computeStatements(run, { arithmetic: 'decimal' });
    expect(versions(auto)).toEqual([1, 2]);
    expect(versions(decimal)).toEqual([1, 2]);
    expect(auto?.totals.earned).toBe('180.00'); // 2 × 1,000 × 4 % + 2 × 1,000 × 5 %
  });

  it('rounds per component so the lines add up to the rounded component total', () => {
    const thirds = plan({ rounding: { at: 'component' }, components: [flat('0.333')] });
    const docs = [1, 2, 3].map((day) => invoice(`INV-${day}`, 'AM-7', `2026-03-0${day}`, '1.00'));
    const [statement] = computeStatements(input({ plans: [thirds], invoices: docs }));
    // 0.333 each: the component total 0.999 rounds to 1.00; the extra cent goes to the first line.
    expect(byKind(statement, 'commission')).toEqual(['0.34', '0.33', '0.33']);
    expect(statement?.totals.earned).toBe('1.00');
  });

  it('pays manual adjustments as their own lines', () => {
    const [statement] = computeStatements(
      input({
        adjustments: [
          {
            id: 'ADJ-1',
            payeeId: 'AM-7',
            period: '2026-03',
            amount: { amount: '-150', currency: 'USD' },
            reason: 'duplicate order',
          },
        ],
      }),
    );
    expect(amounts(statement)).toEqual([['manual/ADJ-1', '-150.00']]);
    expect(statement?.totals).toMatchObject({ adjustments: '-150.00', payable: '-150.00' });
  });

  it('measures tiers on attainment: bounds are percentages of the quota', () => {
    const [statement] = computeStatements(
      input({
        plans: [
          plan({
            components: [
              tiers('marginal', 'attainment', [
                ['0', '100', '0.05'],
                ['100', null, '0.1'],
              ]),
            ],
          }),
        ],
        assignments: [
          assign('AM-7', {
            quotas: [{ period: '2026-03', amount: { amount: '20000', currency: 'USD' } }],
          }),
        ],
        invoices: [invoice('INV-1', 'AM-7', '2026-03-05', '30000.00')],
      }),
    );
    expect(statement?.totals.earned).toBe('2000.00'); // 20,000 × 5 % + 10,000 × 10 %
  });
});

describe('vendor tier tables on statements (issue 18)', () => {
  // Oracle Incentive Compensation, "Examples of Calculating Earnings Using Interpolated Rates"
  // (https://docs.oracle.com/cd/G11809_01/trans/F77870-03/examples-of-calculating-earnings-using-interpolated-rates.html):
  // an amount rate table split proportionally within a tier, transactions processed one by one.
  const oracle = {
    id: 'tiers',
    name: 'tiers',
    calculation: {
      kind: 'tiers' as const,
      mode: 'interpolated-amount' as const,
      measure: 'line' as const,
      outsideTiers: 'error' as const,
      tiers: [
        { from: '0', to: '1000', amount: '10' },
        { from: '1000', to: '3000', amount: '40' },
        { from: '3000', to: '8000', amount: '100' },
        { from: '8000', to: '20000', amount: '2000' },
      ],
    },
  };
  const deals = ['200', '300', '1500', '1200', '2000', '4500'];

  it('pays the six Oracle transactions 2, 3, 20, 14, 30 and 80: 149.00', () => {
    const [statement] = computeStatements(
      input({
        plans: [plan({ components: [oracle] })],
        invoices: deals.map((total, i) => invoice(`T${i + 1}`, 'AM-7', '2026-03-05', total)),
      }),
    );
    expect(statement?.lines.map((line) => line.amount)).toEqual([
      '2.00',
      '3.00',
      '20.00',
      '14.00',
      '30.00',
      '80.00',
    ]);
    expect(statement?.totals.earned).toBe('149.00');
    // Each tier line states its blended rate: payout ÷ amount measured, half-up to 6 places.
    expect(statement?.lines.map((line) => line.rate?.value)).toEqual([
      '0.01',
      '0.01',
      '0.013333',
      '0.011667',
      '0.015',
      '0.017778',
    ]);
    expect(statement?.lines[2]?.trace.map((step) => step.code)).toContain(
      'commission.tier.blended',
    );
  });

  it("stops with NO_RATE_MATCH at the line's path when a line lies above the table under outsideTiers: 'error'", () => {
    const error = thrown(() =>
      computeStatements(
        input({
          plans: [plan({ components: [oracle] })],
          invoices: [invoice('T9', 'AM-7', '2026-03-05', '25000')],
        }),
      ),
    );
    expect(error).toMatchObject({ code: 'NO_RATE_MATCH', value: '25000' });
    expect(error.path).toEqual(expect.arrayContaining(['invoices']));
  });
});
