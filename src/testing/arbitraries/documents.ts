import { CreditNoteReason, type Entity, OrderStatus } from '../../model';
import { addDays } from '../../period/IsoDate';
import fc from '../_lib/fastCheck';
import type { ArbitraryPools } from './pools';
import { formatUnits, isoDateArbitrary } from './primitives';
import { compact, optional, pick } from './shared';

type Pools = Required<ArbitraryPools>;

/** Internal: arbitraries of orders, deliveries, invoices, payments and credit notes. */
export function documentArbitraries(p: Pools) {
  const date = isoDateArbitrary({ from: p.from, to: p.to });
  const cents = (max: number, min = 1) => fc.integer({ min, max });
  const header = { customerId: pick(p.customerIds), ownerId: pick(p.managerIds), date };
  return {
    orders: fc
      .record({
        id: pick(p.orderIds),
        ...header,
        promisedIn: optional(fc.integer({ min: 0, max: 60 })),
        currency: pick(p.currencies),
        status: pick(OrderStatus.options),
        lines: fc.array(orderLine(p), { minLength: 1, maxLength: 3 }),
      })
      .map(
        ({ date, promisedIn, lines, ...rest }) =>
          compact({
            ...rest,
            orderDate: date,
            promisedDate: promisedIn === undefined ? undefined : addDays(date, promisedIn),
            lines: lines.map((line, index) => ({ ...line, lineId: String(index + 1) })),
          }) as Entity<'orders'>,
      ),
    deliveries: fc
      .record({
        id: pick(p.deliveryIds),
        orderId: pick(p.orderIds),
        customerId: pick(p.customerIds),
        date,
        count: fc.integer({ min: 1, max: 3 }),
        quantity: cents(5000),
      })
      .map(({ count, quantity, ...rest }) => ({
        ...rest,
        lines: Array.from({ length: count }, (_, index) => ({
          lineId: String(index + 1),
          quantity: formatUnits(quantity + index, 2),
        })),
      })),
    invoices: fc
      .record({
        id: pick(p.invoiceIds),
        ...header,
        orderId: optional(pick(p.orderIds)),
        terms: fc.integer({ min: 0, max: 90 }),
        currency: pick(p.currencies),
        lines: optional(fc.array(cents(1_000_000), { minLength: 1, maxLength: 3 })),
        tax: optional(cents(100_000, 0)),
        total: cents(5_000_000, 0),
      })
      .map(({ date, terms, lines, tax, total, ...rest }) => {
        const sum = lines === undefined ? total : lines.reduce((a, b) => a + b, tax ?? 0);
        return compact({
          ...rest,
          issueDate: date,
          dueDate: addDays(date, terms),
          total: formatUnits(sum, 2),
          tax: lines === undefined || tax === undefined ? undefined : formatUnits(tax, 2),
          lines: lines?.map((amount, index) => ({
            lineId: String(index + 1),
            amount: formatUnits(amount, 2),
          })),
        }) as Entity<'invoices'>;
      }),
    payments: fc
      .record({
        id: pick(p.paymentIds),
        ...header,
        currency: pick(p.currencies),
        invoices: fc.uniqueArray(pick(p.invoiceIds), { maxLength: 3 }),
        amounts: fc.array(cents(1_000_000), { minLength: 3, maxLength: 3 }),
        unapplied: cents(1_000_000, 0),
      })
      .map(({ invoices, amounts, unapplied, ...rest }) => {
        const applied = invoices.map((invoiceId, index) => ({
          invoiceId,
          amount: { amount: formatUnits(amounts[index] ?? 1, 2), currency: rest.currency },
        }));
        const total = invoices.reduce((acc, _, index) => acc + (amounts[index] ?? 1), 0);
        return {
          ...rest,
          amount: formatUnits(Math.max(1, total + unapplied), 2),
          allocations: applied,
        };
      }),
    creditNotes: fc
      .record({
        id: pick(p.creditNoteIds),
        ...header,
        invoiceId: optional(pick(p.invoiceIds)),
        orderId: pick(p.orderIds),
        currency: pick(p.currencies),
        reason: pick(CreditNoteReason.options),
        lines: optional(fc.array(cents(100_000), { minLength: 1, maxLength: 2 })),
        amount: cents(500_000),
      })
      .map(
        ({ lines, amount, ...rest }) =>
          compact({
            ...rest,
            amount: formatUnits(lines === undefined ? amount : lines.reduce((a, b) => a + b, 0), 2),
            lines: lines?.map((value, index) => ({
              lineId: String(index + 1),
              amount: formatUnits(value, 2),
            })),
          }) as Entity<'creditNotes'>,
      ),
  };
}

function orderLine(p: Pools) {
  return fc
    .record({
      productId: pick(p.productIds),
      categoryId: pick(p.categoryIds),
      quantity: fc.integer({ min: 1, max: 50 }),
      isReturn: fc.boolean(),
      price: fc.integer({ min: 0, max: 1_000_000 }),
      discount: fc.oneof(
        fc.constant(undefined),
        fc.integer({ min: 0, max: 100 }).map((rate) => ({ kind: 'rate' as const, rate })),
        fc.integer({ min: 0, max: 100 }).map((share) => ({ kind: 'amount' as const, share })),
      ),
      cost: optional(fc.integer({ min: 0, max: 1_000_000 })),
    })
    .map(({ quantity, isReturn, price, discount, cost, ...rest }) => {
      const gross = quantity * price;
      return compact({
        ...rest,
        quantity: String(isReturn ? -quantity : quantity),
        unitPrice: formatUnits(price, 2),
        discount:
          discount === undefined
            ? undefined
            : discount.kind === 'rate'
              ? { kind: 'rate' as const, rate: formatUnits(discount.rate, 2) }
              : {
                  kind: 'amount' as const,
                  amount: formatUnits(Math.floor((gross * discount.share) / 100), 2),
                },
        unitCost: cost === undefined ? undefined : formatUnits(cost, 2),
        isReturn: isReturn ? true : undefined,
      });
    });
}
