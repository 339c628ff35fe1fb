import * as z from 'zod';
import { MoneyJson } from '../money';
import { IsoDate } from '../period/IsoDate';
import { addIssue, dec } from './_refine';
import { CountryCode } from './country';
import { EntityId, Label } from './primitives';

/**
 * A customer (客户) as grading, KPI, commission and risk read it. `ownerId` is the account
 * manager who owns the relationship today; documents carry their own `ownerId` at document time.
 * `creditLimit` and `insuredLimit` (export credit insurance, e.g. Sinosure) are optional: risk
 * checks fall back from the customer to its group (`groupId`) to a default. `firstDealDate` is
 * absent for prospects. `grade` is the grade last assigned (grading results live in the result
 * store; this is the caller's copy).
 *
 * @example
 * ```ts
 * Customer.parse({
 *   id: 'C-001', name: 'Hamburg Trading GmbH', country: 'DE', ownerId: 'AM-7',
 *   creditLimit: { amount: '200000.00', currency: 'USD' },
 * }).country;
 * //=> 'DE'
 * ```
 */
export const Customer = z
  .strictObject({
    id: EntityId,
    name: Label,
    groupId: EntityId.optional(),
    country: CountryCode,
    grade: Label.optional(),
    creditLimit: z.optional(MoneyJson),
    insuredLimit: z.optional(MoneyJson),
    firstDealDate: z.optional(IsoDate),
    ownerId: EntityId,
    tags: z.array(Label).optional(),
    region: Label.optional(),
    industry: Label.optional(),
  })
  .superRefine((customer, ctx) => {
    for (const field of ['creditLimit', 'insuredLimit'] as const) {
      const limit = customer[field];
      if (limit !== undefined && dec(limit.amount).lt(0)) {
        addIssue(
          ctx,
          [field, 'amount'],
          'a limit must not be negative',
          limit.amount,
          'INVALID_AMOUNT',
        );
      }
    }
  });
/** A customer (see {@link Customer}). */
export type Customer = z.infer<typeof Customer>;
