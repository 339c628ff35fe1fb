/**
 * Seeded facts for the KPI benchmark (bench/kpiRun.ts): a quarter (2026-Q1) of facts for
 * `managers` account managers — 1,000,000 order lines (250,000 orders of 4 lines, in USD and
 * EUR) plus 100,000 lines of the prior quarter, ≈ 225,000 deliveries, 300,000 invoices and as many
 * payments, 200,000 survey responses, 20,000 complaints, 30,000 training records, 10,000 credit
 * notes, 50,000 customers and one sales target per manager — as plain model entities.
 */
export interface KpiBenchSize {
  readonly managers: number;
  readonly orderLines: number;
  readonly surveys: number;
  readonly payments: number;
}

export const FULL_SIZE: KpiBenchSize = {
  managers: 10_000,
  orderLines: 1_000_000,
  surveys: 200_000,
  payments: 300_000,
};

/** mulberry32: a small seeded generator, so every run sees the same facts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const Q1_DAYS = Array.from({ length: 90 }, (_, i) => {
  const d = new Date(Date.UTC(2026, 0, 1 + i));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
});
const Q4_DAYS = Array.from({ length: 92 }, (_, i) => {
  const d = new Date(Date.UTC(2025, 9, 1 + i));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
});
const LATER = (day: string, add: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + add);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

export const FX_RATES = [
  ...Q4_DAYS.filter((_, i) => i % 7 === 0),
  ...Q1_DAYS.filter((_, i) => i % 7 === 0),
].map((date, i) => ({ base: 'EUR', quote: 'USD', rate: (1.05 + (i % 10) / 100).toFixed(2), date }));

const price = (r: () => number) => (Math.floor(r() * 99_900) / 100 + 1).toFixed(2);
const STATUSES = ['open', 'confirmed', 'completed', 'completed', 'cancelled'] as const;

/** The benchmark facts. */
export function kpiBenchFacts(size: KpiBenchSize = FULL_SIZE, seed = 20261207) {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const managerIds = Array.from({ length: size.managers }, (_, i) => `AM-${i}`);
  const customerCount = size.managers * 5;
  const customers = Array.from({ length: customerCount }, (_, i) => ({
    id: `C-${i}`,
    name: `Customer ${i}`,
    country: 'CN',
    ownerId: managerIds[i % size.managers] as string,
    ...(r() < 0.9 ? { firstDealDate: r() < 0.1 ? pick(Q1_DAYS) : '2024-06-01' } : {}),
  }));
  const ownerOf = (c: number) => managerIds[c % size.managers] as string;
  const orders: object[] = [];
  const deliveries: object[] = [];
  const order = (i: number, days: readonly string[], prior: boolean) => {
    const c = Math.floor(r() * customerCount);
    const date = pick(days);
    const currency = r() < 0.8 ? 'USD' : 'EUR';
    const lines = Array.from({ length: 4 }, (_, j) => ({
      lineId: `${j + 1}`,
      productId: `P-${j}`,
      categoryId: 'K',
      quantity: `${1 + Math.floor(r() * 9)}`,
      unitPrice: price(r),
      ...(r() < 0.2 ? { discount: { kind: 'rate', rate: '0.05' } } : {}),
    }));
    const promisedDate = LATER(date, 3 + Math.floor(r() * 20));
    const id = `${prior ? 'PSO' : 'SO'}-${i}`;
    orders.push({
      id,
      customerId: `C-${c}`,
      ownerId: ownerOf(c),
      orderDate: date,
      promisedDate,
      currency,
      status: pick(STATUSES),
      lines,
    });
    if (!prior && r() < 0.9)
      deliveries.push({
        id: `D-${i}`,
        orderId: id,
        customerId: `C-${c}`,
        date: LATER(promisedDate, r() < 0.8 ? -1 : 2),
        lines: lines.map((l) => ({ lineId: l.lineId, quantity: l.quantity })),
      });
  };
  for (let i = 0; i < size.orderLines / 4; i += 1) order(i, Q1_DAYS, false);
  for (let i = 0; i < size.orderLines / 40; i += 1) order(i, Q4_DAYS, true);
  const invoices: object[] = [];
  const payments: object[] = [];
  for (let i = 0; i < size.payments; i += 1) {
    const c = Math.floor(r() * customerCount);
    const issueDate = pick(r() < 0.3 ? Q4_DAYS : Q1_DAYS);
    const total = price(r);
    invoices.push({
      id: `INV-${i}`,
      customerId: `C-${c}`,
      ownerId: ownerOf(c),
      issueDate,
      dueDate: LATER(issueDate, 30),
      currency: 'USD',
      total,
    });
    const paid = r() < 0.7 ? total : (Number(total) / 2).toFixed(2);
    payments.push({
      id: `P-${i}`,
      customerId: `C-${c}`,
      ownerId: ownerOf(c),
      date: LATER(issueDate, 10 + Math.floor(r() * 40)),
      currency: 'USD',
      amount: paid,
      allocations: [{ invoiceId: `INV-${i}`, amount: { amount: paid, currency: 'USD' } }],
    });
  }
  const creditNotes = Array.from({ length: size.managers }, (_, i) => {
    const c = Math.floor(r() * customerCount);
    return {
      id: `CN-${i}`,
      customerId: `C-${c}`,
      ownerId: ownerOf(c),
      invoiceId: `INV-${i}`,
      date: pick(Q1_DAYS),
      currency: 'USD',
      amount: '10.00',
      reason: 'rebate',
    };
  });
  const surveyResponses = Array.from({ length: size.surveys }, (_, i) => {
    const c = Math.floor(r() * customerCount);
    return {
      id: `S-${i}`,
      customerId: `C-${c}`,
      ownerId: ownerOf(c),
      date: pick(Q1_DAYS),
      csat: 1 + Math.floor(r() * 5),
      nps: Math.floor(r() * 11),
    };
  });
  const complaints = Array.from({ length: size.managers * 2 }, (_, i) => {
    const c = Math.floor(r() * customerCount);
    return { id: `K-${i}`, customerId: `C-${c}`, date: pick(Q1_DAYS), severity: 'low' };
  });
  const trainingRecords = Array.from({ length: size.managers * 3 }, (_, i) => ({
    id: `T-${i}`,
    managerId: managerIds[i % size.managers] as string,
    courseId: `K-${i % 7}`,
    date: pick(Q1_DAYS),
    hours: '2',
    completed: r() < 0.7,
  }));
  const targets = managerIds.map((m, i) => ({
    id: `TG-${i}`,
    subjectKind: 'manager',
    subjectId: m,
    metric: 'sales_amount',
    period: '2026-Q1',
    value: '250000',
    effectiveFrom: '2026-01-01',
  }));
  return {
    managerIds,
    facts: {
      customers,
      orders,
      deliveries,
      invoices,
      creditNotes,
      payments,
      surveyResponses,
      complaints,
      trainingRecords,
      targets,
    },
  };
}
