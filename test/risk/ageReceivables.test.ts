import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money';
import {
  AgingPolicy,
  ageReceivables,
  buildExposureIndex,
  safeAgeReceivables,
} from '../../src/risk';
import { AS_OF, invoice, POLICY } from './_support/facts';

const options = { asOf: AS_OF, baseCurrency: 'USD', policy: POLICY };
const aging = { effectiveFrom: '2026-01-01' };

function payment(id: string, invoiceId: string, amount: string, customerId = 'C-1') {
  return {
    id,
    customerId,
    ownerId: 'M-1',
    date: '2026-06-29',
    currency: 'USD',
    amount,
    allocations: [{ invoiceId, amount: { amount, currency: 'USD' } }],
  };
}

describe('ageReceivables', () => {
  // Sage Intacct's AR aging by due date defaults to the periods 0-30, 31-60, 61-90, 91-120, 121-:
  // https://developer.intacct.com/api/accounts-receivable/ar-aging/
  it('buckets open items by days past due: current, 1-30, 31-60, 61-90, 91-120, 121+', () => {
    const due = [
      '2026-07-15',
      '2026-06-30',
      '2026-06-01',
      '2026-05-01',
      '2026-04-01',
      '2026-03-01',
      '2026-01-01',
    ];
    const index = buildExposureIndex(
      {
        invoices: due.map((dueDate, i) =>
          invoice(`I-${i}`, i < 4 ? 'C-1' : 'C-2', `${i + 1}00.00`, {
            issueDate: '2025-12-01',
            dueDate,
            ownerId: i % 2 === 0 ? 'M-1' : 'M-2',
          }),
        ),
        payments: [payment('P-1', 'I-0', '100.00')],
      },
      options,
    );
    const report = ageReceivables(index, aging);
    // days past due on 2026-06-30: -15 (paid), 0, 29, 60, 90, 121, 180
    expect(report.total.buckets.map((b) => [b.label, b.amount])).toEqual([
      ['current', '200.00'],
      ['1-30', '300.00'],
      ['31-60', '400.00'],
      ['61-90', '500.00'],
      ['91-120', '0.00'],
      ['121+', '1300.00'],
    ]);
    expect(report.total).toMatchObject({
      open: '2700.00',
      overdue: '2500.00',
      overdueSharePercent: '92.59',
      oldest: { invoiceId: 'I-6', daysPastDue: 180, customerId: 'C-2' },
    });
    expect(report.customers.map((line) => [line.id, line.open])).toEqual([
      ['C-1', '900.00'],
      ['C-2', '1800.00'],
    ]);
    expect(report.managers.map((line) => [line.id, line.open])).toEqual([
      ['M-1', '1500.00'],
      ['M-2', '1200.00'],
    ]);
    expect(
      report.findings.map((f) => [f.code, f.severity, f.subject.id, f.evidence.oldestDays]),
    ).toEqual([
      ['receivables.overdue.block', 'block', 'C-2', '180'],
      ['receivables.overdue.warning', 'warning', 'C-1', '60'],
    ]);
  });

  // DSO = accounts receivable ÷ credit sales × days: 50,000 ÷ 200,000 × 365 = 91.25 days
  // (https://bit1024.com/tool/DSO-Calculator).
  it('computes the textbook DSO', () => {
    const index = buildExposureIndex(
      {
        invoices: [
          invoice('I-1', 'C-1', '200000.00', { issueDate: '2026-01-15', dueDate: '2026-02-14' }),
        ],
        payments: [payment('P-1', 'I-1', '150000.00')],
      },
      options,
    );
    expect(ageReceivables(index, aging, { dsoDays: 365 }).total).toMatchObject({
      open: '50000.00',
      creditSales: '200000.00',
      dso: '91.25',
    });
  });

  // Best possible DSO = current receivables ÷ credit sales × days: a month of 28 days with
  // 30,000 of credit sales and 10,000 receivable of which 2,000 past due → 8,000 ÷ 30,000 × 28
  // ≈ 7.47 days (https://www.growfin.ai/glossary/best-possible-dso-definition).
  it('computes the textbook best possible DSO', () => {
    const index = buildExposureIndex(
      {
        invoices: [
          invoice('I-1', 'C-1', '20000.00', { issueDate: '2026-06-10', dueDate: '2026-07-10' }),
          invoice('I-2', 'C-1', '10000.00', { issueDate: '2026-06-05', dueDate: '2026-06-20' }),
          // issued 28 days before asOf: outside the 28-day window
          invoice('I-3', 'C-1', '999.00', { issueDate: '2026-06-02', dueDate: '2026-06-02' }),
        ],
        payments: [
          payment('P-1', 'I-1', '12000.00'),
          payment('P-2', 'I-2', '8000.00'),
          payment('P-3', 'I-3', '999.00'),
        ],
      },
      options,
    );
    expect(ageReceivables(index, aging, { asOf: AS_OF, dsoDays: 28 }).total).toMatchObject({
      open: '10000.00',
      current: '8000.00',
      overdue: '2000.00',
      creditSales: '30000.00',
      dso: '9.33',
      bestPossibleDso: '7.47',
    });
  });

  it('takes the bucket edges of the policy', () => {
    const index = buildExposureIndex(
      { invoices: [invoice('I-1', 'C-1', '10.00', { dueDate: '2026-06-20' })] },
      options,
    );
    const report = ageReceivables(index, { ...aging, bucketDays: [7, 14] });
    expect(report.total.buckets.map((b) => [b.label, b.fromDays, b.toDays, b.amount])).toEqual([
      ['current', null, 0, '0.00'],
      ['1-7', 1, 7, '0.00'],
      ['8-14', 8, 14, '10.00'],
      ['15+', 15, null, '0.00'],
    ]);
  });

  it('refuses bucket edges out of order, another asOf, and a bad index', () => {
    const index = buildExposureIndex({}, options);
    expect(safeAgeReceivables(index, { ...aging, bucketDays: [30, 90, 60] })).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['policy', 'bucketDays'] },
    });
    expect(AgingPolicy.safeParse({ ...aging, bucketDays: [30, 30] }).success).toBe(false);
    expect(safeAgeReceivables(index, aging, { asOf: '2026-07-01' })).toMatchObject({
      success: false,
      error: { path: ['options', 'asOf'] },
    });
    expect(safeAgeReceivables({} as never, aging)).toMatchObject({
      success: false,
      error: { path: ['index'] },
    });
  });

  describe('properties', () => {
    const item = fc.record({
      customer: fc.constantFrom('C-1', 'C-2'),
      cents: fc.integer({ min: 1, max: 10_000_000 }),
      dueOffset: fc.integer({ min: 0, max: 400 }),
    });

    it('buckets add up to the open total, a finding never misses its threshold, input order does not matter', () => {
      fc.assert(
        fc.property(
          fc.array(item, { maxLength: 30 }),
          fc.integer({ min: 0, max: 200 }),
          (items, warn) => {
            const invoices = items.map((it, i) => {
              const due = new Date(Date.UTC(2026, 5, 30 + 60 - it.dueOffset))
                .toISOString()
                .slice(0, 10);
              return invoice(`I-${i}`, it.customer, (it.cents / 100).toFixed(2), {
                issueDate: due < AS_OF ? due : AS_OF,
                dueDate: due,
              });
            });
            const index = buildExposureIndex({ invoices }, options);
            const report = ageReceivables(index, {
              ...aging,
              warnAfterDays: warn,
              blockAfterDays: warn + 30,
            });
            const sum = report.total.buckets.reduce((s, b) => s.plus(b.amount), new Decimal(0));
            expect(sum.toFixed(2)).toBe(report.total.open);
            for (const line of report.customers) {
              const days = line.oldest?.daysPastDue ?? 0;
              const finding = report.findings.find((f) => f.subject.id === line.id);
              if (days > warn + 30) expect(finding?.severity).toBe('block');
              else if (days > warn) expect(finding?.severity).toBe('warning');
              else expect(finding).toBeUndefined();
            }
            // the same documents in reverse order give the same report
            const reversed = ageReceivables(
              buildExposureIndex({ invoices: [...invoices].reverse() }, options),
              { ...aging, warnAfterDays: warn, blockAfterDays: warn + 30 },
            );
            expect(reversed).toEqual(report);
          },
        ),
        { numRuns: 40 },
      );
    });
  });
});
