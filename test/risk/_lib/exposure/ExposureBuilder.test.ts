import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, minorUnits } from '../../../../src/money';
import { createFxTable } from '../../../../src/money/fx';
import { buildExposureIndex } from '../../../../src/risk';
import { AS_OF, families, merge, POLICY } from '../../_support/facts';
import { viaSchema } from '../../_support/handCheck';

// The builder sums whole minor units as integers and anything else as decimals; this checks it
// against the plainest decimal reference on small random books (USD and EUR, amounts with cents,
// finer places, 16+ digits, zero), documents on both sides of `asOf`.
const fx = createFxTable([{ base: 'EUR', quote: 'USD', rate: '1.0837', date: '2026-06-01' }]);
const RATES: Record<string, Decimal> = { USD: new Decimal(1), EUR: new Decimal('1.0837') };
const options = { asOf: AS_OF, baseCurrency: 'USD', policy: POLICY, fx };

const amount = fc.oneof(
  fc.integer({ min: 1, max: 9_999_999 }).map((n) => (n / 100).toFixed(2)),
  fc.integer({ min: 1, max: 99_999 }).map(String),
  fc.integer({ min: 1, max: 9_999_999 }).map((n) => (n / 1000).toFixed(3)),
  fc.constantFrom('0.001', '12345678901234567.89', '9007199254740.99', '90071992547409.93'),
);
const customer = fc.constantFrom('C-1', 'C-2', 'C-3');
const currency = fc.constantFrom('USD', 'USD', 'EUR');
const date = fc.constantFrom('2026-05-01', '2026-06-30', '2026-07-01');

