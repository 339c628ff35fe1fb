import { attempt, type SafeResult } from '../errors';
import { requireFields, requireObject } from '../errors/_lib/argumentGuards';
import { Decimal, type Money, money, toDecimal } from '../money';
import type { Order, OrderLine } from './Order';

/**
 * The net amount of an order line at full precision: quantity × unit price, less the discount.
 * A `rate` discount takes that fraction of the gross; an `amount` discount reduces the line's
 * magnitude, so a return line (negative quantity) stays negative and shrinks toward zero. No
 * rounding: round where a plan or policy says so.
 *
 * @param line - a parsed order line
 * @param currency - the order's currency
 * @returns the line's net amount (negative for return lines)
 * @throws CrmRulesError `UNKNOWN_CURRENCY` for an unknown currency
 * @example
 * ```ts
 * orderLineNet(
 *   { lineId: '1', productId: 'P', categoryId: 'K', quantity: '3', unitPrice: '10.50', discount: { kind: 'rate', rate: '0.1' } },
 *   'USD',
 * ).amount.toFixed();
 * //=> '28.35'
 * ```
 */
export function orderLineNet(line: OrderLine, currency: string): Money {
  requireObject(line, 'line');
  const gross = toDecimal(line.quantity, ['line', 'quantity']).times(
    toDecimal(line.unitPrice, ['line', 'unitPrice']),
  );
  const discount = line.discount;
  let net = gross;
  if (discount?.kind === 'rate')
    net = gross.minus(gross.times(toDecimal(discount.rate, ['line', 'discount', 'rate'])));
  else if (discount?.kind === 'amount')
    net = gross.minus(
      toDecimal(discount.amount, ['line', 'discount', 'amount']).times(gross.isNeg() ? -1 : 1),
    );
  return money(net, currency);
}

/**
 * Like {@link orderLineNet}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeOrderLineNet(null, null).success;
 * //=> false
 * ```
 */
export function safeOrderLineNet(line: OrderLine, currency: string): SafeResult<Money> {
  return attempt(() => orderLineNet(line, currency));
}

/**
 * The net amount of a whole order: the sum of {@link orderLineNet} over its lines, whatever its
 * status (callers decide whether cancelled orders count).
 *
 * @param order - a parsed order
 * @returns the order's net amount in its currency
 * @example
 * ```ts
 * orderNet({
 *   id: 'SO-1', customerId: 'C', ownerId: 'AM', orderDate: '2026-03-02', currency: 'USD', status: 'confirmed',
 *   lines: [
 *     { lineId: '1', productId: 'P', categoryId: 'K', quantity: '10', unitPrice: '150' },
 *     { lineId: '2', productId: 'P', categoryId: 'K', quantity: '2', unitPrice: '50', discount: { kind: 'amount', amount: '20' } },
 *   ],
 * }).amount.toFixed();
 * //=> '1580'
 * ```
 */
export function orderNet(order: Order): Money {
  requireFields(order, 'order', { lines: 'array' }, 'an order with lines');
  let total = new Decimal(0);
  for (const line of order.lines) total = total.plus(orderLineNet(line, order.currency).amount);
  return money(total, order.currency);
}

/**
 * Like {@link orderNet}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeOrderNet(null).success;
 * //=> false
 * ```
 */
export function safeOrderNet(order: Order): SafeResult<Money> {
  return attempt(() => orderNet(order));
}
