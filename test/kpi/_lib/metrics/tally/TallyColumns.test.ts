import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureKpis, measureKpisAsync } from '../../../../../src/kpi';
import { createFxTable } from '../../../../../src/money';
import { factsArbitrary } from '../../../_support/factArbitrary';
import { Q1, Q4 } from '../../../_support/kpiFacts';

type Facts = ReturnType<typeof factsArbitrary.generate>['value'];
type Row = Record<string, unknown>;

/** The fields that hold decimal strings in the facts (order lines, discounts, money, targets). */
const AMOUNT_KEYS = new Set(['quantity', 'unitPrice', 'rate', 'amount', 'total', 'value']);
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The same facts with every decimal string written with 16 more fraction zeros: the same values,
 * but past the 15 digits of the safe-integer fast paths, so each amount is read, summed, joined
 * and settled on the exact decimal.js path instead (the reference).
 */
function exactPath(value: unknown, key?: string): unknown {
  if (typeof value === 'string')
    return key !== undefined && AMOUNT_KEYS.has(key) && DECIMAL.test(value)
      ? `${value}${value.includes('.') ? '' : '.'}${'0'.repeat(16)}`
      : value;
  if (Array.isArray(value)) return value.map((v) => exactPath(v));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exactPath(v, k)]));
  return value;
}

/**
 * Amounts made large (× 10^k, still at most 15 digits) so that sums leave the safe integers and
 * the columns fall back to decimal.js mid-run; ids made to collide (`SO-3` → `SO-1`, references
 * kept) so that later orders and invoices replace earlier ones.
 */
function vary(facts: Facts, zeros: number, collide: boolean): Facts {
  const grow = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string')
      return key !== undefined && AMOUNT_KEYS.has(key) && key !== 'rate' && DECIMAL.test(value)
        ? value.replace(/^(-?\d+)/, (whole) => `${whole}${'0'.repeat(zeros)}`)
        : value;
    if (Array.isArray(value)) return value.map((v) => grow(v));
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, grow(v, k)]));
    return value;
  };
  const id = (text: unknown) =>
    collide ? String(text).replace(/-(\d+)$/, (_, n) => `-${Number(n) % 2}`) : text;
  const rows = (xs: readonly unknown[]) => xs as Row[];
  return grow({
    ...facts,
    orders: rows(facts.orders).map((o) => ({ ...o, id: id(o.id) })),
    deliveries: rows(facts.deliveries).map((d) => ({ ...d, orderId: id(d.orderId) })),
    invoices: rows(facts.invoices).map((v) => ({ ...v, id: id(v.id) })),
    payments: rows(facts.payments).map((p) => ({
      ...p,
      allocations: (p.allocations as Row[]).map((a) => ({ ...a, invoiceId: id(a.invoiceId) })),
    })),
    creditNotes: rows(facts.creditNotes).map((c) => ({ ...c, invoiceId: id(c.invoiceId) })),
  }) as Facts;
}

const fx = createFxTable([
  { base: 'EUR', quote: 'USD', rate: '1.1', date: '2025-01-01' },
  { base: 'USD', quote: 'EUR', rate: '0.9', date: '2025-01-01' },
]);
const extra = {
  targets: [
    {
      id: 'TG-1',
      subjectKind: 'manager',
      subjectId: 'AM-0',
      metric: 'sales_amount',
      period: Q1.label,
      value: { amount: '1500.5', currency: 'EUR' },
      effectiveFrom: '2026-01-01',
    },
    {
      id: 'TG-2',
      subjectKind: 'manager',
      subjectId: 'AM-9',
      metric: 'sales_amount',
      period: Q1.label,
      value: '800',
      effectiveFrom: '2026-01-01',
    },
  ],
  manual: [{ managerId: 'AM-8', kpi: 'teamwork', value: '4.50', source: 'peer' }],
};

describe('TallyColumns and the fast paths of measuring: the same result as the exact path', () => {
  it('gives JSON byte-identical to the decimal.js path, fact lists and traces included', () => {
    fc.assert(
      fc.property(
        factsArbitrary,
        fc.constantFrom(0, 0, 6, 11, 13),
        fc.boolean(),
        fc.constantFrom('full', 'counts'),
        (random, zeros, collide, evidence) => {
          const facts = { ...vary(random, zeros, collide), ...extra };
          const options = { period: Q1, priorPeriod: Q4, baseCurrency: 'USD', fx, evidence };
          const fast = JSON.stringify(measureKpis(facts, options));
          const exact = JSON.stringify(measureKpis(exactPath(facts) as typeof facts, options));
          expect(fast).toBe(exact);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('reads decimal.js short forms ("1.", ".5", "-.5") as the canonical texts, byte for byte', () => {
    const short = (value: unknown, key?: string): unknown => {
      if (typeof value === 'string')
        return key !== undefined && AMOUNT_KEYS.has(key) && DECIMAL.test(value)
          ? value.includes('.')
            ? value.replace(/^(-?)0\./, '$1.')
            : `${value}.`
          : value;
      if (Array.isArray(value)) return value.map((v) => short(v));
      if (typeof value === 'object' && value !== null)
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, short(v, k)]));
      return value;
    };
    fc.assert(
      fc.property(factsArbitrary, fc.constantFrom('full', 'counts'), (random, evidence) => {
        const options = { period: Q1, priorPeriod: Q4, baseCurrency: 'USD', fx, evidence };
        const canonical = JSON.stringify(measureKpis(random, options));
        expect(JSON.stringify(measureKpis(short(random) as Facts, options))).toBe(canonical);
      }),
      { numRuns: 30 },
    );
  }, 30_000);

  it('an order or invoice replaced by a later one of the same id leaves no manager behind', () => {
    const order = (ownerId: string) => ({
      id: 'SO-1',
      customerId: 'C-1',
      ownerId,
      orderDate: '2025-09-01',
      promisedDate: '2026-01-10',
      currency: 'USD',
      status: 'open',
      lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '1', unitPrice: '5' }],
    });
    const invoice = (ownerId: string) => ({
      id: 'INV-1',
      customerId: 'C-1',
      ownerId,
      issueDate: '2025-11-01',
      dueDate: '2026-01-15',
      currency: 'USD',
      total: '10',
    });
    const measured = measureKpis(
      { orders: [order('AM-1'), order('AM-2')], invoices: [invoice('AM-3'), invoice('AM-4')] },
      { period: Q1, baseCurrency: 'USD', metrics: ['on_time_delivery_rate', 'collection_rate'] },
    );
    expect(measured.managers.map((m) => m.managerId)).toEqual(['AM-2', 'AM-4']);
    expect(measured.managers[1]?.tally.sums.amountDue).toBe('10');
  });

  it('the async form agrees with the sync form on the same facts', async () => {
    const [random] = fc.sample(factsArbitrary, { seed: 42, numRuns: 1 });
    const facts = vary(random as Facts, 13, true);
    const options = { period: Q1, priorPeriod: Q4, baseCurrency: 'USD', fx };
    async function* each<T>(xs: readonly T[]) {
      yield* xs;
    }
    const streams = Object.fromEntries(
      Object.entries(facts).map(([k, v]) => [k, each(v as readonly unknown[])]),
    );
    expect(JSON.stringify(await measureKpisAsync(streams, options))).toBe(
      JSON.stringify(measureKpis(facts, options)),
    );
  });
});
