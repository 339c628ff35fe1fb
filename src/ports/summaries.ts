import { attempt, type SafeResult } from '../errors';
import type { Order } from '../model';
import { orderTotals } from './_lib/orderTotals';
import type { EntityQuery } from './querySpecs';
import type { CustomerPurchaseTotal } from './summariseCustomerPurchases';
import type { ManagerSalesTotal } from './summariseManagerSales';

/**
 * One customer's orders on one day in one currency, summed: the input of RFM and BTYD
 * summaries, far smaller than the orders themselves. `net` is the exact sum of `orderNet` as a
 * decimal string (any scale: compare it as a number).
 */
export interface OrderDayTotal {
  readonly customerId: string;
  readonly date: string;
  readonly currency: string;
  /** How many orders. */
  readonly orders: number;
  readonly net: string;
}

/** Summaries a store may compute itself (`supports.summaries`) rather than stream rows. */
export interface SummaryReader {
  /**
   * {@link summariseOrderDays} of the orders `orders.list(query)` would return, ordered by
   * customer, date and currency (code point). Takes the filters in `supports.readers.orders`.
   *
   * @throws CrmRulesError as `EntityReader.list`; `UNSUPPORTED_CAPABILITY` unless
   * `supports.summaries.orderDays`
   */
  orderDays(query?: EntityQuery<'orders'>): AsyncIterable<OrderDayTotal>;
  /**
   * `summariseManagerSales` of the orders `orders.list(query)` would return: sales by account
   * manager, month and currency, ordered by those three (code point). Takes the filters in
   * `supports.readers.orders`.
   *
   * @throws CrmRulesError as `EntityReader.list`; `UNSUPPORTED_CAPABILITY` unless
   * `supports.summaries.managerSales`
   */
  managerSales(query?: EntityQuery<'orders'>): AsyncIterable<ManagerSalesTotal>;
  /**
   * `summariseCustomerPurchases` of the orders `orders.list(query)` would return: one purchase
   * summary per customer and currency, ordered by those two (code point). Takes the filters in
   * `supports.readers.orders`.
   *
   * @throws CrmRulesError as `EntityReader.list`; `UNSUPPORTED_CAPABILITY` unless
   * `supports.summaries.customerPurchases`
   */
  customerPurchases(query?: EntityQuery<'orders'>): AsyncIterable<CustomerPurchaseTotal>;
}

/**
 * The reference computation of `SummaryReader.orderDays`: groups orders by customer, order date
 * and currency, counts them and sums their net amounts at full precision. Statuses are not
 * filtered here: filter the query by `status`.
 *
 * @param orders - parsed orders, in any order
 * @returns one total per customer, day and currency, ordered by those three (code point)
 * @example
 * ```ts
 * summariseOrderDays([
 *   { id: 'SO-1', customerId: 'C', ownerId: 'AM', orderDate: '2026-03-02', currency: 'USD', status: 'confirmed',
 *     lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '2', unitPrice: '5' }] },
 * ]);
 * //=> [{ customerId: 'C', date: '2026-03-02', currency: 'USD', orders: 1, net: '10' }]
 * ```
 */
export function summariseOrderDays(orders: Iterable<Order>): OrderDayTotal[] {
  return orderTotals(orders, ['customerId', 'date', 'currency'], (order) => [
    order.customerId,
    order.orderDate,
    order.currency,
  ]);
}

/**
 * Like {@link summariseOrderDays}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeSummariseOrderDays(null).success;
 * //=> false
 * ```
 */
export function safeSummariseOrderDays(orders: Iterable<Order>): SafeResult<OrderDayTotal[]> {
  return attempt(() => summariseOrderDays(orders));
}
