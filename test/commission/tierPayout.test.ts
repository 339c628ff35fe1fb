import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAcrossTiers, type TierTable, tierPayout } from '../../src/commission';
import { limitExceeded } from '../_support/limits';
import { thrown } from '../_support/money';

const table = (
  mode: TierTable['mode'],
  bounds: Array<[string, string | null, string]>,
): TierTable => ({
  mode,
  tiers: bounds.map(([from, to, rate]) => ({ from, to, rate })),
});

describe('tierPayout', () => {
  it('pays marginal tiers slice by slice (Salesforce Spiff, cited in DOMAIN §6: 4/6/8/10 %, first tier to 200,000; 220,000 → 9,200)', () => {
    const tiers = table('marginal', [
      ['0', '200000', '0.04'],
      ['200000', '400000', '0.06'],
      ['400000', '600000', '0.08'],
      ['600000', null, '0.10'],
    ]);
    const payout = tierPayout(tiers, '220000');
    expect(payout.commission.toFixed()).toBe('9200');
    expect(payout.slices.map((s) => [s.from, s.to, s.rate, s.commission])).toEqual([
      ['0', '200000', '0.04', '8000'],
      ['200000', '220000', '0.06', '1200'],
    ]);
  });

  it('pays whole tiers retroactively and marginal tiers by slice (Earn Base: 50 % to 100K, 60 % above, 180K → 108K whole, 98K marginal)', () => {
    const bounds: Array<[string, string | null, string]> = [
      ['0', '100000', '0.5'],
      ['100000', null, '0.6'],
    ];
    expect(tierPayout(table('whole', bounds), '180000').commission.toFixed()).toBe('108000');
    expect(tierPayout(table('marginal', bounds), '180000').commission.toFixed()).toBe('98000');
  });

  it('moves the rate linearly between tiers in interpolated mode', () => {
    const tiers = table('interpolated-rate', [
      ['0', '100', '0.02'],
      ['100', null, '0.04'],
    ]);
    // at 50 the rate is halfway: 3 % of 50 = 1.5; beyond the last tier it is flat 4 %.
    expect(tierPayout(tiers, '50').commission.toFixed()).toBe('1.5');
    expect(tierPayout(tiers, '300').commission.toFixed()).toBe('12');
  });
});

describe('splitAcrossTiers', () => {
  it('splits a new deal from the running total (Salesforce Trailhead, Spiff marginal payout rules: 145,000 closed + 20,000 → 1,100)', () => {
    const tiers = table('marginal', [
      ['0', '150000', '0.04'],
      ['150000', '250000', '0.06'],
      ['250000', null, '0.08'],
    ]);
    const split = splitAcrossTiers(tiers, '145000', '20000');
    expect(split.commission.toFixed()).toBe('1100');
    expect(split.slices.map((s) => [s.amount, s.commission])).toEqual([
      ['5000', '200'],
      ['15000', '900'],
    ]);
  });

  it('carries the retroactive uplift of a whole table on the line that crosses the boundary', () => {
    const tiers = table('whole', [
      ['0', '100', '0.1'],
      ['100', null, '0.2'],
    ]);
    const split = splitAcrossTiers(tiers, '80', '40');
    // F(120) − F(80) = 24 − 8 = 16: 40 at 20 % plus 80 × 10 % uplift
    expect(split.commission.toFixed()).toBe('16');
    expect(split.slices.map((s) => [s.kind, s.amount, s.commission])).toEqual([
      ['slice', '40', '8'],
      ['retro', '80', '8'],
    ]);
  });

  it('reverses with the right sign', () => {
    const tiers = table('marginal', [
      ['0', '100', '0.1'],
      ['100', null, '0.2'],
    ]);
    expect(splitAcrossTiers(tiers, '150', '-70').commission.toFixed()).toBe('-12');
  });

  describe('bad input', () => {
    it.each([
      [
        'a gap',
        [
          ['0', '100', '0.1'],
          ['120', null, '0.2'],
        ],
        ['tiers', 1, 'from'],
      ],
      [
        'an overlap',
        [
          ['0', '100', '0.1'],
          ['90', null, '0.2'],
        ],
        ['tiers', 1, 'from'],
      ],
      [
        'a first tier above 0',
        [
          ['10', '100', '0.1'],
          ['100', null, '0.2'],
        ],
        ['tiers', 0, 'from'],
      ],
      [
        'an open tier before the last',
        [
          ['0', null, '0.1'],
          ['100', null, '0.2'],
        ],
        ['tiers', 0, 'to'],
      ],
      [
        'a closed last tier',
        [
          ['0', '100', '0.1'],
          ['100', '200', '0.2'],
        ],
        ['tiers', 1, 'to'],
      ],
      [
        'a tier ending where it starts',
        [
          ['0', '0', '0.1'],
          ['0', null, '0.2'],
        ],
        ['tiers', 0, 'to'],
      ],
    ] as const)('refuses %s with INVALID_TIERS at the tier', (_, bounds, path) => {
      const error = thrown(() => tierPayout(table('marginal', bounds as never), '10'));
      expect([error.code, error.path]).toEqual(['INVALID_TIERS', path]);
    });
  });
});

