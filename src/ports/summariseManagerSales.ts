import { attempt, type SafeResult } from '../errors';
import type { Order } from '../model';
import { orderTotals } from './_lib/orderTotals';

/**
 * One account manager's orders in one calendar month in one currency, summed: the sales a
 * commission or KPI run starts from. `period` is the month of the order date (`YYYY-MM`); `net`
 * is the exact sum of `orderNet` as a decimal string (any scale: compare it as a number).
 */
export interface ManagerSalesTotal {
  readonly ownerId: string;
  readonly period: string;
  readonly currency: string;
  /** How many orders. */
  readonly orders: number;
  readonly net: string;
}

/**
 * The reference computation of `SummaryReader.managerSales`: groups orders by owner (the account
 * manager), month of the order date and currency, counts them and sums their net amounts at full
 * precision. Statuses are not filtered here: filter the query by `status`.
 *
 * @param orders - parsed orders, in any order
 * @returns one total per owner, month and currency, ordered by those three (code point)
 * @throws CrmRulesError `INVALID_INPUT` when `orders` is not an iterable of orders
 * @example
 * ```ts
 * summariseManagerSales([
 *   { id: 'SO-1', customerId: 'C', ownerId: 'AM', orderDate: '2026-03-02', currency: 'USD', status: 'confirmed',
 *     lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '2', unitPrice: '5' }] },
 *   { id: 'SO-2', customerId: 'D', ownerId: 'AM', orderDate: '2026-03-30', currency: 'USD', status: 'confirmed',
 *     lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '1', unitPrice: '0.5' }] },
 * ]);
 * //=> [{ ownerId: 'AM', period: '2026-03', currency: 'USD', orders: 2, net: '10.5' }]
 * ```
 */
export function summariseManagerSales(orders: Iterable<Order>): ManagerSalesTotal[] {
  return orderTotals(orders, ['ownerId', 'period', 'currency'], (order) => [
    order.ownerId,
    order.orderDate.slice(0, 7),
    order.currency,
  ]);
}

/**
 * Like {@link summariseManagerSales}, but returns `{ success, data | error }` instead of
 * throwing; it never throws.
 *
 * @example
 * ```ts
 * safeSummariseManagerSales(null).success;
 * //=> false
 * ```
 */
export function safeSummariseManagerSales(
  orders: Iterable<Order>,
): SafeResult<ManagerSalesTotal[]> {
  return attempt(() => summariseManagerSales(orders));
}
