import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFxTable } from '../../../../src/money/fx';
import { ageReceivables, buildExposureIndex } from '../../../../src/risk';
import { AS_OF, POLICY } from '../../_support/facts';

// A built index keeps its open items and credit sales as columns, which aging reads; a copy of
// the index (`{ ...index }`) has only the arrays, which aging reads the way it reads a hand-made
// index (checked against a decimal reference in tallyIndex.test.ts). Both must give the same
// report, and the arrays a built index makes on first read must be those of its columns.
const fx = createFxTable([{ base: 'EUR', quote: 'USD', rate: '1.0837', date: '2026-06-01' }]);
const options = { asOf: AS_OF, baseCurrency: 'USD', policy: POLICY, fx };

const amount = fc.oneof(
  fc.integer({ min: 1, max: 9_999_999 }).map((n) => (n / 100).toFixed(2)),
  fc.integer({ min: 1, max: 9_999_999 }).map((n) => (n / 1000).toFixed(3)),
  fc.constantFrom('0', '12345678901234567.89', '9007199254740.99', '90071992547409.93'),
);
const day = fc.integer({ min: 0, max: 400 }).map((d) => {
  const date = new Date(Date.UTC(2026, 6, 10 - d));
  return date.toISOString().slice(0, 10);
});

const book = fc
  .record({
    invoices: fc.array(
      fc.record({
        customer: fc.integer({ min: 0, max: 5 }),
        manager: fc.integer({ min: 0, max: 3 }),
        currency: fc.constantFrom('USD', 'USD', 'EUR'),
        total: amount,
        issued: day,
        dueIn: fc.integer({ min: 0, max: 60 }),
      }),
      { maxLength: 25 },
    ),
    payments: fc.array(
      fc.record({ invoice: fc.nat(30), share: fc.constantFrom(1, 2, 4), date: day }),
      { maxLength: 10 },
    ),
  })
  .map(({ invoices, payments }) => {
    const rows = invoices.map((inv, i) => {
      const due = new Date(Date.parse(inv.issued) + inv.dueIn * 86_400_000);
      return {
        id: `I-${(i * 7) % 31}-${i}`,
        customerId: `C-${inv.customer}`,
        ownerId: `M-${inv.manager}`,
        issueDate: inv.issued,
        dueDate: due.toISOString().slice(0, 10),
        currency: inv.currency,
        total: inv.total,
      };
    });
    const paid = payments.flatMap((p, i) => {
      const invoice = rows[p.invoice % Math.max(rows.length, 1)];
      if (invoice === undefined || invoice.total === '0') return [];
      const part = (Number(invoice.total) / p.share).toFixed(2);
      if (Number(part) <= 0) return [];
      return [
        {
          id: `P-${i}`,
          customerId: invoice.customerId,
          ownerId: invoice.ownerId,
          date: p.date,
          currency: invoice.currency,
          amount: part,
          allocations: [
            { invoiceId: invoice.id, amount: { amount: part, currency: invoice.currency } },
          ],
        },
      ];
    });
    return { invoices: rows, payments: paid };
  });

describe('openColumns: a built index read from its columns', () => {
  it('ages its columns as a copy ages its arrays', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(book, fc.constantFrom(365, 90), (docs, dsoDays) => {
        const index = buildExposureIndex(docs, options);
        const policy = { effectiveFrom: '2026-01-01', warnAfterDays: 10, blockAfterDays: 45 };
        const fromColumns = ageReceivables(index, policy, { dsoDays });
        const fromArrays = ageReceivables({ ...index }, policy, { dsoDays });
        expect(fromColumns).toEqual(fromArrays);
      }),
      { numRuns: 60 },
    );
  });

  it('makes its open items and credit sales on first read, the same each time', () => {
    const docs = {
      invoices: [
        {
          id: 'I-1',
          customerId: 'C-1',
          ownerId: 'M-1',
          issueDate: '2026-05-01',
          dueDate: '2026-05-31',
          currency: 'EUR',
          total: '100.005',
        },
      ],
    };
    const index = buildExposureIndex(docs, options);
    expect(Object.getOwnPropertyDescriptor(index, 'openItems')?.get).toBeTypeOf('function');
    expect(index.openItems).toBe(index.openItems);
    expect(index.openItems[0]?.open.toFixed()).toBe('108.3754185');
    expect(index.openItems[0]?.openUnits).toBeNull();
    expect(index.creditSales[0]?.amount.toFixed()).toBe('108.3754185');
    expect(Object.isFrozen(index)).toBe(true);
  });
});
