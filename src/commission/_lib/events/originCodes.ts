import type { CreditEvent, EventBase, EventOrigin } from './CreditEvent';

/**
 * Internal: origin codes (0 … 4), with the base and input field of each: a credit note is a
 * `reversal` (3), or a refund of collected cash (4, the `collected` base; see `refundEvents`).
 */
export const ORIGINS: readonly EventOrigin[] = [
  'order',
  'invoice',
  'payment',
  'credit-note',
  'credit-note',
];
export const BASES: readonly EventBase[] = [
  'booked',
  'invoiced',
  'collected',
  'reversal',
  'collected',
];
/** Internal: the input field of each origin code. */
export const FIELDS = ['orders', 'invoices', 'payments', 'creditNotes', 'creditNotes'] as const;
/** Internal: the first credit-note origin code: codes from it on reverse or refund, never pay. */
export const CREDIT_NOTE = 3;

/** Internal: the origin code of an event (see {@link ORIGINS}). */
export function originCode(event: CreditEvent): number {
  return event.origin === 'credit-note' && event.base === 'collected'
    ? 4
    : ORIGINS.indexOf(event.origin);
}
