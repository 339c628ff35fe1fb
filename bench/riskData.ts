import { buildExposureIndex, type ExposureIndex } from '../src/risk';

const CREDIT = {
  effectiveFrom: '2026-01-01',
  defaultLimit: { amount: '50000', currency: 'USD' },
  warnAtPercent: '80',
  blockAtPercent: '100',
};

/**
 * A prepared exposure index of `items` open items over `customers` customers and 1,000 managers,
 * built by `buildExposureIndex` from {@link syntheticDocuments}' invoices (no payments, so every
 * invoice is open): amounts of 1.00–10,000.00, due dates spread over the 400 days before asOf.
 * Built before the timings: aging reads an index as a CRM would have it.
 */
export function syntheticIndex(invoices: readonly object[]): ExposureIndex {
  return buildExposureIndex(
    { invoices },
    { asOf: '2026-06-30', baseCurrency: 'USD', policy: CREDIT },
  );
}

/** The same invoices as plain numbers (cents as floats), for the reference version. */
export function plainItems(
  invoices: readonly object[],
): { customer: number; manager: number; due: number; open: number }[] {
  return invoices.map((raw) => {
    const invoice = raw as { customerId: string; ownerId: string; dueDate: string; total: string };
    return {
      customer: Number(invoice.customerId.slice(2)),
      manager: Number(invoice.ownerId.slice(2)),
      due: Date.parse(invoice.dueDate) / 86_400_000,
      open: Number(invoice.total),
    };
  });
}

/** A plain-number aging: buckets per customer, per manager and in total, no findings. */
export function plainAging(
  items: ReturnType<typeof plainItems>,
  customers: number,
  asOf: number,
  edges: readonly number[],
): Float64Array {
  const size = edges.length + 2;
  const total = new Float64Array(size);
  const byCustomer = new Float64Array(customers * size);
  const byManager = new Float64Array(1000 * size);
  for (const item of items) {
    const days = asOf - item.due;
    let bucket = 0;
    if (days > 0) {
      bucket = edges.length + 1;
      for (let e = 0; e < edges.length; e += 1)
        if (days <= (edges[e] as number)) {
          bucket = e + 1;
          break;
        }
    }
    total[bucket] = (total[bucket] as number) + item.open;
    byCustomer[item.customer * size + bucket] =
      (byCustomer[item.customer * size + bucket] as number) + item.open;
    byManager[item.manager * size + bucket] =
      (byManager[item.manager * size + bucket] as number) + item.open;
  }
  return total;
}

/** A plain-number concentration of revenue rows: revenue per customer, total and HHI. */
export function plainConcentration(
  rows: readonly { customerId: string; managerId: string; amount: string }[],
  customers: number,
): number {
  const byCustomer = new Float64Array(customers);
  for (const row of rows) {
    const c = Number(row.customerId.slice(2));
    byCustomer[c] = (byCustomer[c] as number) + Number(row.amount);
  }
  let total = 0;
  let squares = 0;
  for (const r of byCustomer) {
    total += r;
    squares += r * r;
  }
  return (10_000 * squares) / (total * total);
}

/**
 * A book of `invoices` invoices (and one payment per tenth invoice) over `customers` customers
 * and 1,000 managers, as untrusted documents, for the exposure index build.
 */
export function syntheticDocuments(
  invoices: number,
  customers: number,
): { invoices: object[]; payments: object[] } {
  const dates = Array.from({ length: 400 }, (_, d) =>
    new Date(Date.UTC(2026, 5, 30 - d)).toISOString().slice(0, 10),
  );
  const invoiceRows: object[] = [];
  const payments: object[] = [];
  for (let i = 0; i < invoices; i += 1) {
    const cents = ((i * 7919) % 999_901) + 100;
    const date = dates[(i * 31) % 400] as string;
    const total = (cents / 100).toFixed(2);
    invoiceRows.push({
      id: `I-${i}`,
      customerId: `C-${i % customers}`,
      ownerId: `M-${i % 1000}`,
      issueDate: date,
      dueDate: date,
      currency: 'USD',
      total,
    });
    if (i % 10 === 0)
      payments.push({
        id: `P-${i}`,
        customerId: `C-${i % customers}`,
        ownerId: `M-${i % 1000}`,
        date,
        currency: 'USD',
        amount: total,
        allocations: [{ invoiceId: `I-${i}`, amount: { amount: total, currency: 'USD' } }],
      });
  }
  return { invoices: invoiceRows, payments };
}

/** A plain-number exposure: receivables per customer (invoice totals − allocations). */
export function plainExposure(
  documents: ReturnType<typeof syntheticDocuments>,
  customers: number,
): Float64Array {
  const receivables = new Float64Array(customers);
  const open = new Map<string, number>();
  for (const raw of documents.invoices) {
    const invoice = raw as { id: string; customerId: string; total: string };
    const amount = Number(invoice.total);
    open.set(invoice.id, amount);
    const c = Number(invoice.customerId.slice(2));
    receivables[c] = (receivables[c] as number) + amount;
  }
  for (const raw of documents.payments) {
    const payment = raw as {
      customerId: string;
      allocations: { invoiceId: string; amount: { amount: string } }[];
    };
    const c = Number(payment.customerId.slice(2));
    for (const allocation of payment.allocations) {
      const amount = Number(allocation.amount.amount);
      open.set(allocation.invoiceId, (open.get(allocation.invoiceId) ?? 0) - amount);
      receivables[c] = (receivables[c] as number) - amount;
    }
  }
  return receivables;
}
