import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeTierPayout, type TierTable, tierPayout } from '../../src/commission';
import { thrown } from '../_support/money';

// Oracle Fusion Incentive Compensation, "Examples of Calculating Earnings Using Interpolated
// Rates" (the amount rate table split "proportional within a tier", also known as interpolated):
// https://docs.oracle.com/cd/G11809_01/trans/F77870-03/examples-of-calculating-earnings-using-interpolated-rates.html
// Tiers 0–1,000 pay 10, 1,000–3,000 pay 40, 3,000–8,000 pay 100, 8,000–20,000 pay 2,000;
// transactions processed individually: 200 → 2, 300 → 3, 1,500 → 20, 1,200 → 14, 2,000 → 30,
// 4,500 → 80, 149 USD in all.
/** The error of a refused table (`null` when it pays). */
function refusal(table: TierTable, x: string) {
  const result = safeTierPayout(table, x);
  return result.success ? null : result.error;
}

const oracle: TierTable = {
  mode: 'interpolated-amount',
  outsideTiers: 'error',
  tiers: [
    { from: '0', to: '1000', amount: '10' },
    { from: '1000', to: '3000', amount: '40' },
    { from: '3000', to: '8000', amount: '100' },
    { from: '8000', to: '20000', amount: '2000' },
  ],
};

describe('interpolated-amount tiers', () => {
  it('states the payout at the plan currency minor-unit scale when given the currency (issue 18)', () => {
    expect(tierPayout(oracle, '1234.25', { currency: 'USD' }).amount).toBe('14.69'); // 10 + 4.685
    expect(tierPayout(oracle, '1234.25', { currency: 'USD', mode: 'half-even' }).amount).toBe(
      '14.68',
    );
    expect(tierPayout(oracle, '1234.25', { currency: 'JPY' }).amount).toBe('15');
    expect(tierPayout(oracle, '1234.25').amount).toBeNull();
  });

  it('reproduces Oracle Incentive Compensation interpolated amount rate table (six transactions, 149 USD)', () => {
    const paid = ['200', '300', '1500', '1200', '2000', '4500'].map((x) =>
      tierPayout(oracle, x).commission.toFixed(),
    );
    expect(paid).toEqual(['2', '3', '20', '14', '30', '80']);
    expect(paid.reduce((sum, x) => sum.plus(x), new Decimal(0)).toFixed()).toBe('149');
  });

  it('shows each tier as a slice: the whole amount of a tier passed, a prorated share of the last', () => {
    const payout = tierPayout(oracle, '4500');
    expect(payout.slices.map((s) => [s.from, s.to, s.rate, s.amount, s.commission])).toEqual([
      ['0', '1000', '0.01', '1000', '10'],
      ['1000', '3000', '0.02', '2000', '40'],
      ['3000', '4500', '0.02', '1500', '30'],
    ]);
  });

  it('differs from interpolated-rate, which moves a rate and pays it on all of the amount (hand example)', () => {
    // Hand example: the rate goes from 2 % at 0 to 4 % at 100; at 50 it is 3 %, on all 50 → 1.5.
    // The same bounds paying amounts 2 and 4: at 50, half of the first tier's 2 → 1.
    const bounds = [
      { from: '0', to: '100' },
      { from: '100', to: '200' },
    ];
    const rate = tierPayout(
      {
        mode: 'interpolated-rate',
        outsideTiers: 'zero',
        tiers: bounds.map((b, i) => ({ ...b, rate: ['0.02', '0.04'][i] as string })),
      },
      '50',
    );
    const amount = tierPayout(
      {
        mode: 'interpolated-amount',
        outsideTiers: 'zero',
        tiers: bounds.map((b, i) => ({ ...b, amount: ['2', '4'][i] as string })),
      },
      '50',
    );
    expect([rate.commission.toFixed(), amount.commission.toFixed()]).toEqual(['1.5', '1']);
  });

  it('refuses an open tier, a rate in an amount table and an amount in a rate table, naming the field', () => {
    const open = refusal(
      { mode: 'interpolated-amount', tiers: [{ from: '0', to: null, amount: '10' }] },
      '5',
    );
    expect(open?.code).toBe('INVALID_TIERS');
    expect(open?.path).toEqual(['tiers', 0, 'to']);
    expect(open?.message).toMatch(/closed/);
    const rated = refusal(
      {
        mode: 'interpolated-amount',
        outsideTiers: 'zero',
        tiers: [{ from: '0', to: '10', rate: '0.1' }],
      },
      '5',
    );
    expect([rated?.code, rated?.path]).toEqual(['INVALID_TIERS', ['tiers', 0, 'amount']]);
    const amounts = refusal(
      { mode: 'marginal', tiers: [{ from: '0', to: null, amount: '10' }] },
      '5',
    );
    expect([amounts?.code, amounts?.path]).toEqual(['INVALID_TIERS', ['tiers', 0, 'rate']]);
  });

  it('above a closed top: NO_RATE_MATCH under outsideTiers error, the amounts of every tier under zero', () => {
    expect(thrown(() => tierPayout(oracle, '25000'))).toMatchObject({
      code: 'NO_RATE_MATCH',
      path: ['amount'],
      value: '25000',
    });
    expect(tierPayout({ ...oracle, outsideTiers: 'zero' }, '25000').commission.toFixed()).toBe(
      '2150',
    );
  });
});

