import { type Order, type OrderLine, orderLineNet } from '../../../model';
import { Decimal, minorUnits } from '../../../money';

/**
 * The delivered part of an order's net value, in the order's currency. A completed order counts
 * as fully delivered. Otherwise each (non-return) line counts its delivered quantity, at most
 * the ordered quantity: all of it → the line's net amount; part → quantity × unit price less the
 * rate discount, or less the amount discount pro rata (delivered ÷ ordered), the one division,
 * rounded half-even to the currency's minor unit. Return lines are never delivered.
 */
export function deliveredValue(order: Order, delivered: ReadonlyMap<string, Decimal>): Decimal {
  let total = new Decimal(0);
  for (const line of order.lines) {
    if (order.status === 'completed') {
      total = total.plus(orderLineNet(line, order.currency).amount);
      continue;
    }
    const quantity = delivered.get(line.lineId);
    if (quantity !== undefined && line.isReturn !== true)
      total = total.plus(lineDelivered(line, quantity, order.currency));
  }
  return total;
}

function lineDelivered(line: OrderLine, quantity: Decimal, currency: string): Decimal {
  const ordered = new Decimal(line.quantity);
  if (quantity.gte(ordered)) return orderLineNet(line, currency).amount;
  const gross = quantity.times(line.unitPrice);
  const discount = line.discount;
  if (discount === undefined) return gross;
  switch (discount.kind) {
    case 'rate':
      return gross.minus(gross.times(discount.rate));
    case 'amount':
      return gross.minus(
        new Decimal(discount.amount)
          .times(quantity)
          .div(ordered)
          .toDecimalPlaces(minorUnits(currency), Decimal.ROUND_HALF_EVEN),
      );
    default: {
      const _exhaustive: never = discount;
      return _exhaustive;
    }
  }
}
