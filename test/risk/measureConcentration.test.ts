import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money';
import { measureConcentration, safeMeasureConcentration } from '../../src/risk';

const policy = {
  effectiveFrom: '2026-01-01',
  topN: 2,
  topShareWarnPercent: '60',
  hhiWarn: '1500',
  hhiBlock: '2500',
};
const usd = { currency: 'USD' };
const row = (customerId: string, amount: string, managerId = 'M-1') => ({
  customerId,
  managerId,
  amount,
});

describe('measureConcentration', () => {
  // DOMAIN §7: HHI = Σ (share × 100)²; shares 30/30/20/20 → 2,600.
  it('gives HHI 2,600 for shares 30/30/20/20', () => {
    const report = measureConcentration(
      [row('A', '300'), row('B', '300'), row('C', '200'), row('D', '150'), row('D', '50')],
      policy,
      usd,
    );
    expect(report.company).toMatchObject({
      revenue: '1000.00',
      customers: 4,
      hhi: '2600.00',
      topSharePercent: '60.00',
      top: [
        { customerId: 'A', revenue: '300.00', sharePercent: '30.00' },
        { customerId: 'B', revenue: '300.00', sharePercent: '30.00' },
      ],
    });
    expect(
      report.findings.filter((f) => f.subject.kind === 'company').map((f) => [f.code, f.severity]),
    ).toEqual([
      ['concentration.hhi.high', 'block'],
      ['concentration.top-share.high', 'warning'],
    ]);
    expect(report.findings[0]?.message).toBe(
      'HHI 2,600.00 of manager M-1 reaches the threshold 2,500',
    );
  });

  it('measures each manager: book concentration, share of revenue, customers', () => {
    const report = measureConcentration(
      [
        row('A', '500', 'M-1'),
        row('B', '100', 'M-1'),
        row('C', '100', 'M-2'),
        row('D', '100', 'M-2'),
        row('E', '100', 'M-2'),
        row('F', '100', 'M-2'),
        row('G', '-40', 'M-2'),
      ],
      { ...policy, managerShareWarnPercent: '50', maxCustomersPerManager: 4 },
      usd,
    );
    expect(
      report.managers.map((m) => [m.managerId, m.shareOfRevenuePercent, m.customerCount, m.hhi]),
    ).toEqual([
      ['M-1', '60.00', 2, '7222.22'],
      ['M-2', '40.00', 5, '2500.00'],
    ]);
    const byManager = report.findings
      .filter((f) => f.subject.kind === 'account-manager')
      .map((f) => [f.subject.id, f.code, f.severity]);
    expect(byManager).toContainEqual(['M-1', 'concentration.manager.share', 'warning']);
    expect(byManager).toContainEqual(['M-2', 'concentration.manager.capacity', 'warning']);
    expect(byManager).not.toContainEqual(['M-2', 'concentration.manager.share', 'warning']);
  });

  it('refuses bad rows, policy and options with their path', () => {
    expect(safeMeasureConcentration([row('A', 'x')], policy, usd)).toMatchObject({
      success: false,
      error: { path: ['rows', 0, 'amount'] },
    });
    expect(safeMeasureConcentration([], policy, { currency: 'XYZ' })).toMatchObject({
      success: false,
      error: { path: ['options', 'currency'] },
    });
    expect(safeMeasureConcentration(5 as never, policy, usd)).toMatchObject({
      success: false,
      error: { path: ['rows'] },
    });
  });

  describe('properties', () => {
    const rows = fc.array(
      fc.record({
        customerId: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
        managerId: fc.constantFrom('M-1', 'M-2'),
        amount: fc.integer({ min: -1000, max: 100_000 }).map((n) => (n / 100).toFixed(2)),
      }),
      { maxLength: 25 },
    );
    const thresholds = fc.record({
      topN: fc.integer({ min: 1, max: 4 }),
      topShareWarnPercent: fc.integer({ min: 0, max: 100 }).map(String),
      hhiWarn: fc.integer({ min: 0, max: 10_000 }).map(String),
      hhiBlock: fc.integer({ min: 0, max: 10_000 }).map(String),
    });

    it('HHI lies in [10,000 ÷ n, 10,000] and no threshold passes unseen; input order does not matter', () => {
      fc.assert(
        fc.property(rows, thresholds, (list, t) => {
          const p = { effectiveFrom: '2026-01-01', ...t };
          const report = measureConcentration(list, p, usd);
          expect(measureConcentration([...list].reverse(), p, usd)).toEqual(report);
          const { hhi, customers } = report.company;
          if (hhi === null) return;
          const value = new Decimal(hhi);
          expect(
            value.lte(10_000) && value.gte(new Decimal(10_000).div(customers).minus(0.01)),
          ).toBe(true);
          const codes = report.findings.filter((f) => f.subject.kind === 'company');
          const hhiFinding = codes.find((f) => f.code === 'concentration.hhi.high');
          // the rounded HHI may sit a hair on the other side of the threshold: compare with slack
          if (value.gte(new Decimal(t.hhiBlock).plus(0.01)))
            expect(hhiFinding?.severity).toBe('block');
          else if (value.gte(new Decimal(t.hhiWarn).plus(0.01))) expect(hhiFinding).toBeDefined();
          if (
            value.lt(new Decimal(t.hhiWarn).minus(0.01)) &&
            value.lt(new Decimal(t.hhiBlock).minus(0.01))
          )
            expect(hhiFinding).toBeUndefined();
        }),
        { numRuns: 80 },
      );
    });
  });
});
