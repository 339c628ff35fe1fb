import * as z from 'zod';
import { CurrencyCode } from '../money';
import { IsoDate } from '../period/IsoDate';
import { addIssue, dec, uniqueLineIds } from './_refine';
import { orWholeNumber } from './_wholeNumber';
import { EntityId, Label, PositiveDecimal } from './primitives';

/**
 * Why a credit was given. `return` is a return of goods (the lines carry the returned
 * quantities); `cancellation` reverses a cancelled order or invoice; the others adjust the price.
 *
 * @example
 * ```ts
 * CreditNoteReason.options.includes('return');
 * //=> true
 * ```
 */
export const CreditNoteReason = z.enum([
  'return',
  'cancellation',
  'price-adjustment',
  'quality-claim',
  'rebate',
  'other',
]);
/** A credit note reason (see {@link CreditNoteReason}). */
export type CreditNoteReason = z.infer<typeof CreditNoteReason>;

/**
 * One line of a credit note: a positive amount credited and, for returns, the positive quantity
 * returned of an order line.
 *
 * @example
 * ```ts
 * CreditNoteLine.parse({ lineId: '1', orderLineId: '1', quantity: '2', amount: '300.00' }).quantity;
 * //=> '2'
 * ```
 */
export const CreditNoteLine = z.strictObject({
  lineId: EntityId,
  orderLineId: EntityId.optional(),
  productId: EntityId.optional(),
  categoryId: EntityId.optional(),
  quantity: z.optional(orWholeNumber(PositiveDecimal)),
  amount: PositiveDecimal,
});
/** A credit note line (see {@link CreditNoteLine}). */
export type CreditNoteLine = z.infer<typeof CreditNoteLine>;

/**
 * A credit note or return (贷项 / 退货): a credit to the customer against an invoice or an order
 * (at least one of `invoiceId`, `orderId`). Amounts are positive magnitudes; whoever sums
 * receivables or commission applies the minus sign. When `lines` are given they add up exactly
 * to `amount`.
 *
 * @example
 * ```ts
 * CreditNote.parse({
 *   id: 'CN-1', customerId: 'C-001', ownerId: 'AM-7', invoiceId: 'INV-1', date: '2026-04-02',
 *   currency: 'USD', amount: '200.00', reason: 'quality-claim',
 * }).amount;
 * //=> '200.00'
 * ```
 */
export const CreditNote = z
  .strictObject({
    id: EntityId,
    customerId: EntityId,
    ownerId: EntityId,
    invoiceId: EntityId.optional(),
    orderId: EntityId.optional(),
    date: IsoDate,
    currency: CurrencyCode,
    amount: PositiveDecimal,
    reason: CreditNoteReason,
    note: Label.optional(),
    lines: z.array(CreditNoteLine).optional(),
  })
  .superRefine((note, ctx) => {
    if (note.invoiceId === undefined && note.orderId === undefined) {
      addIssue(ctx, ['invoiceId'], 'a credit note names an invoiceId or an orderId', undefined);
    }
    if (note.lines !== undefined) {
      uniqueLineIds(note.lines, ctx);
      const sum = note.lines.reduce((acc, line) => acc.plus(line.amount), dec('0'));
      if (!sum.eq(dec(note.amount))) {
        addIssue(
          ctx,
          ['amount'],
          `the lines add up to ${sum.toFixed()}, not to the amount`,
          note.amount,
          'INVALID_AMOUNT',
        );
      }
    }
  });
/** A credit note or return (see {@link CreditNote}). */
export type CreditNote = z.infer<typeof CreditNote>;
