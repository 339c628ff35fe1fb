import * as z from 'zod';
import { CurrencyCode, DecimalString } from '../../money';
import { IsoDate } from '../../period';

/** A decimal string defaulting to zero. */
const Amount = z._default(DecimalString, '0');

/**
 * The collection ledger of one invoice across periods: total, due date, what has been collected,
 * what credit notes have taken off it, and the order it bills — for pay-on-collection and
 * non-payment clawbacks.
 *
 * @example
 * ```ts
 * InvoiceLedger.parse({ invoiceId: 'INV-1', orderId: null, currency: 'USD', total: '1000', dueDate: '2026-04-30' }).collected;
 * //=> '0'
 * ```
 */
export const InvoiceLedger = z.strictObject({
  invoiceId: z.string(),
  orderId: z.string().nullable(),
  currency: CurrencyCode,
  total: DecimalString,
  dueDate: IsoDate,
  collected: Amount,
  credited: Amount,
});

/** An invoice ledger entry (see {@link InvoiceLedger}). */
export type InvoiceLedger = z.infer<typeof InvoiceLedger>;
