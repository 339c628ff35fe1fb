import fc from 'fast-check';
import { dayNumberOf, isoOfDayNumber } from '../../../src/_lib/civil';

/** Random facts around 2026-Q1 for a few managers and customers (ids unique by position). */
const START = dayNumberOf('2025-10-01') as number;
const day = (offset: number) => isoOfDayNumber(START + offset);
const offset = fc.integer({ min: 0, max: 210 });
const amount = fc.integer({ min: 1, max: 99_999 }).map((cents) => (cents / 100).toFixed(2));
const quantity = fc.integer({ min: 1, max: 5 }).map(String);
const manager = fc.constantFrom('AM-0', 'AM-1', 'AM-2');
const customer = fc.integer({ min: 0, max: 5 });

const orderArb = fc.record({
  c: customer,
  owner: manager,
  at: offset,
  promise: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  status: fc.constantFrom('open', 'confirmed', 'completed', 'cancelled'),
  currency: fc.constantFrom('USD', 'EUR'),
  lines: fc.array(fc.record({ q: quantity, p: amount, off: fc.boolean() }), {
    minLength: 1,
    maxLength: 3,
  }),
  deliveries: fc.array(
    fc.record({ line: fc.nat(2), q: quantity, at: fc.integer({ min: 0, max: 40 }) }),
    { maxLength: 3 },
  ),
});
const invoiceArb = fc.record({
  c: customer,
  owner: manager,
  at: offset,
  term: fc.integer({ min: 0, max: 60 }),
  total: amount,
  currency: fc.constantFrom('USD', 'EUR'),
  pays: fc.array(
    fc.record({ share: fc.integer({ min: 1, max: 100 }), at: fc.integer({ min: 0, max: 90 }) }),
    { maxLength: 2 },
  ),
  credit: fc.option(
    fc.record({ share: fc.integer({ min: 1, max: 50 }), at: fc.integer({ min: 0, max: 60 }) }),
    { nil: undefined },
  ),
});

const specArbitrary = fc.record({
  customers: fc.array(
    fc.record({
      owner: manager,
      first: fc.option(offset, { nil: undefined }),
      listed: fc.boolean(),
    }),
    { minLength: 6, maxLength: 6 },
  ),
  orders: fc.array(orderArb, { maxLength: 12 }),
  invoices: fc.array(invoiceArb, { maxLength: 8 }),
  surveys: fc.array(
    fc.record({
      c: customer,
      owner: fc.option(manager, { nil: undefined }),
      at: offset,
      csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      nps: fc.integer({ min: 0, max: 10 }),
    }),
    { maxLength: 10 },
  ),
  complaints: fc.array(
    fc.record({ c: customer, owner: fc.option(manager, { nil: undefined }), at: offset }),
    { maxLength: 6 },
  ),
  training: fc.array(fc.record({ m: manager, at: offset, done: fc.boolean() }), { maxLength: 8 }),
});
type Spec = typeof specArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Random facts (all streams but targets and manual), built from a compact spec. */
export const factsArbitrary = specArbitrary.map(build);

function build(spec: Spec) {
  const cid = (c: number) => `C-${c}`;
  const customers = spec.customers.flatMap((c, i) =>
    c.listed
      ? [
          {
            id: cid(i),
            name: 'N',
            country: 'CN',
            ownerId: c.owner,
            ...(c.first === undefined ? {} : { firstDealDate: day(c.first) }),
          },
        ]
      : [],
  );
  const orders = spec.orders.map((o, i) => ({
    id: `SO-${i}`,
    customerId: cid(o.c),
    ownerId: o.owner,
    orderDate: day(o.at),
    ...(o.promise === undefined ? {} : { promisedDate: day(o.at + o.promise) }),
    currency: o.currency,
    status: o.status,
    lines: o.lines.map((l, j) => ({
      lineId: `${j}`,
      productId: 'P',
      categoryId: 'K',
      quantity: l.q,
      unitPrice: l.p,
      ...(l.off ? { discount: { kind: 'rate', rate: '0.15' } } : {}),
    })),
  }));
  const deliveries = spec.orders.flatMap((o, i) =>
    o.deliveries.map((d, k) => ({
      id: `D-${i}-${k}`,
      orderId: `SO-${i}`,
      customerId: cid(o.c),
      date: day(o.at + d.at),
      lines: [{ lineId: `${d.line}`, quantity: d.q }],
    })),
  );
  const invoices = spec.invoices.map((v, i) => ({
    id: `INV-${i}`,
    customerId: cid(v.c),
    ownerId: v.owner,
    issueDate: day(v.at),
    dueDate: day(v.at + v.term),
    currency: v.currency,
    total: v.total,
  }));
  const part = (total: string, share: number) => ((Number(total) * share) / 100).toFixed(2);
  const payments = spec.invoices.flatMap((v, i) =>
    v.pays.flatMap((p, k) => {
      const paid = part(v.total, p.share);
      if (Number(paid) <= 0) return [];
      return [
        {
          id: `P-${i}-${k}`,
          customerId: cid(v.c),
          ownerId: v.owner,
          date: day(v.at + p.at),
          currency: v.currency,
          amount: paid,
          allocations: [{ invoiceId: `INV-${i}`, amount: { amount: paid, currency: v.currency } }],
        },
      ];
    }),
  );
  const creditNotes = spec.invoices.flatMap((v, i) => {
    const amount = v.credit === undefined ? '0' : part(v.total, v.credit.share);
    if (v.credit === undefined || Number(amount) <= 0) return [];
    return [
      {
        id: `CN-${i}`,
        customerId: cid(v.c),
        ownerId: v.owner,
        invoiceId: `INV-${i}`,
        date: day(v.at + v.credit.at),
        currency: v.currency,
        amount,
        reason: 'return',
      },
    ];
  });
  const surveyResponses = spec.surveys.map((s, i) => ({
    id: `S-${i}`,
    customerId: cid(s.c),
    ...(s.owner === undefined ? {} : { ownerId: s.owner }),
    date: day(s.at),
    ...(s.csat === undefined ? {} : { csat: s.csat }),
    nps: s.nps,
  }));
  const complaints = spec.complaints.map((k, i) => ({
    id: `K-${i}`,
    customerId: cid(k.c),
    ...(k.owner === undefined ? {} : { ownerId: k.owner }),
    date: day(k.at),
    severity: 'low',
  }));
  const trainingRecords = spec.training.map((t, i) => ({
    id: `T-${i}`,
    managerId: t.m,
    courseId: 'X',
    date: day(t.at),
    hours: '1',
    completed: t.done,
  }));
  return {
    customers,
    orders,
    deliveries,
    invoices,
    payments,
    creditNotes,
    surveyResponses,
    complaints,
    trainingRecords,
  };
}