const rate = fc.integer({ min: 0, max: 30 }).map((n) => (n / 100).toFixed(2));
const increasingTiers = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 10 })), {
    minLength: 1,
    maxLength: 5,
  })
  .map((steps) => {
    let from = 0;
    let pct = 1;
    return steps.map(([width, bump], i) => {
      const tier = {
        from: String(from),
        to: i === steps.length - 1 ? null : String(from + width),
        rate: (pct / 100).toFixed(2),
      };
      from += width;
      pct += bump;
      return tier;
    });
  });
const anyTiers = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 5000 }), rate), { minLength: 1, maxLength: 5 })
  .map((steps) => {
    let from = 0;
    return steps.map(([width, r], i) => {
      const tier = {
        from: String(from),
        to: i === steps.length - 1 ? null : String(from + width),
        rate: r,
      };
      from += width;
      return tier;
    });
  });
const amount = fc.integer({ min: 0, max: 50_000 }).map(String);

describe('limits (issue 13)', () => {
  it('a tier table of 100,000 tiers → LIMIT_EXCEEDED at the list, at once', async () => {
    const tiers = Array.from({ length: 100_000 }, (_, i) => ({
      from: String(i),
      to: String(i + 1),
      rate: '0.01',
    }));
    const error = await limitExceeded(() =>
      splitAcrossTiers({ mode: 'marginal', tiers } as TierTable, '0', '1'),
    );
    expect([error.path, error.value]).toEqual([['tiers'], 100_000]);
  });
});

describe('properties', () => {
  it('marginal never pays more than whole when rates increase', () => {
    fc.assert(
      fc.property(increasingTiers, amount, (tiers, x) => {
        const marginal = tierPayout({ mode: 'marginal', tiers }, x).commission;
        const whole = tierPayout({ mode: 'whole', tiers }, x).commission;
        expect(marginal.lte(whole)).toBe(true);
      }),
    );
  });

  it('lines split from the running total add up to the payout of the total (exactly for whole and marginal; to 40 digits when interpolated)', () => {
    fc.assert(
      fc.property(
        anyTiers,
        fc.constantFrom('whole', 'marginal', 'interpolated-rate' as const),
        fc.array(amount, { maxLength: 8 }),
        (tiers, mode, deals) => {
          let before = '0';
          let sum = tierPayout({ mode, tiers }, 0).commission;
          for (const deal of deals) {
            sum = sum.plus(splitAcrossTiers({ mode, tiers }, before, deal).commission);
            before = String(Number(before) + Number(deal));
          }
          const total = tierPayout({ mode, tiers }, before).commission;
          if (mode === 'interpolated-rate') expect(sum.minus(total).abs().lte('1e-30')).toBe(true);
          else expect(sum.eq(total)).toBe(true);
        },
      ),
    );
  });

  it('the slices add up to the commission', () => {
    fc.assert(
      fc.property(
        anyTiers,
        fc.constantFrom('whole', 'marginal', 'interpolated-rate' as const),
        amount,
        amount,
        (tiers, mode, before, x) => {
          const split = splitAcrossTiers({ mode, tiers }, before, x);
          const total = split.slices.reduce(
            (acc, s) => acc.plus(s.commission),
            split.commission.minus(split.commission),
          );
          expect(total.eq(split.commission)).toBe(true);
        },
      ),
    );
  });

  it('marginal payouts never fall when the amount grows (non-negative rates)', () => {
    fc.assert(
      fc.property(anyTiers, amount, amount, (tiers, a, b) => {
        const [lo, hi] = Number(a) <= Number(b) ? [a, b] : [b, a];
        expect(
          tierPayout({ mode: 'marginal', tiers }, lo).commission.lte(
            tierPayout({ mode: 'marginal', tiers }, hi).commission,
          ),
        ).toBe(true);
      }),
    );
  });
});
