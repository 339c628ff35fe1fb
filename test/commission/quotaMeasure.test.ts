import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CommissionInput,
  commissionCatalog,
  computeStatements,
  type Statement,
  safeComputeStatements,
  safeTargetVariance,
  targetVariance,
} from '../../src/commission';
import { renderTrace } from '../../src/explain';
import { scenarioArbitrary } from './arbitraries';
import { assign, input, order, plan } from './fixtures';

/** Both engines' statements, checked equal. */
function both(run: CommissionInput): Statement[] {
  const auto = computeStatements(run);
  expect(computeStatements(run, { arithmetic: 'decimal' })).toEqual(auto);
  return auto;
}

// ERPNext: a Sales Person's targets are set as "Target Qty" or "Target Amount" per item group and
// period, and the "Sales Person Target Variance Based On Item Group" report shows Target, Achieved
// and Variance for the one chosen ("Target On: Quantity | Amount"; ERPNext docs, Selling ›
// Sales Person Target Allocation). Oracle Incentive Compensation states a goal's unit of measure
// (amount or quantity) on the plan component. Here: a target of 100 units in March 2026, 80 units
// sold at 100 each; 4 % commission, nothing below 90 % attainment.
const unitsPlan = (extra: Record<string, unknown> = {}) =>
  plan({
    crediting: { base: 'booked' },
    quotaMeasure: 'quantity',
    components: [
      {
        id: 'base',
        name: 'Base',
        calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } },
        modifiers: [{ kind: 'gate', basis: 'attainment', min: '90' }],
      },
    ],
    ...extra,
  });

const run = (units: string, quota: unknown): CommissionInput =>
  input({
    plans: [unitsPlan()],
    assignments: [assign('AM-7', { quota })],
    orders: [order('SO-1', 'AM-7', '2026-03-02', units, '100')],
  });

describe('quotas in quantity', () => {
  it('80 of 100 units is 80 % attainment: the 90 % gate closes; 95 units open it', () => {
    const [short] = both(run('80', { quantity: '100' }));
    expect(short?.attainment).toEqual({
      credited: '80',
      quota: '100',
      percent: '80',
      measure: 'quantity',
    });
    expect(short?.totals.earned).toBe('0.00');
    const [met] = both(run('95', { quantity: '100' }));
    expect(met?.attainment.percent).toBe('95');
    expect(met?.totals.earned).toBe('380.00');
  });

  it('the statement trace states units, in English and Chinese', () => {
    const [s] = both(run('80', { quantity: '100' }));
    const step = (s?.trace ?? []).filter((t) => t.code.startsWith('commission.statement.att'));
    expect(renderTrace(step, { locale: 'en', catalog: commissionCatalog })).toEqual([
      'credited 80 units against a quota of 100 units: 80% attainment',
    ]);
    expect(renderTrace(step, { locale: 'zh-CN', catalog: commissionCatalog })).toEqual([
      '计入销量 80 件，销量指标 100 件，达成率 80%',
    ]);
  });

  it('a money plan is unchanged: no measure on its attainment', () => {
    const [s] = both(
      input({
        plans: [plan({ crediting: { base: 'booked' } })],
        assignments: [assign('AM-7', { quota: { amount: '1000', currency: 'USD' } })],
        orders: [order('SO-1', 'AM-7', '2026-03-02', '8', '100')],
      }),
    );
    expect(s?.attainment).toEqual({ credited: '800', quota: '1000', percent: '80' });
  });

  it('a split credits each payee its share of the units', () => {
    const [a, b] = both({
      ...run('80', { quantity: '100' }),
      assignments: [
        assign('AM-7', { quota: { quantity: '100' } }),
        assign('AM-8', { quota: { quantity: '20' } }),
      ],
      splits: [
        {
          orderId: 'SO-1',
          splits: [
            { payeeId: 'AM-7', percent: '75' },
            { payeeId: 'AM-8', percent: '25' },
          ],
        },
      ],
    });
    expect([a?.attainment.credited, b?.attainment.credited]).toEqual(['60', '20']);
    expect(b?.attainment.percent).toBe('100');
  });

  it('refuses a quota of the other measure and versions that disagree', () => {
    const code = (r: CommissionInput) => {
      const result = safeComputeStatements(r);
      return result.success ? null : [result.error.code, result.error.path];
    };
    expect(code(run('80', { amount: '100', currency: 'USD' }))).toEqual([
      'INVALID_INPUT',
      ['assignments', 0, 'quota'],
    ]);
    expect(
      code({
        ...run('80', { quantity: '100' }),
        plans: [plan({ crediting: { base: 'booked' } })],
      }),
    ).toEqual(['INVALID_INPUT', ['assignments', 0, 'quota']]);
    expect(
      code({
        ...run('80', undefined),
        assignments: [
          assign('AM-7', {
            quotas: [{ period: '2026-03', amount: { amount: '1', currency: 'USD' } }],
          }),
        ],
      }),
    ).toEqual(['INVALID_INPUT', ['assignments', 0, 'quotas', 0]]);
    expect(
      code({
        ...run('80', { quantity: '100' }),
        plans: [unitsPlan(), plan({ version: 2, effectiveFrom: '2026-06-01' })],
      }),
    ).toEqual(['INVALID_INPUT', ['plans', 1, 'quotaMeasure']]);
  });

  it('an invoice line without a quantity cannot count toward a quota in units', () => {
    const result = safeComputeStatements(
      input({
        plans: [unitsPlan({ crediting: { base: 'invoiced' } })],
        assignments: [assign('AM-7', { quota: { quantity: '100' } })],
        invoices: [
          {
            id: 'INV-1',
            customerId: 'C-1',
            ownerId: 'AM-7',
            issueDate: '2026-03-05',
            dueDate: '2026-04-05',
            currency: 'USD',
            total: '1000',
            tax: '0',
          },
        ],
      }),
    );
    expect(result.success ? null : result.error.code).toBe('INVALID_INPUT');
  });
});

