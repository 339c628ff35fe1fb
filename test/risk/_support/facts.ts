import fc from 'fast-check';

/** A credit policy with a default limit, so that every customer has one. */
export const POLICY = {
  effectiveFrom: '2026-01-01',
  defaultLimit: { amount: '10000.00', currency: 'USD' },
  warnAtPercent: '80',
  blockAtPercent: '100',
} as const;

export const AS_OF = '2026-06-30';

export function invoice(
  id: string,
  customerId: string,
  total: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    customerId,
    ownerId: 'M-1',
    issueDate: '2026-05-01',
    dueDate: '2026-05-31',
    currency: 'USD',
    total,
    ...extra,
  };
}

export function order(
  id: string,
  customerId: string,
  lines: { quantity: string; unitPrice: string }[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    customerId,
    ownerId: 'M-1',
    orderDate: '2026-06-01',
    currency: 'USD',
    status: 'confirmed',
    lines: lines.map((line, i) => ({
      lineId: `L${i + 1}`,
      productId: 'P-1',
      categoryId: 'K-1',
      ...line,
    })),
    ...extra,
  };
}

const cents = fc.integer({ min: 1, max: 5_000_000 }).map((n) => (n / 100).toFixed(2));
const customer = fc.constantFrom('C-1', 'C-2', 'C-3');

/**
 * A document family: an order with the invoices and deliveries that name it, each invoice with
 * its payments and credit notes — the unit over which exposure adds up.
 */
export const family = (n: number) =>
  fc
    .record({
      customerId: customer,
      quantity: fc.integer({ min: 1, max: 20 }),
      unitPrice: cents,
      delivered: fc.integer({ min: 0, max: 25 }),
      invoiced: fc.option(cents, { nil: undefined }),
      paid: fc.option(cents, { nil: undefined }),
      credited: fc.option(cents, { nil: undefined }),
      status: fc.constantFrom('open', 'confirmed', 'completed', 'cancelled'),
    })
    .map((f) => {
      const o = order(`O-${n}`, f.customerId, [
        { quantity: String(f.quantity), unitPrice: f.unitPrice },
      ]);
      o.status = f.status;
      const docs: Record<string, Record<string, unknown>[]> = {
        orders: [o],
        deliveries:
          f.delivered > 0
            ? [
                {
                  id: `D-${n}`,
                  orderId: `O-${n}`,
                  customerId: f.customerId,
                  date: '2026-06-10',
                  lines: [{ lineId: 'L1', quantity: String(f.delivered) }],
                },
              ]
            : [],
        invoices: [],
        payments: [],
        creditNotes: [],
      };
      if (f.invoiced !== undefined) {
        docs.invoices?.push(invoice(`I-${n}`, f.customerId, f.invoiced, { orderId: `O-${n}` }));
        if (f.paid !== undefined)
          docs.payments?.push({
            id: `P-${n}`,
            customerId: f.customerId,
            ownerId: 'M-1',
            date: '2026-06-15',
            currency: 'USD',
            amount: f.paid,
            allocations: [{ invoiceId: `I-${n}`, amount: { amount: f.paid, currency: 'USD' } }],
          });
        if (f.credited !== undefined)
          docs.creditNotes?.push({
            id: `N-${n}`,
            customerId: f.customerId,
            ownerId: 'M-1',
            invoiceId: `I-${n}`,
            date: '2026-06-20',
            currency: 'USD',
            amount: f.credited,
            reason: 'return',
          });
      }
      return docs;
    });

/** Up to `max` families with distinct ids. */
export const families = (max: number) =>
  fc
    .array(fc.nat(), { minLength: 0, maxLength: max })
    .chain((seeds) => fc.tuple(...seeds.map((_, i) => family(i))));

/** The union of families, stream by stream. */
export function merge(
  parts: readonly Record<string, Record<string, unknown>[]>[],
): Record<string, Record<string, unknown>[]> {
  const out: Record<string, Record<string, unknown>[]> = {
    orders: [],
    deliveries: [],
    invoices: [],
    payments: [],
    creditNotes: [],
  };
  for (const part of parts)
    for (const [name, docs] of Object.entries(part)) out[name]?.push(...docs);
  return out;
}
