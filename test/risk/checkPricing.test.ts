import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPricing,
  PricingPolicy,
  type PricingPolicyInput,
  safeCheckPricing,
} from '../../src/risk';

const policy: PricingPolicyInput = {
  effectiveFrom: '2026-01-01',
  discount: {
    freePercent: '5',
    approvals: [
      { upToPercent: '10', approver: 'manager' },
      { upToPercent: '20', approver: 'director' },
    ],
  },
  margin: {
    floorPercent: '25',
    approvals: [
      { downToPercent: '20', approver: 'manager' },
      { downToPercent: '10', approver: 'director' },
    ],
  },
};

const line = (lineId: string, rate: string, unitCost: string, extra: object = {}) => ({
  lineId,
  productId: 'P',
  categoryId: 'K',
  quantity: '10',
  unitPrice: '100',
  unitCost,
  discount: { kind: 'rate', rate },
  ...extra,
});
type OrderInput = Parameters<typeof checkPricing>[0];
const order = (lines: object[]): OrderInput => ({
  id: 'SO-1',
  customerId: 'C-1',
  ownerId: 'AM-1',
  orderDate: '2026-03-02',
  currency: 'USD',
  status: 'open',
  lines: lines as OrderInput['lines'],
});

describe('checkPricing', () => {
  it('names the approval level each line and the order needs, and blocks beyond the last', () => {
    // Gross 1,000 a line, cost 600 a line. Line 1: 5 % off (free), margin 350 ÷ 950. Line 2: 10 %
    // (manager), margin 300 ÷ 900. Line 3: 25 % (above 20 %: block), margin 150 ÷ 750 = 20 %
    // (the manager's level, its edge included). Order: 400 ÷ 3,000 = 13.33 % (director), margin
    // 800 ÷ 2,600 = 30.77 % (free).
    const findings = checkPricing(
      order([line('1', '0.05', '60'), line('2', '0.1', '60'), line('3', '0.25', '60')]),
      policy,
    );
    expect(findings.map((f) => [f.code, f.severity, f.evidence])).toEqual([
      [
        'pricing.line-discount.exceeded',
        'block',
        { lineId: '3', discountPercent: '25', maxPercent: '20' },
      ],
      [
        'pricing.line-discount.approval',
        'warning',
        {
          lineId: '2',
          discountPercent: '10',
          freePercent: '5',
          approver: 'manager',
          upToPercent: '10',
        },
      ],
      [
        'pricing.line-margin.approval',
        'warning',
        {
          lineId: '3',
          marginPercent: '20',
          floorPercent: '25',
          approver: 'manager',
          downToPercent: '20',
        },
      ],
      [
        'pricing.order-discount.approval',
        'warning',
        { discountPercent: '13.333333', freePercent: '5', approver: 'director', upToPercent: '20' },
      ],
    ]);
    expect(findings[0]?.message).toBe(
      'line 3: discount 25% is above 20%, the most anyone may approve',
    );
  });

  it('compares exactly: a hair above an edge climbs a level although it shows as the edge', () => {
    const hair = order([{ ...line('1', '0.1000000001', '0'), quantity: '1' }]);
    const [finding] = checkPricing(hair, { ...policy, scope: 'line' });
    expect(finding?.evidence).toMatchObject({ discountPercent: '10', approver: 'director' });
  });

  it('checks margins from unit costs, leaves returns out and needs a cost for every sold line', () => {
    const free = order([line('1', '1', '5')]);
    expect(
      checkPricing(free, { ...policy, scope: 'line' }).map((f) => [f.code, f.evidence]),
    ).toEqual(
      [
        ['pricing.line-margin.no-revenue', { lineId: '1', cost: '50' }],
        [
          'pricing.line-discount.exceeded',
          { lineId: '1', discountPercent: '100', maxPercent: '20' },
        ],
      ].sort((a, b) => (a[0] as string).localeCompare(b[0] as string)),
    );
    const withReturn = order([
      line('1', '0', '60'),
      line('2', '0.5', '99', { quantity: '-1', isReturn: true }),
    ]);
    expect(checkPricing(withReturn, policy)).toEqual([]);
    const { unitCost: _, ...noCost } = line('2', '0', '0');
    expect(safeCheckPricing(order([line('1', '0', '1'), noCost]), policy)).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['order', 'lines', 1, 'unitCost'] },
    });
    expect(
      checkPricing(order([noCost]), { effectiveFrom: '2026-01-01', discount: policy.discount }),
    ).toEqual([]);
  });

  it('refuses approval levels out of order', () => {
    expect(
      PricingPolicy.safeParse({
        effectiveFrom: '2026-01-01',
        discount: {
          freePercent: '5',
          approvals: [
            { upToPercent: '20', approver: 'a' },
            { upToPercent: '10', approver: 'b' },
          ],
        },
      }).error?.issues[0]?.path,
    ).toEqual(['discount', 'approvals', 1, 'upToPercent']);
    expect(
      safeCheckPricing(order([line('1', '0', '1')]), {
        effectiveFrom: '2026-01-01',
        margin: { floorPercent: '20', approvals: [{ downToPercent: '25', approver: 'a' }] },
      }),
    ).toMatchObject({
      success: false,
      error: { path: ['policy', 'margin', 'approvals', 0, 'downToPercent'] },
    });
  });

  describe('properties', () => {
    // n thousandths off a gross of 1,000 is a discount of n; all checks below are in integers.
    const lines = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 150 })), {
        minLength: 1,
        maxLength: 6,
      })
      .map((specs) =>
        specs.map(([n, c], i) => line(String(i + 1), (n / 1000).toFixed(3), String(c))),
      );

    it('never passes a line whose discount is above the free level or whose margin is below the floor', () => {
      fc.assert(
        fc.property(lines, (ls) => {
          const findings = checkPricing(order(ls), { ...policy, scope: 'line' });
          for (const l of ls) {
            const own = findings.filter((f) => f.evidence.lineId === l.lineId).map((f) => f.code);
            const discount = Math.round(Number(l.discount.rate) * 1000);
            const net = 1000 - discount;
            const cost = Number(l.unitCost) * 10;
            expect(own.some((c) => c.includes('discount'))).toBe(discount > 50);
            expect(own.some((c) => c.includes('margin'))).toBe(
              net > 0 ? (net - cost) * 100 < 25 * net : cost > 0,
            );
          }
        }),
        { numRuns: 30 },
      );
    });

    it('does not depend on the order of the lines', () => {
      const pair = lines.chain((ls) =>
        fc.tuple(fc.constant(ls), fc.shuffledSubarray(ls, { minLength: ls.length })),
      );
      fc.assert(
        fc.property(pair, ([ls, shuffled]) => {
          expect(checkPricing(order(shuffled), policy)).toEqual(checkPricing(order(ls), policy));
        }),
        { numRuns: 30 },
      );
    });
  });
});
