import * as z from 'zod';
import { CurrencyCode } from '../money';
import { IsoDate } from '../period/IsoDate';
import { addIssue, dec } from './_refine';
import { EntityId, PositiveDecimal } from './primitives';

/**
 * The part of a payment applied to one invoice. The amount names its currency, which must be
 * the payment's: a payment in USD settling an invoice in CNY is allocated in USD and converted
 * by the caller's FX policy, never silently reinterpreted.
 *
 * @example
 * ```ts
 * PaymentAllocation.parse({ invoiceId: 'INV-1', amount: { amount: '500.00', currency: 'USD' } }).invoiceId;
 * //=> 'INV-1'
 * ```
 */
export const PaymentAllocation = z.strictObject({
  invoiceId: EntityId,
  amount: z.strictObject({ amount: PositiveDecimal, currency: CurrencyCode }),
});
/** A payment allocation (see {@link PaymentAllocation}). */
export type PaymentAllocation = z.infer<typeof PaymentAllocation>;

/**
 * A payment received (回款). `amount` is positive, in `currency`. Allocations apply it to
 * invoices, each invoice at most once, in the payment's currency, and together never more than
 * the payment (`INVALID_ALLOCATION` at the allocation that goes over); the rest is unapplied
 * cash. `ownerId` is the account manager credited with the collection.
 *
 * @example
 * ```ts
 * Payment.parse({
 *   id: 'PAY-1', customerId: 'C-001', ownerId: 'AM-7', date: '2026-04-10', currency: 'USD', amount: '500.00',
 *   allocations: [{ invoiceId: 'INV-1', amount: { amount: '500.00', currency: 'USD' } }],
 * }).allocations.length;
 * //=> 1
 * ```
 */
export const Payment = z
  .strictObject({
    id: EntityId,
    customerId: EntityId,
    ownerId: EntityId,
    date: IsoDate,
    currency: CurrencyCode,
    amount: PositiveDecimal,
    allocations: z.array(PaymentAllocation),
  })
  .superRefine((payment, ctx) => {
    const seen = new Map<string, number>();
    let applied = dec('0');
    let over = false;
    payment.allocations.forEach((allocation, index) => {
      const path = ['allocations', index, 'amount'];
      if (allocation.amount.currency !== payment.currency) {
        addIssue(
          ctx,
          [...path, 'currency'],
          `an allocation is in the payment's currency ${payment.currency}`,
          allocation.amount.currency,
          'CURRENCY_MISMATCH',
        );
      }
      const first = seen.get(allocation.invoiceId);
      if (first === undefined) seen.set(allocation.invoiceId, index);
      else
        addIssue(
          ctx,
          ['allocations', index, 'invoiceId'],
          `this invoice is already allocated at allocations[${first}]`,
          allocation.invoiceId,
        );
      applied = applied.plus(allocation.amount.amount);
      if (!over && applied.gt(payment.amount)) {
        over = true;
        addIssue(
          ctx,
          [...path, 'amount'],
          `allocations add up to more than the payment ${payment.amount} ${payment.currency}`,
          allocation.amount.amount,
          'INVALID_ALLOCATION',
        );
      }
    });
  });
/** A payment (see {@link Payment}). */
export type Payment = z.infer<typeof Payment>;
