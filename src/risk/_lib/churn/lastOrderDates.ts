import type { Order } from '../../../model';

/**
 * Internal: the latest order date per customer among orders that are not cancelled and dated on
 * or before `asOf` (ISO dates compare as text).
 */
export function lastOrderDates(orders: readonly Order[], asOf: string): Map<string, string> {
  const last = new Map<string, string>();
  for (const order of orders) {
    if (order.status === 'cancelled' || order.orderDate > asOf) continue;
    const seen = last.get(order.customerId);
    if (seen === undefined || order.orderDate > seen) last.set(order.customerId, order.orderDate);
  }
  return last;
}
