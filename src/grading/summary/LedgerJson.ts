import * as z from 'zod';
import { EntityId } from '../../model';
import { CurrencyCode, DecimalString } from '../../money';
import { IsoDate } from '../../period';
import type { PurchaseLedger } from './PurchaseLedger';

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const LedgerDayJson = z
  .strictObject({
    date: IsoDate,
    purchases: DecimalString,
    purchaseCount: count,
    returns: DecimalString,
    returnCount: count,
  })
  .superRefine((day, ctx) => {
    const issue = (field: string, message: string, input: unknown): void => {
      ctx.addIssue({ code: 'custom', path: [field], message, input });
    };
    const purchases = Number(day.purchases);
    const returns = Number(day.returns);
    if (day.purchaseCount + day.returnCount === 0)
      issue('purchaseCount', 'a day holds at least one transaction', day.purchaseCount);
    if (purchases < 0 || (day.purchaseCount === 0 && purchases !== 0))
      issue('purchases', 'purchases are ≥ 0, and 0 without purchase transactions', day.purchases);
    if (returns > 0 || (day.returnCount === 0) !== (returns === 0))
      issue('returns', 'returns are < 0 with return transactions, else 0', day.returns);
  });

/**
 * Schema of the JSON form of a {@link PurchaseLedger}: customers by id, each with its days in
 * ascending order — the net `purchases` (≥ 0) and `returns` (≤ 0, as decimal strings) and the
 * transaction counts of each day. It is what a database returns for
 * `GROUP BY customer_id, date`, and what a worker can post back as text.
 *
 * @example
 * ```ts
 * LedgerJson.safeParse({
 *   kind: 'purchase-ledger', currency: 'USD',
 *   customers: [{ customerId: 'C-1', days: [{ date: '2026-01-05', purchases: '150.00', purchaseCount: 2, returns: '0', returnCount: 0 }] }],
 * }).success;
 * //=> true
 * ```
 */
export const LedgerJson = z.strictObject({
  kind: z.literal('purchase-ledger'),
  currency: CurrencyCode,
  customers: z
    .array(
      z
        .strictObject({ customerId: EntityId, days: z.array(LedgerDayJson).min(1) })
        .superRefine((customer, ctx) => {
          customer.days.forEach((day, i) => {
            const previous = customer.days[i - 1];
            if (previous !== undefined && previous.date >= day.date)
              ctx.addIssue({
                code: 'custom',
                path: ['days', i, 'date'],
                message: 'days must be in ascending order, each once',
                input: day.date,
              });
          });
        }),
    )
    .superRefine((customers, ctx) => {
      const seen = new Set<string>();
      customers.forEach((customer, i) => {
        if (seen.has(customer.customerId))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'customerId'],
            message: 'each customer appears once',
            input: customer.customerId,
          });
        seen.add(customer.customerId);
      });
    }),
});
/** The JSON form of a purchase ledger (see {@link LedgerJson}). */
export type LedgerJson = z.infer<typeof LedgerJson>;
