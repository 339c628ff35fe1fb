import { attempt, type SafeResult } from '../../errors';
import type { Order, OrderStatus } from '../../model';
import { orderNet } from '../../model';
import { checkArray, checkIterable, checkObject, checkOptions } from '../_lib/input/checkArgument';
import type { Transaction } from './Transaction';

/** Options of {@link transactionsFromOrders}. */
export interface TransactionsFromOrdersOptions {
  /** The order statuses that count as sales; default `confirmed` and `completed`. */
  readonly statuses?: readonly OrderStatus[];
}

const SALES: readonly OrderStatus[] = ['confirmed', 'completed'];

/**
 * Derives transactions from parsed orders, lazily: one transaction per order, dated on its
 * `orderDate`, worth its net amount (lines net of discounts, return lines negative — see
 * `orderNet`), in its currency. Cancelled orders never count; by default neither do `open`
 * orders, which the customer has not confirmed yet (pass `statuses` to change that).
 *
 * @param orders - parsed orders (any iterable, read once)
 * @param options - the `statuses` that count
 * @returns a generator of transactions for {@link ledgerOf}
 * @example
 * ```ts
 * [...transactionsFromOrders([
 *   { id: 'SO-1', customerId: 'C-1', ownerId: 'AM-1', orderDate: '2026-03-02', currency: 'USD', status: 'completed',
 *     lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '3', unitPrice: '10.50', discount: { kind: 'rate', rate: '0.1' } }] },
 *   { id: 'SO-2', customerId: 'C-1', ownerId: 'AM-1', orderDate: '2026-03-09', currency: 'USD', status: 'cancelled',
 *     lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '1', unitPrice: '99' }] },
 * ])];
 * //=> [{ customerId: 'C-1', date: '2026-03-02', amount: '28.35', currency: 'USD' }]
 * ```
 */
export function* transactionsFromOrders(
  orders: Iterable<Order>,
  options: TransactionsFromOrdersOptions = {},
): Generator<Transaction> {
  checkIterable(orders, ['orders']);
  checkOptions(options, ['options']);
  if (options.statuses !== undefined) checkArray(options.statuses, ['options', 'statuses']);
  const statuses = new Set(options.statuses ?? SALES);
  let index = 0;
  for (const order of orders) {
    checkObject(order, ['orders', index], 'an order');
    index += 1;
    if (!statuses.has(order.status) || order.status === 'cancelled') continue;
    yield {
      customerId: order.customerId,
      date: order.orderDate,
      amount: orderNet(order).amount.toFixed(),
      currency: order.currency,
    };
  }
}

/**
 * Like {@link transactionsFromOrders}, but returns `{ success, data | error }` instead of throwing;
 * it never throws. It reads the sequence to its end, so a failure anywhere in it is reported here.
 *
 * @example
 * ```ts
 * safeTransactionsFromOrders(null).success;
 * //=> false
 * ```
 */
export function safeTransactionsFromOrders(
  orders: Iterable<Order>,
  options: TransactionsFromOrdersOptions = {},
): SafeResult<Transaction[]> {
  return attempt(() => Array.from(transactionsFromOrders(orders, options)));
}
