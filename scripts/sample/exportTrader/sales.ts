import type { Delivery, Invoice, Order, OrderLine, PaymentTerms } from '../../../src/model';
import { decimalOf, fromUsdCents } from '../amounts';
import { addDays, dayOf, isoOf } from '../calendar';
import { byText } from '../format';
import type { Random } from '../random';
import { DATA_END, ownerAt, type Profile } from './people';
import { MANAGER_TRAITS, PRODUCTS } from './reference';

/** One order line as generated: whole minor units. */
export interface LineDraft {
  readonly lineId: string;
  readonly product: (typeof PRODUCTS)[number];
  readonly quantity: number;
  readonly unitPrice: number;
  readonly unitCost: number;
  readonly discount?: { readonly percent: number } | { readonly amount: number };
  /** Net amount rounded to the minor unit (what the invoice line says). */
  readonly net: number;
}

/** One order as generated, before ids. */
export interface SaleDraft {
  id: string;
  readonly profile: Profile;
  readonly orderDate: string;
  readonly promisedDate: string;
  readonly lines: readonly LineDraft[];
  readonly status: Order['status'];
  readonly deliveredOn?: string;
  readonly partial?: { readonly date: string; readonly quantity: number };
  readonly invoice?: InvoiceDraft;
}

export interface InvoiceDraft {
  id: string;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly total: number;
}

const MONTHLY_RATE = { key: 0.55, ordinary: 0.15, potential: 0.07 } as const;
/** A rising customer's monthly rate from {@link RISE_FROM}. */
const RISING_RATE = 0.9;
/** Order value in US cents: [min, max]. */
const ORDER_VALUE = {
  key: [3_000_000, 12_000_000],
  ordinary: [600_000, 3_000_000],
  potential: [150_000, 800_000],
} as const;
const RISE_FROM = '2026-06-15';

/** Orders day by day: each day a customer orders with its monthly rate ÷ 30. */
export function draftSales(
  random: Random,
  profiles: readonly Profile[],
  terms: ReadonlyMap<string, PaymentTerms>,
): SaleDraft[] {
  const drafts: SaleDraft[] = [];
  const riseDay = dayOf(RISE_FROM);
  for (const profile of profiles) {
    const last = Math.min(profile.stopDay, dayOf(DATA_END));
    const rising = profile.trend === 'rising';
    for (let day = profile.startDay; day <= last; day += 1) {
      const risen = rising && day >= riseDay;
      const tier = rising ? (risen ? 'key' : 'potential') : profile.tier;
      const first = profile.trend === 'new' && day === profile.startDay;
      const rate = risen ? RISING_RATE : MONTHLY_RATE[tier];
      if (!first && !random.chance(rate / 30)) continue;
      drafts.push(draftSale(random, profile, isoOf(day), tier, terms.get(profile.id)));
    }
  }
  drafts.sort((a, b) => byText(a.orderDate, b.orderDate) || byText(a.profile.id, b.profile.id));
  let invoices = 0;
  drafts.forEach((draft, index) => {
    draft.id = `SO-${String(index + 1).padStart(5, '0')}`;
    if (draft.invoice !== undefined)
      draft.invoice.id = `INV-${String(++invoices).padStart(5, '0')}`;
  });
  return drafts;
}

function draftSale(
  random: Random,
  profile: Profile,
  orderDate: string,
  tier: keyof typeof MONTHLY_RATE,
  terms: PaymentTerms | undefined,
): SaleDraft {
  const [min, max] = ORDER_VALUE[tier];
  const value = random.int(min, max);
  const count = random.int(1, 2);
  const lines = Array.from({ length: count }, (_, i) =>
    draftLine(random, profile, orderDate, String(i + 1), value / count),
  );
  const promisedDate = addDays(orderDate, random.int(21, 56));
  const late = random.chance(MANAGER_TRAITS[ownerAt(profile, orderDate)]?.lateRate ?? 0.12);
  const delivered = addDays(promisedDate, late ? random.int(1, 20) : -random.int(0, 7));
  const base = { id: '', profile, orderDate, promisedDate, lines };
  if (random.chance(0.03)) return { ...base, status: 'cancelled' };
  if (delivered > DATA_END) return draftUndelivered(random, base);
  const total = lines.reduce((sum, line) => sum + line.net, 0);
  const invoice = {
    id: '',
    issueDate: delivered,
    dueDate: addDays(delivered, terms?.days ?? 30),
    total,
  };
  return { ...base, status: 'completed', deliveredOn: delivered, invoice };
}

