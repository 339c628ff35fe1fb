import * as z from 'zod';
import { CurrencyCode, DecimalString } from '../../money';

/** A decimal string defaulting to zero. */
const Amount = z._default(DecimalString, '0');

/**
 * What the engine remembers about one source line it paid on, per payee: enough to claw back
 * exactly what was paid, in proportion to what a later credit note, return or cancellation
 * reverses. `amount` is the document line's amount (its currency, before any split), `paid` the
 * commission earned on it in the payee currency; `reversed` and `clawedBack` grow as reversals
 * arrive, never past `amount` and `paid`. `year` keeps, per component with a plan-year
 * multiplier, what the line still counts in that plan year's gross and the multiplier share it
 * was paid, so a later clawback takes them out of the year's figures too.
 *
 * @example
 * ```ts
 * PayoutRecord.parse({ source: { kind: 'invoice', id: 'INV-1', lineId: '1' }, orderId: null, orderLineId: null, invoiceId: 'INV-1', currency: 'USD', amount: '1000', paid: '40.00' }).reversed;
 * //=> '0'
 * ```
 */
export const PayoutRecord = z.strictObject({
  source: z.strictObject({
    kind: z.enum(['order', 'invoice', 'payment']),
    id: z.string(),
    lineId: z.string(),
  }),
  orderId: z.string().nullable(),
  orderLineId: z.string().nullable(),
  invoiceId: z.string().nullable(),
  currency: CurrencyCode,
  amount: DecimalString,
  paid: DecimalString,
  reversed: Amount,
  clawedBack: Amount,
  year: z
    .array(
      z.strictObject({
        component: z.string(),
        planYear: z.string(),
        gross: DecimalString,
        multiplier: DecimalString,
      }),
    )
    .optional(),
});

/** A payout record (see {@link PayoutRecord}). */
export type PayoutRecord = z.infer<typeof PayoutRecord>;
