import { attempt, type SafeResult } from '../errors';
import { requireFields, requireIterable } from '../errors/_lib/argumentGuards';
import { type Order, orderNet } from '../model';
import { Decimal, decimalToString } from '../money';
import { compareKeys } from './compareKeys';

/**
 * One customer's purchases in one currency, summed: what RFM grading reads of a customer (how
 * often, how recently, how much). `days` counts distinct order dates (same-day orders are one
 * purchase day), `first` and `last` are the first and last order dates, `net` the exact sum of
 * `orderNet` as a decimal string (any scale: compare it as a number).
 */
export interface CustomerPurchaseTotal {
  readonly customerId: string;
  readonly currency: string;
  /** How many orders. */
  readonly orders: number;
  /** How many distinct order dates. */
  readonly days: number;
  readonly first: string;
  readonly last: string;
  readonly net: string;
}

interface Group {
  customerId: string;
  currency: string;
  orders: number;
  dates: Set<string>;
  first: string;
  last: string;
  net: Decimal;
}

/**
 * The reference computation of `SummaryReader.customerPurchases`: groups orders by customer and
 * currency, counts orders and distinct order dates, keeps the first and last order date and sums
 * the net amounts at full precision. Statuses are not filtered here: filter the query by
 * `status`.
 *
 * @param orders - parsed orders, in any order
 * @returns one total per customer and currency, ordered by those two (code point)
 * @throws CrmRulesError `INVALID_INPUT` when `orders` is not an iterable of orders
 * @example
 * ```ts
 * const line = { lineId: '1', productId: 'P', categoryId: 'K', quantity: '1', unitPrice: '4' };
 * summariseCustomerPurchases([
 *   { id: 'SO-1', customerId: 'C', ownerId: 'AM', orderDate: '2026-03-02', currency: 'USD', status: 'confirmed', lines: [line] },
 *   { id: 'SO-2', customerId: 'C', ownerId: 'AM', orderDate: '2026-03-02', currency: 'USD', status: 'confirmed', lines: [line] },
 *   { id: 'SO-3', customerId: 'C', ownerId: 'AM', orderDate: '2026-03-20', currency: 'USD', status: 'confirmed', lines: [line] },
 * ]);
 * //=> [{ customerId: 'C', currency: 'USD', orders: 3, days: 2, first: '2026-03-02', last: '2026-03-20', net: '12' }]
 * ```
 */
export function summariseCustomerPurchases(orders: Iterable<Order>): CustomerPurchaseTotal[] {
  requireIterable(orders, 'orders');
  const groups = new Map<string, Group>();
  for (const order of orders) {
    requireFields(order, 'orders', { lines: 'array' }, 'orders (Order entities)');
    const id = JSON.stringify([order.customerId, order.currency]);
    const date = order.orderDate;
    const group: Group = groups.get(id) ?? {
      customerId: order.customerId,
      currency: order.currency,
      orders: 0,
      dates: new Set(),
      first: date,
      last: date,
      net: new Decimal(0),
    };
    group.orders += 1;
    group.dates.add(date);
    if (date < group.first) group.first = date;
    if (date > group.last) group.last = date;
    group.net = group.net.plus(orderNet(order).amount);
    groups.set(id, group);
  }
  return [...groups.values()]
    .sort((a, b) => compareKeys(a.customerId, b.customerId) || compareKeys(a.currency, b.currency))
    .map((group) => ({
      customerId: group.customerId,
      currency: group.currency,
      orders: group.orders,
      days: group.dates.size,
      first: group.first,
      last: group.last,
      net: decimalToString(group.net),
    }));
}

/**
 * Like {@link summariseCustomerPurchases}, but returns `{ success, data | error }` instead of
 * throwing; it never throws.
 *
 * @example
 * ```ts
 * safeSummariseCustomerPurchases(null).success;
 * //=> false
 * ```
 */
export function safeSummariseCustomerPurchases(
  orders: Iterable<Order>,
): SafeResult<CustomerPurchaseTotal[]> {
  return attempt(() => summariseCustomerPurchases(orders));
}
