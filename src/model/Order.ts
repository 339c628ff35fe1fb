import * as z from 'zod';
import { rateField } from '../_lib/numberNotes';
import { CurrencyCode, DecimalString } from '../money';
import { IsoDate } from '../period/IsoDate';
import { addIssue, dec, uniqueLineIds } from './_refine';
import { orWholeNumber } from './_wholeNumber';
import { PaymentTerms } from './PaymentTerms';
import { HsCode } from './Product';
import { EntityId, NonNegativeDecimal } from './primitives';

/**
 * Where an order stands: `open` (entered, not yet confirmed by the customer), `confirmed`
 * (booked: counts as sales and as unbilled exposure), `completed` (fully delivered and invoiced),
 * `cancelled` (counts nowhere; commission already earned on it is clawed back).
 *
 * @example
 * ```ts
 * OrderStatus.options;
 * //=> ['open', 'confirmed', 'completed', 'cancelled']
 * ```
 */
export const OrderStatus = z.enum(['open', 'confirmed', 'completed', 'cancelled']);
/** An order status (see {@link OrderStatus}). */
export type OrderStatus = z.infer<typeof OrderStatus>;

/**
 * A line discount, saying which kind it is. `rate`: a fraction of the line's gross amount
 * (`"0.05"` is 5 %), from 0 to 1. `amount`: a sum off the whole line (not per unit), in the
 * order's currency, as a magnitude (never negative, at most the line's gross amount).
 * The line's net amount is its gross (quantity × unit price) less the discount, and
 * `orderLineDiscount` states any discount both ways (percent 0–100 and amount off).
 *
 * @example
 * ```ts
 * Discount.parse({ kind: 'rate', rate: '0.05' }).kind;
 * //=> 'rate'
 * ```
 */
export const Discount = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('rate'),
    rate: rateField(
      DecimalString.check(
        z.refine((text) => dec(text).gte(0) && dec(text).lte(1), {
          message: 'a discount rate is a fraction from 0 to 1',
        }),
      ),
    ),
  }),
  z.strictObject({ kind: z.literal('amount'), amount: NonNegativeDecimal }),
]);
/** A line discount (see {@link Discount}). */
export type Discount = z.infer<typeof Discount>;

/**
 * One line of an order. Prices and costs are decimal strings in the order's currency.
 * `categoryId` is copied from the product so rate tables need no join; so is `hsCode` (optional,
 * the product's {@link HsCode}), which the risk run's trade-barrier check reads when it derives
 * an order's shipment. The quantity is negative
 * only on return lines, which say so with `isReturn: true` (a negative quantity elsewhere is
 * `NEGATIVE_QUANTITY`, and a return line must be negative).
 *
 * @example
 * ```ts
 * OrderLine.parse({
 *   lineId: '1', productId: 'P-100', categoryId: 'CAT-PUMPS', quantity: '-2', unitPrice: '150', isReturn: true,
 * }).quantity;
 * //=> '-2'
 * ```
 */
export const OrderLine = z
  .strictObject({
    lineId: EntityId,
    productId: EntityId,
    categoryId: EntityId,
    quantity: orWholeNumber(DecimalString),
    unitPrice: NonNegativeDecimal,
    discount: Discount.optional(),
    unitCost: z.optional(NonNegativeDecimal),
    isReturn: z.boolean().optional(),
    hsCode: HsCode.optional(),
  })
  .superRefine((line, ctx) => {
    const quantity = dec(line.quantity);
    if (quantity.lt(0) && line.isReturn !== true) {
      addIssue(
        ctx,
        ['quantity'],
        'a negative quantity is allowed only on a return line (isReturn: true)',
        line.quantity,
        'NEGATIVE_QUANTITY',
      );
    }
    if (line.isReturn === true && !quantity.lt(0)) {
      addIssue(ctx, ['quantity'], 'a return line carries a negative quantity', line.quantity);
    }
    if (line.discount?.kind === 'amount') {
      const gross = quantity.times(dec(line.unitPrice)).abs();
      if (dec(line.discount.amount).gt(gross)) {
        addIssue(
          ctx,
          ['discount', 'amount'],
          `the discount exceeds the line's gross amount ${gross.toFixed()}`,
          line.discount.amount,
          'INVALID_AMOUNT',
        );
      }
    }
  });
/** An order line (see {@link OrderLine}). */
export type OrderLine = z.infer<typeof OrderLine>;

/**
 * A sales order. `ownerId` is the account manager credited at order time; `promisedDate`
 * (optional, not before `orderDate`) is the delivery date promised, for on-time rates;
 * `paymentTerms` (optional) are the order's own {@link PaymentTerms}, which the risk checks'
 * payment-terms check reads. Line ids are unique within the order.
 *
 * @example
 * ```ts
 * Order.parse({
 *   id: 'SO-1', customerId: 'C-001', ownerId: 'AM-7', orderDate: '2026-03-02', currency: 'USD',
 *   status: 'confirmed',
 *   lines: [{ lineId: '1', productId: 'P-100', categoryId: 'CAT-PUMPS', quantity: '10', unitPrice: '150' }],
 * }).lines.length;
 * //=> 1
 * ```
 */
export const Order = z
  .strictObject({
    id: EntityId,
    customerId: EntityId,
    ownerId: EntityId,
    orderDate: IsoDate,
    promisedDate: z.optional(IsoDate),
    currency: CurrencyCode,
    status: OrderStatus,
    contractId: EntityId.optional(),
    paymentTerms: PaymentTerms.optional(),
    lines: z.array(OrderLine).min(1, { message: 'an order has at least one line' }),
  })
  .superRefine((order, ctx) => {
    if (order.promisedDate !== undefined && order.promisedDate < order.orderDate) {
      addIssue(
        ctx,
        ['promisedDate'],
        `promisedDate must not be before orderDate ${order.orderDate}`,
        order.promisedDate,
        'INVALID_DATE_RANGE',
      );
    }
    uniqueLineIds(order.lines, ctx);
  });
/** A sales order (see {@link Order}). */
export type Order = z.infer<typeof Order>;