const book = fc
  .record({
    invoices: fc.array(
      fc.record({
        customerId: customer,
        currency,
        total: fc.oneof(amount, fc.constant('0')),
        date,
      }),
      { maxLength: 8 },
    ),
    settlements: fc.array(
      fc.record({
        kind: fc.constantFrom('payment', 'creditNote'),
        customerId: customer,
        currency,
        invoice: fc.nat(10),
        amount,
        date,
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ invoices, settlements }) => ({
    invoices: invoices.map((inv, i) => ({
      id: `I-${i}`,
      customerId: inv.customerId,
      ownerId: 'M-1',
      issueDate: inv.date,
      dueDate: '2026-07-31',
      currency: inv.currency,
      total: inv.total,
    })),
    payments: settlements
      .filter((s) => s.kind === 'payment')
      .map((s, i) => ({
        id: `P-${i}`,
        customerId: s.customerId,
        ownerId: 'M-1',
        date: s.date,
        currency: s.currency,
        amount: s.amount,
        allocations: [
          { invoiceId: `I-${s.invoice}`, amount: { amount: s.amount, currency: s.currency } },
        ],
      })),
    creditNotes: settlements
      .filter((s) => s.kind === 'creditNote')
      .map((s, i) => ({
        id: `N-${i}`,
        customerId: s.customerId,
        ownerId: 'M-1',
        invoiceId: `I-${s.invoice}`,
        date: s.date,
        currency: s.currency,
        amount: s.amount,
        reason: 'return',
      })),
  }));
type Docs = typeof book extends fc.Arbitrary<infer T> ? T : never;

/** The reference: decimals only, document by document. */
function reference(docs: Docs) {
  const base = (text: string, cur: string) => new Decimal(text).times(RATES[cur] as Decimal);
  const receivables = new Map<string, Decimal>();
  const add = (id: string, x: Decimal) =>
    receivables.set(id, (receivables.get(id) ?? new Decimal(0)).plus(x));
  const settled = new Map<string, Decimal>();
  for (const inv of docs.invoices)
    if (inv.issueDate <= AS_OF) add(inv.customerId, base(inv.total, inv.currency));
  const settle = (customerId: string, invoiceId: string, text: string, cur: string) => {
    add(customerId, base(text, cur).negated());
    settled.set(invoiceId, (settled.get(invoiceId) ?? new Decimal(0)).plus(base(text, cur)));
  };
  for (const p of docs.payments)
    if (p.date <= AS_OF)
      for (const a of p.allocations) settle(p.customerId, a.invoiceId, a.amount.amount, p.currency);
  for (const n of docs.creditNotes)
    if (n.date <= AS_OF) settle(n.customerId, n.invoiceId, n.amount, n.currency);
  const open = docs.invoices
    .filter((inv) => inv.issueDate <= AS_OF)
    .map((inv) => ({
      invoiceId: inv.id,
      open: base(inv.total, inv.currency).minus(settled.get(inv.id) ?? 0),
    }))
    .filter((item) => item.open.gt(0));
  return { receivables, open };
}

/** Whole minor units of `x` when exact and safe, else null (what `openUnits` states). */
function unitsOf(x: Decimal): number | null {
  const places = minorUnits('USD');
  if (x.decimalPlaces() > places) return null;
  const n = x.times(10 ** places).toNumber();
  return Number.isSafeInteger(n) ? n : null;
}

describe('ExposureBuilder (integer sums beside decimals)', () => {
  it('agrees with a decimal reference: receivables, open items and their units', () => {
    fc.assert(
      fc.property(book, (docs) => {
        const index = buildExposureIndex(docs, options);
        const want = reference(docs);
        for (const [id, sum] of want.receivables)
          expect(index.customers.get(id)?.receivables.eq(sum), id).toBe(true);
        expect(index.openItems.map((item) => item.invoiceId)).toEqual(
          want.open.map((item) => item.invoiceId),
        );
        index.openItems.forEach((item, i) => {
          const open = want.open[i]?.open as Decimal;
          expect(item.open.eq(open)).toBe(true);
          expect(item.openUnits).toBe(unitsOf(open));
        });
        for (const sale of index.creditSales) expect(sale.amountUnits).toBe(unitsOf(sale.amount));
      }),
      { numRuns: 150 },
    );
  });

  it('is additive: receivables of a union are the sums over its parts', () => {
    fc.assert(
      fc.property(book, book, (a, b) => {
        const rename = (docs: Docs, tag: string): Docs => ({
          invoices: docs.invoices.map((x) => ({ ...x, id: `${tag}${x.id}` })),
          payments: docs.payments.map((x) => ({
            ...x,
            id: `${tag}${x.id}`,
            allocations: x.allocations.map((y) => ({ ...y, invoiceId: `${tag}${y.invoiceId}` })),
          })),
          creditNotes: docs.creditNotes.map((x) => ({
            ...x,
            id: `${tag}${x.id}`,
            invoiceId: `${tag}${x.invoiceId}`,
          })),
        });
        const left = rename(a, 'a');
        const right = rename(b, 'b');
        const union = {
          invoices: [...left.invoices, ...right.invoices],
          payments: [...left.payments, ...right.payments],
          creditNotes: [...left.creditNotes, ...right.creditNotes],
        };
        const [x, y, z] = [left, right, union].map((docs) => buildExposureIndex(docs, options));
        for (const id of ['C-1', 'C-2', 'C-3']) {
          const part = (i: typeof x) => i?.customers.get(id)?.receivables ?? new Decimal(0);
          expect(part(z).eq(part(x).plus(part(y)))).toBe(true);
        }
        expect(z?.openItems.length).toBe((x?.openItems.length ?? 0) + (y?.openItems.length ?? 0));
      }),
      { numRuns: 80 },
    );
  });

  it('keeps sums past 2^53 minor units exact', () => {
    // 10 × 999,999,999,999,999 cents: the integer sum leaves the safe range at the tenth.
    const docs = {
      invoices: Array.from({ length: 10 }, (_, i) => ({
        id: `I-${i}`,
        customerId: 'C-1',
        ownerId: 'M-1',
        issueDate: '2026-05-01',
        dueDate: '2026-05-31',
        currency: 'USD',
        total: '9999999999999.99',
      })),
    };
    const index = buildExposureIndex(docs, options);
    expect(index.customers.get('C-1')?.receivables.toFixed(2)).toBe('99999999999999.90');
    expect(index.openItems[0]?.openUnits).toBe(999_999_999_999_999);
  });
});

describe('ExposureBuilder (orders through the hand check)', () => {
  it('builds the same index whether the orders pass the hand check or the Order schema', () => {
    fc.assert(
      fc.property(
        families(6),
        fc.constantFrom(undefined, '2026-06-20', '2026-09-01'),
        (parts, promisedDate) => {
          const docs = merge(parts);
          const orders = (docs.orders ?? []).map((o, i) =>
            promisedDate !== undefined && i % 2 === 0 ? { ...o, promisedDate } : o,
          );
          const policy = { ...POLICY, horizonDays: 30 };
          const fast = buildExposureIndex({ ...docs, orders }, { ...options, policy });
          const slow = buildExposureIndex(
            { ...docs, orders: orders.map(viaSchema) as object[] },
            { ...options, policy },
          );
          expect(fast.customers).toEqual(slow.customers);
          expect(fast.orders).toEqual(slow.orders);
        },
      ),
      { numRuns: 60 },
    );
  });
});