// Oracle Incentive Compensation: a goal in quantity, and a rate table whose dimension is
// attainment (percent of the goal) applied to the transaction amount ("Rate Tables" and "Goals",
// Implementing Incentive Compensation); ERPNext's "Target Qty". Here: a quota of 100 units in March
// 2026, tiers 0–80 % pay 2 %, 80–100 % 4 %, 100 %+ 6 %; the payee sells 95 units — 60 at 10
// (600.00) and then 35 at 20 (700.00) — so attainment is 95 %, in the 4 % tier.
const unitTiersPlan = (mode: string) =>
  unitsPlan({
    components: [
      {
        id: 'base',
        name: 'Base',
        calculation: {
          kind: 'tiers',
          mode,
          measure: 'attainment',
          tiers: [
            { from: '0', to: '80', rate: '0.02' },
            { from: '80', to: '100', rate: '0.04' },
            { from: '100', to: null, rate: '0.06' },
          ],
        },
      },
    ],
  });

const unitsTiered = (mode: string): CommissionInput =>
  input({
    plans: [unitTiersPlan(mode)],
    assignments: [assign('AM-7', { quota: { quantity: '100' } })],
    orders: [
      order('SO-1', 'AM-7', '2026-03-02', '60', '10'),
      order('SO-2', 'AM-7', '2026-03-09', '35', '20'),
    ],
  });

describe('attainment tiers in units', () => {
  it('marginal: each tier pays on the money of the units sold in it (600 × 2 % + 400 × 2 % + 300 × 4 % = 32)', () => {
    const [s] = both(unitsTiered('marginal'));
    expect(s?.attainment).toMatchObject({ credited: '95', percent: '95', measure: 'quantity' });
    // SO-2's 35 units are worth 20 each: 20 units (400.00) reach 80 % at 2 %, 15 (300.00) at 4 %.
    expect(s?.lines.map((line) => line.amount)).toEqual(['12.00', '20.00']);
    expect(s?.totals.earned).toBe('32.00');
    const slices = (s?.lines[1]?.trace ?? []).filter((t) => t.code === 'commission.tier.slice');
    // The slices move the measure in units and pay on their money.
    expect(renderTrace(slices, { locale: 'en', catalog: commissionCatalog })).toEqual([
      '400 USD moving the measure from 60 to 80, at 2% = 8 USD',
      '300 USD moving the measure from 80 to 95, at 4% = 12 USD',
    ]);
  });

  it('whole: the tier of the units reached pays on all the money (1,300 × 4 % = 52)', () => {
    const [s] = both(unitsTiered('whole'));
    // SO-2 carries the uplift for SO-1's 600.00 from 2 % to 4 %: 1,300 × 4 % − 600 × 2 % = 40.
    expect(s?.lines.map((line) => line.amount)).toEqual(['12.00', '40.00']);
    expect(s?.totals.earned).toBe('52.00');
  });

  it('past the quota: 110 units reach the 6 % tier', () => {
    const [s] = both({
      ...unitsTiered('marginal'),
      orders: [
        order('SO-1', 'AM-7', '2026-03-02', '60', '10'),
        order('SO-2', 'AM-7', '2026-03-09', '35', '20'),
        order('SO-3', 'AM-7', '2026-03-20', '15', '10'),
      ],
    });
    // SO-3: 5 units (50.00) to 100 % at 4 %, 10 units (100.00) at 6 % = 2 + 6.
    expect(s?.lines.map((line) => line.amount)).toEqual(['12.00', '20.00', '8.00']);
  });

  it('a quota in units is still needed', () => {
    const result = safeComputeStatements({
      ...unitsTiered('marginal'),
      assignments: [assign('AM-7')],
    });
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_INPUT',
      ['assignments', 0, 'quota'],
    ]);
  });
});

