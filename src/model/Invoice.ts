import * as z from 'zod';
import { CurrencyCode, DecimalString } from '../money';
import { IsoDate } from '../period/IsoDate';
import { addIssue, dec, uniqueLineIds } from './_refine';
import { EntityId, Label, NonNegativeDecimal } from './primitives';

/**
 * One line of an invoice, in the invoice's currency. `amount` may be negative (a discount or
 * rebate line); `orderLineId` links it to the order line it bills.
 *
 * @example
 * ```ts
 * InvoiceLine.parse({ lineId: '1', orderLineId: '1', categoryId: 'CAT-PUMPS', amount: '1500.00' }).amount;
 * //=> '1500.00'
 * ```
 */
export const InvoiceLine = z.strictObject({
  lineId: EntityId,
  orderLineId: EntityId.optional(),
  productId: EntityId.optional(),
  categoryId: EntityId.optional(),
  description: Label.optional(),
  amount: DecimalString,
});
/** An invoice line (see {@link InvoiceLine}). */
export type InvoiceLine = z.infer<typeof InvoiceLine>;

/**
 * An invoice (a receivable). `total` is the amount the customer owes, never negative (credits
 * are {@link CreditNote}s). When `lines` are given, their amounts plus `tax` (default 0) must
 * add up exactly to `total`. `dueDate` is not before `issueDate`; aging counts from `dueDate`.
 *
 * @example
 * ```ts
 * Invoice.parse({
 *   id: 'INV-1', customerId: 'C-001', ownerId: 'AM-7', orderId: 'SO-1',
 *   issueDate: '2026-03-20', dueDate: '2026-05-19', currency: 'USD', total: '1500.00',
 * }).dueDate;
 * //=> '2026-05-19'
 * ```
 */
export const Invoice = z
  .strictObject({
    id: EntityId,
    customerId: EntityId,
    ownerId: EntityId,
    orderId: EntityId.optional(),
    issueDate: IsoDate,
    dueDate: IsoDate,
    currency: CurrencyCode,
    total: NonNegativeDecimal,
    tax: z.optional(NonNegativeDecimal),
    lines: z.array(InvoiceLine).optional(),
  })
  .superRefine((invoice, ctx) => {
    if (invoice.dueDate < invoice.issueDate) {
      addIssue(
        ctx,
        ['dueDate'],
        `dueDate must not be before issueDate ${invoice.issueDate}`,
        invoice.dueDate,
        'INVALID_DATE_RANGE',
      );
    }
    if (invoice.lines !== undefined) {
      uniqueLineIds(invoice.lines, ctx);
      const sum = invoice.lines.reduce(
        (acc, line) => acc.plus(line.amount),
        dec(invoice.tax ?? '0'),
      );
      if (!sum.eq(dec(invoice.total))) {
        addIssue(
          ctx,
          ['total'],
          `the lines plus tax add up to ${sum.toFixed()}, not to the total`,
          invoice.total,
          'INVALID_AMOUNT',
        );
      }
    }
  });
/** An invoice (see {@link Invoice}). */
export type Invoice = z.infer<typeof Invoice>;
