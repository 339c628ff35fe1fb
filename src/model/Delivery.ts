import * as z from 'zod';
import { IsoDate } from '../period/IsoDate';
import { uniqueLineIds } from './_refine';
import { orWholeNumber } from './_wholeNumber';
import { EntityId, PositiveDecimal } from './primitives';

/**
 * One line of a delivery: how much of an order line (`lineId`) was shipped, as a positive
 * decimal quantity.
 *
 * @example
 * ```ts
 * DeliveryLine.parse({ lineId: '1', quantity: '4' }).quantity;
 * //=> '4'
 * ```
 */
export const DeliveryLine = z.strictObject({
  lineId: EntityId,
  quantity: orWholeNumber(PositiveDecimal),
});
/** A delivery line (see {@link DeliveryLine}). */
export type DeliveryLine = z.infer<typeof DeliveryLine>;

/**
 * A delivery (shipment) against one order. `customerId` repeats the order's customer so
 * exposure checks can read deliveries by customer without a join. An order line may be
 * delivered in several deliveries; each delivery names a line at most once.
 *
 * @example
 * ```ts
 * Delivery.parse({
 *   id: 'DN-1', orderId: 'SO-1', customerId: 'C-001', date: '2026-03-20',
 *   lines: [{ lineId: '1', quantity: '4' }],
 * }).date;
 * //=> '2026-03-20'
 * ```
 */
export const Delivery = z
  .strictObject({
    id: EntityId,
    orderId: EntityId,
    customerId: EntityId,
    date: IsoDate,
    lines: z.array(DeliveryLine).min(1, { message: 'a delivery has at least one line' }),
  })
  .superRefine((delivery, ctx) => uniqueLineIds(delivery.lines, ctx));
/** A delivery (see {@link Delivery}). */
export type Delivery = z.infer<typeof Delivery>;
