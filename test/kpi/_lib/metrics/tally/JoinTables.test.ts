import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureKpis } from '../../../../../src/kpi';
import { createFxTable, Decimal } from '../../../../../src/money';
import { factsArbitrary } from '../../../_support/factArbitrary';
import { Q1 } from '../../../_support/kpiFacts';

type Facts = ReturnType<typeof factsArbitrary.generate>['value'];
type Row = Record<string, unknown>;

/**
 * Ids made to collide (`SO-5` → `SO-1`), references kept consistent: a later fact replaces. The
 * invoices, cash and credits all in USD, so a credit never meets an invoice of another currency.
 */
function collide(facts: Facts): Facts {
  const id = (text: string) => text.replace(/-(\d+)$/, (_, n) => `-${Number(n) % 2}`);
  const rows = (xs: readonly unknown[]) => xs as Row[];
  return {
    ...facts,
    orders: rows(facts.orders).map((o) => ({ ...o, id: id(o.id as string) })),
    deliveries: rows(facts.deliveries).map((d) => ({ ...d, orderId: id(d.orderId as string) })),
    invoices: rows(facts.invoices).map((v) => ({ ...v, id: id(v.id as string), currency: 'USD' })),
    payments: rows(facts.payments).map((p) => ({
      ...p,
      currency: 'USD',
      allocations: (p.allocations as Row[]).map((a) => ({
        invoiceId: id(a.invoiceId as string),
        amount: { ...(a.amount as Row), currency: 'USD' },
      })),
    })),
    creditNotes: rows(facts.creditNotes).map((c) => ({
      ...c,
      invoiceId: id(c.invoiceId as string),
      currency: 'USD',
    })),
  } as Facts;
}

const RATE: Record<string, string> = { USD: '1', EUR: '1.1' };
const inQ1 = (date: string) => date >= Q1.start && date < Q1.end;
const ASOF = '2026-03-31';

/**
 * The joins as the code before the columns computed them: a map of objects per order and per
 * invoice (a later id replacing the earlier in place), decimal.js sums. Per manager: the counts
 * and sums of on-time delivery, collection rate and DSO.
 */
function referenceJoins(facts: Facts): Map<string, Record<string, string>> {
  const due = new Map<string, { owner: string; promised: string; lines: [string, Decimal][] }>();
  for (const o of facts.orders as Row[]) {
    const promised = o.promisedDate as string | undefined;
    if (o.status === 'cancelled' || promised === undefined || !inQ1(promised)) continue;
    const lines = (o.lines as Row[])
      .filter((l) => new Decimal(l.quantity as string).gt(0))
      .map((l): [string, Decimal] => [l.lineId as string, new Decimal(l.quantity as string)]);
    due.set(o.id as string, { owner: o.ownerId as string, promised, lines });
  }
  for (const d of facts.deliveries as Row[]) {
    const order = due.get(d.orderId as string);
    if (order === undefined || (d.date as string) > order.promised) continue;
    for (const l of d.lines as Row[]) {
      const line = order.lines.find(([id]) => id === l.lineId);
      if (line !== undefined) line[1] = line[1].minus(l.quantity as string);
    }
  }
  type Sums = Record<
    'ordersDue' | 'ordersOnTime' | 'amountDue' | 'amountCollected' | 'receivables',
    Decimal
  >;
  const out = new Map<string, Sums>();
  const tally = (owner: string) => {
    let t = out.get(owner);
    if (t === undefined) {
      const zero = new Decimal(0);
      t = {
        ordersDue: zero,
        ordersOnTime: zero,
        amountDue: zero,
        amountCollected: zero,
        receivables: zero,
      };
      out.set(owner, t);
    }
    return t;
  };
  for (const order of due.values()) {
    const t = tally(order.owner);
    t.ordersDue = t.ordersDue.plus(1);
    if (order.lines.every(([, left]) => left.lte(0))) t.ordersOnTime = t.ordersOnTime.plus(1);
  }
  const invoices = new Map<string, { v: Row; paid: Decimal; credited: Decimal }>();
  for (const v of facts.invoices as Row[]) {
    const kept =
      inQ1(v.dueDate as string) || (v.issueDate as string) <= ASOF || inQ1(v.issueDate as string);
    if (kept) invoices.set(v.id as string, { v, paid: new Decimal(0), credited: new Decimal(0) });
  }
  for (const c of facts.creditNotes as Row[]) {
    const entry = invoices.get(c.invoiceId as string);
    if (entry !== undefined && (c.date as string) <= ASOF)
      entry.credited = entry.credited.plus(c.amount as string);
  }
  for (const p of facts.payments as Row[]) {
    if ((p.date as string) > ASOF) continue;
    for (const a of p.allocations as Row[]) {
      const entry = invoices.get(a.invoiceId as string);
      if (entry !== undefined) entry.paid = entry.paid.plus((a.amount as Row).amount as string);
    }
  }
  for (const { v, paid, credited } of invoices.values()) {
    const t = tally(v.ownerId as string);
    const rate = RATE[v.currency as string] as string;
    const asked = Decimal.max(new Decimal(v.total as string).minus(credited), 0);
    if (inQ1(v.dueDate as string)) {
      t.amountDue = t.amountDue.plus(asked.times(rate));
      t.amountCollected = t.amountCollected.plus(Decimal.min(paid, asked).times(rate));
    }
    if ((v.issueDate as string) <= ASOF)
      t.receivables = t.receivables.plus(Decimal.max(asked.minus(paid), 0).times(rate));
  }
  return new Map(
    [...out].map(([owner, t]) => [
      owner,
      Object.fromEntries(Object.entries(t).map(([k, x]) => [k, x.toFixed()])),
    ]),
  );
}

describe('the joins as columns equal the joins as maps of objects', () => {
  const fx = createFxTable([{ base: 'EUR', quote: 'USD', rate: '1.1', date: '2025-01-01' }]);
  const metrics = ['on_time_delivery_rate', 'collection_rate', 'dso'] as const;

  it('on random facts, with and without ids that repeat', () => {
    fc.assert(
      fc.property(factsArbitrary, fc.boolean(), (random, repeat) => {
        const facts = repeat ? collide(random) : random;
        const measured = measureKpis(facts as never, {
          period: Q1,
          baseCurrency: 'USD',
          fx,
          metrics: [...metrics],
        });
        const expected = referenceJoins(facts);
        for (const manager of measured.managers) {
          const want = expected.get(manager.managerId);
          const sums = manager.tally.sums;
          for (const k of [
            'ordersDue',
            'ordersOnTime',
            'amountDue',
            'amountCollected',
            'receivables',
          ])
            expect([manager.managerId, k, sums[k]]).toEqual([
              manager.managerId,
              k,
              want?.[k] ?? '0',
            ]);
        }
        for (const owner of expected.keys())
          expect(measured.managers.some((m) => m.managerId === owner)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