function draftUndelivered(random: Random, base: Omit<SaleDraft, 'status'>): SaleDraft {
  const status = base.orderDate > addDays(DATA_END, -10) ? 'open' : 'confirmed';
  const first = base.lines[0] as LineDraft;
  const gap = dayOf(DATA_END) - dayOf(base.orderDate);
  if (status === 'confirmed' && gap > 10 && first.quantity >= 2 && random.chance(0.3)) {
    const date = addDays(base.orderDate, random.int(7, gap));
    return { ...base, status, partial: { date, quantity: Math.floor(first.quantity / 2) } };
  }
  return { ...base, status };
}

function draftLine(
  random: Random,
  profile: Profile,
  orderDate: string,
  lineId: string,
  valueCents: number,
): LineDraft {
  const product = random.pick(PRODUCTS);
  const listCents =
    orderDate >= '2026-01-01' ? Math.round(product.priceCents * 1.03) : product.priceCents;
  const unitPrice = fromUsdCents(listCents, profile.currency);
  const quantity = Math.max(1, Math.round(valueCents / listCents));
  const unitCost = Math.round((unitPrice * random.int(60, 78)) / 100);
  const gross = quantity * unitPrice;
  const kind = random.weighted({ none: 70, five: 18, ten: 9, deep: 2, amount: 1 });
  const percent = kind === 'five' ? 5 : kind === 'ten' ? 10 : kind === 'deep' ? 25 : 0;
  if (kind === 'amount') {
    const amount = Math.min(gross, profile.currency === 'JPY' ? 10_000 : 10_000);
    return {
      lineId,
      product,
      quantity,
      unitPrice,
      unitCost,
      discount: { amount },
      net: gross - amount,
    };
  }
  const off = Math.round((gross * percent) / 100);
  return {
    lineId,
    product,
    quantity,
    unitPrice,
    unitCost,
    ...(percent > 0 ? { discount: { percent } } : {}),
    net: gross - off,
  };
}

/** The order record of a draft. */
export function toOrder(draft: SaleDraft): Order {
  const currency = draft.profile.currency;
  return {
    id: draft.id,
    customerId: draft.profile.id,
    ownerId: ownerAt(draft.profile, draft.orderDate),
    orderDate: draft.orderDate,
    promisedDate: draft.promisedDate,
    currency,
    status: draft.status,
    contractId: `K-${draft.profile.id.slice(2)}`,
    lines: draft.lines.map(
      (line): OrderLine => ({
        lineId: line.lineId,
        productId: line.product.id,
        categoryId: line.product.categoryId,
        quantity: String(line.quantity),
        unitPrice: decimalOf(line.unitPrice, currency),
        ...(line.discount === undefined
          ? {}
          : 'percent' in line.discount
            ? {
                discount: { kind: 'rate' as const, rate: (line.discount.percent / 100).toFixed(2) },
              }
            : {
                discount: {
                  kind: 'amount' as const,
                  amount: decimalOf(line.discount.amount, currency),
                },
              }),
        unitCost: decimalOf(line.unitCost, currency),
      }),
    ),
  };
}

/** The deliveries of the drafts: one full delivery a completed order, one partial for some confirmed ones. */
export function toDeliveries(drafts: readonly SaleDraft[]): Delivery[] {
  const out: Delivery[] = [];
  for (const draft of drafts) {
    const lines =
      draft.deliveredOn !== undefined
        ? {
            date: draft.deliveredOn,
            lines: draft.lines.map((l) => ({ lineId: l.lineId, quantity: String(l.quantity) })),
          }
        : draft.partial !== undefined
          ? {
              date: draft.partial.date,
              lines: [{ lineId: '1', quantity: String(draft.partial.quantity) }],
            }
          : undefined;
    if (lines === undefined) continue;
    out.push({
      id: `DL-${draft.id.slice(3)}`,
      orderId: draft.id,
      customerId: draft.profile.id,
      ...lines,
    });
  }
  return out.sort((a, b) => byText(a.date, b.date) || byText(a.id, b.id));
}

/**
 * The invoice record of a delivered order (exports are zero-rated: no tax). Its lines are the
 * order's, so the invoice names its order and carries no lines of its own (smaller files).
 */
export function toInvoice(draft: SaleDraft, invoice: InvoiceDraft): Invoice {
  const currency = draft.profile.currency;
  return {
    id: invoice.id,
    customerId: draft.profile.id,
    ownerId: ownerAt(draft.profile, invoice.issueDate),
    orderId: draft.id,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    currency,
    total: decimalOf(invoice.total, currency),
  };
}