describe('targetVariance', () => {
  it('ERPNext style: target 100 units, achieved 80, variance −20', () => {
    const [s] = both(run('80', { quantity: '100' }));
    expect(targetVariance(s as Statement)).toEqual({
      payeeId: 'AM-7',
      period: '2026-03',
      measure: 'quantity',
      currency: null,
      target: '100',
      achieved: '80',
      variance: '-20',
      percent: '80',
    });
  });

  it('in money, and without a quota', () => {
    const [s] = both(
      input({
        plans: [plan({ crediting: { base: 'booked' } })],
        orders: [order('SO-1', 'AM-7', '2026-03-02', '12', '100')],
        assignments: [assign('AM-7', { quota: { amount: '1000', currency: 'USD' } })],
      }),
    );
    expect(targetVariance(s as Statement)).toMatchObject({
      measure: 'money',
      currency: 'USD',
      target: '1000',
      achieved: '1200',
      variance: '200',
      percent: '120',
    });
    const [none] = both(input({ orders: [order('SO-1', 'AM-7', '2026-03-02', '1', '1')] }));
    expect(targetVariance(none as Statement)).toMatchObject({ target: null, variance: null });
    expect(safeTargetVariance({} as never).success).toBe(false);
  });
});

describe('properties', () => {
  it('on generated scenarios with quotas in units, the column engine equals the decimal.js reference', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(scenarioArbitrary({ cash: true }), fc.integer({ min: 1, max: 40 }), (base, q) => {
        const [own] = base.plans;
        const scenario: CommissionInput = {
          ...base,
          plans: [{ ...(own as object), quotaMeasure: 'quantity' } as never],
          assignments: base.assignments.map((a) => ({ ...a, quota: { quantity: String(q) } })),
        };
        const auto = safeComputeStatements(scenario);
        const reference = safeComputeStatements(scenario, { arithmetic: 'decimal' });
        expect(JSON.stringify(reference)).toBe(JSON.stringify(auto));
      }),
      { numRuns: 15 },
    );
  });

  it('a quantity plan pays what the same plan pays in money when each unit is worth 1', {
    timeout: 20_000,
  }, () => {
    const modes = ['whole', 'marginal', 'interpolated-rate', 'interpolated-amount'] as const;
    const tiersOf = (mode: (typeof modes)[number], cut: number[]) =>
      mode === 'interpolated-amount'
        ? {
            outsideTiers: 'zero',
            tiers: [
              { from: '0', to: String(cut[0]), amount: '7' },
              { from: String(cut[0]), to: String(cut[1]), amount: '13' },
            ],
          }
        : {
            tiers: [
              { from: '0', to: String(cut[0]), rate: '0.02' },
              { from: String(cut[0]), to: String(cut[1]), rate: '0.045' },
              { from: String(cut[1]), to: null, rate: '0.07' },
            ],
          };
    fc.assert(
      fc.property(
        fc.constantFrom(...modes),
        fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 2, maxLength: 2 }),
        fc.integer({ min: 1, max: 300 }),
        fc.array(
          fc.integer({ min: -40, max: 120 }).filter((n) => n !== 0),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (mode, bounds, quota, units) => {
          const cut = [...bounds].sort((a, b) => a - b);
          const calculation = { kind: 'tiers', mode, measure: 'attainment', ...tiersOf(mode, cut) };
          const components = [{ id: 'base', name: 'Base', calculation }] as never;
          // A negative count is a return line (a sale taken back in the period).
          const orders = units.map((n, i) => {
            const date = `2026-03-${String(i + 2).padStart(2, '0')}`;
            const sale = order(`SO-${i}`, 'AM-7', date, String(n), '1');
            const lines = sale.lines.map((line) => ({ ...line, isReturn: true }));
            return n > 0 ? sale : { ...sale, lines };
          });
          const inUnits = safeComputeStatements(
            input({
              plans: [unitsPlan({ components })],
              assignments: [assign('AM-7', { quota: { quantity: String(quota) } })],
              orders,
            }),
          );
          const inMoney = safeComputeStatements(
            input({
              plans: [plan({ crediting: { base: 'booked' }, components })],
              assignments: [assign('AM-7', { quota: { amount: String(quota), currency: 'USD' } })],
              orders,
            }),
          );
          const paid = (r: typeof inUnits) =>
            r.success
              ? r.data.map((s) => [s.totals.earned, s.lines.map((line) => line.amount)])
              : r.error.code;
          expect(inMoney.success).toBe(true);
          expect(paid(inUnits)).toEqual(paid(inMoney));
        },
      ),
      { numRuns: 40 },
    );
  });
});
