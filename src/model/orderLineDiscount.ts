import { attempt, type SafeResult } from '../errors';
import { requireObject } from '../errors/_lib/argumentGuards';
import { Decimal, toDecimal } from '../money';
import type { OrderLine } from './Order';

/** What {@link orderLineDiscount} says of a line's discount, as decimal strings. */
export interface LineDiscount {
  /** The discount as a percentage of the line's gross amount, 0–100. */
  readonly percent: string;
  /** The sum off the whole line, in the order's currency, as a magnitude (never negative). */
  readonly amount: string;
}

/** The places of a percentage that is a quotient (an `amount` discount): 10, half-even. */
const PERCENT_PLACES = 10;

/**
 * A line's discount both ways — as a percentage of the gross and as the sum off the line — from
 * its {@link Discount}, whichever kind was given. The gross is |quantity × unit price|; a `rate`
 * discount is `rate × 100` percent and `gross × rate` off; an `amount` discount is that sum off
 * and `amount ÷ gross × 100` percent (10 places, half-even; 0 on a zero gross). A line without a
 * discount has 0 and 0. Always: gross − amount is the magnitude of {@link orderLineNet}. These
 * are the `line.discountPercent` / `line.discountAmount` facts of commission rate tables.
 *
 * @param line - a parsed order line
 * @returns `{ percent, amount }` as decimal strings
 * @throws CrmRulesError `INVALID_INPUT` when `line` is not an object, `INVALID_DECIMAL` for a
 * malformed figure
 * @example
 * ```ts
 * orderLineDiscount({
 *   lineId: '1', productId: 'P', categoryId: 'K', quantity: '4', unitPrice: '25',
 *   discount: { kind: 'amount', amount: '10' },
 * });
 * //=> { percent: '10', amount: '10' }
 * ```
 */
export function orderLineDiscount(line: OrderLine): LineDiscount {
  requireObject(line, 'line');
  const gross = toDecimal(line.quantity, ['line', 'quantity'])
    .times(toDecimal(line.unitPrice, ['line', 'unitPrice']))
    .abs();
  const discount = line.discount;
  if (discount === undefined) return { percent: '0', amount: '0' };
  if (discount.kind === 'rate') {
    const rate = toDecimal(discount.rate, ['line', 'discount', 'rate']);
    return { percent: rate.times(100).toFixed(), amount: gross.times(rate).toFixed() };
  }
  const amount = toDecimal(discount.amount, ['line', 'discount', 'amount']);
  const percent = gross.isZero()
    ? new Decimal(0)
    : amount.div(gross).times(100).toDecimalPlaces(PERCENT_PLACES, Decimal.ROUND_HALF_EVEN);
  return { percent: percent.toFixed(), amount: amount.toFixed() };
}

/**
 * Like {@link orderLineDiscount}, but returns `{ success, data | error }` instead of throwing;
 * it never throws.
 *
 * @example
 * ```ts
 * safeOrderLineDiscount(null).success;
 * //=> false
 * ```
 */
export function safeOrderLineDiscount(line: OrderLine): SafeResult<LineDiscount> {
  return attempt(() => orderLineDiscount(line));
}