// OCA commission (Odoo), `commission` module, `Commission.calculate_section`: a "by sections"
// commission pays `base × percent / 100` for the section with `amount_from <= base <=
// amount_to`, and 0 when no section holds the base
// (https://github.com/OCA/commission, commission/models/commission.py). Hand example in that
// shape: sections 0–200 at 5 % and 200.01–500 at 10 %, then a second table with a gap, 300–500.
// OCA's `amount_to` is inclusive; our `to` is exclusive, so a section ending at 200 (to the
// cent) is written `to: '200.01'`.
describe('vendor tier tables as written (gaps, closed top)', () => {
  const sections = (bands: Array<[string, string, string]>): TierTable => ({
    mode: 'whole',
    outsideTiers: 'zero',
    tiers: bands.map(([from, to, rate]) => ({ from, to, rate })),
  });
  const pay = (table: TierTable, x: string) => tierPayout(table, x).commission.toFixed();

  it('pays each line at its section rate and nothing above the last section (OCA sections)', () => {
    const table = sections([
      ['0', '200.01', '0.05'],
      ['200.01', '500.01', '0.10'],
    ]);
    expect(['150', '200', '200.01', '500', '500.01', '800'].map((x) => pay(table, x))).toEqual([
      '7.5',
      '10',
      '20.001',
      '50',
      '0',
      '0',
    ]);
  });

  it('pays nothing in a gap between sections', () => {
    const table = sections([
      ['0', '200.01', '0.05'],
      ['300', '500.01', '0.10'],
    ]);
    expect(['200', '250', '300', '600'].map((x) => pay(table, x))).toEqual(['10', '0', '30', '0']);
  });

  it('a marginal table pays the slices inside its bands only', () => {
    const table: TierTable = {
      mode: 'marginal',
      outsideTiers: 'zero',
      tiers: [
        { from: '100', to: '200', rate: '0.1' },
        { from: '300', to: '400', rate: '0.2' },
      ],
    };
    // 100 × 10 % + 50 × 20 %; nothing below 100, between 200 and 300, or (negative) below 0.
    expect(pay(table, '350')).toBe('20');
    expect(pay(table, '-50')).toBe('0');
  });

  it('refuses a gap without outsideTiers, naming the field and its choices', () => {
    const result = refusal(
      {
        mode: 'whole',
        tiers: [
          { from: '0', to: '200', rate: '0.05' },
          { from: '200.01', to: null, rate: '0.1' },
        ],
      },
      '5',
    );
    expect([result?.code, result?.path]).toEqual(['INVALID_TIERS', ['tiers', 1, 'from']]);
    expect(result?.message).toMatch(/outsideTiers: 'error' \| 'zero'/);
  });

  it('still refuses overlapping tiers when outsideTiers is stated', () => {
    const result = refusal(
      {
        mode: 'whole',
        outsideTiers: 'zero',
        tiers: [
          { from: '0', to: '200', rate: '0.05' },
          { from: '150', to: null, rate: '0.1' },
        ],
      },
      '5',
    );
    expect([result?.code, result?.path]).toEqual(['INVALID_TIERS', ['tiers', 1, 'from']]);
  });
});

// Closed tables with gaps: [from, to) per tier, amounts 0–5,000 each.
const closedTiers = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 1, max: 3000 }),
      fc.integer({ min: 0, max: 5000 }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((steps) => {
    let at = 0;
    return steps.map(([gap, width, pay]) => {
      const from = at + gap;
      at = from + width;
      return { from: String(from), to: String(at), amount: String(pay) };
    });
  });
const point = fc.integer({ min: -2000, max: 20_000 }).map(String);

describe('properties', () => {
  it('interpolated-amount payout is continuous and non-decreasing in the amount: 0 ≤ F(y) − F(x) ≤ L·(y − x) for x ≤ y, L the steepest tier', () => {
    fc.assert(
      fc.property(closedTiers, point, point, (tiers, a, b) => {
        const [x, y] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const table: TierTable = { mode: 'interpolated-amount', outsideTiers: 'zero', tiers };
        const rise = tierPayout(table, y).commission.minus(tierPayout(table, x).commission);
        const steepest = Decimal.max(
          ...tiers.map((t) => new Decimal(t.amount).div(new Decimal(t.to).minus(t.from))),
        );
        expect(rise.gte(0)).toBe(true);
        // Both sides are quotients at decimal.js's 20 significant digits: allow the last digit.
        const bound = steepest.times(new Decimal(y).minus(x));
        expect(rise.lte(bound.plus(bound.abs().times('1e-18')).plus('1e-30'))).toBe(true);
      }),
    );
  });

  it('a whole table pays nothing for an amount outside every band, and its band rate inside', () => {
    fc.assert(
      fc.property(closedTiers, point, (tiers, x) => {
        const rated = tiers.map((t, i) => ({ from: t.from, to: t.to, rate: `0.0${i + 1}` }));
        const table: TierTable = { mode: 'whole', outsideTiers: 'zero', tiers: rated };
        const band = rated.find((t) => new Decimal(x).gte(t.from) && new Decimal(x).lt(t.to));
        const below = new Decimal(x).lt(0) && rated[0]?.from === '0' ? rated[0] : undefined;
        const rate = band?.rate ?? below?.rate ?? '0';
        expect(tierPayout(table, x).commission.eq(new Decimal(x).times(rate))).toBe(true);
      }),
    );
  });
});
