import * as z from 'zod';
import { rateField } from '../../_lib/numberNotes';
import { Decimal, DecimalString } from '../../money';

/**
 * Roll-up of credit to managers along the reporting tree (`AccountManager.managerId`): each
 * credited payee's managers up to `levels` receive roll-up credit for the same amount (it counts
 * toward their attainment) and, where `overrideRates` names their level, an override line at that
 * rate of the credited base, in their own statement.
 *
 * @example
 * ```ts
 * RollUp.parse({ levels: 2, overrideRates: [{ level: 1, rate: '0.01' }] }).overrideRates.length;
 * //=> 1
 * ```
 */
export const RollUp = z
  .strictObject({
    levels: z.number().int().min(1).max(10),
    overrideRates: z
      .array(
        z.strictObject({
          level: z.number().int().min(1),
          rate: rateField(
            DecimalString.check(
              z.refine((text) => new Decimal(text).gte(0), {
                message: 'an override rate must not be negative',
                params: { code: 'INVALID_AMOUNT' },
              }),
            ),
          ),
        }),
      )
      .default([]),
  })
  .superRefine((rollUp, ctx) => {
    const seen = new Set<number>();
    rollUp.overrideRates.forEach((entry, index) => {
      if (entry.level > rollUp.levels || seen.has(entry.level))
        ctx.addIssue({
          code: 'custom',
          path: ['overrideRates', index, 'level'],
          message: `levels are unique and at most ${rollUp.levels}`,
          input: entry.level,
        });
      seen.add(entry.level);
    });
  });
/** A roll-up rule (see {@link RollUp}). */
export type RollUp = z.infer<typeof RollUp>;

/**
 * Who is credited with what, and on which event:
 * - `base`: `booked` (order lines on the order date), `invoiced` (invoice lines on the issue
 *   date; credit notes negative on theirs) or `collected` (each payment allocation releases
 *   `allocated ÷ invoice total` of every invoice line, on the payment date);
 * - `measure`: `amount` or `margin` (amount − unit cost × quantity), with `marginFloor`: `zero`
 *   (the default: a line's margin never goes below 0) or `none`;
 * - `splits`: honour `CreditSplit` records (default `true`; otherwise the owner gets 100 %);
 * - `rollUp`: optional roll-up to managers (see {@link RollUp}).
 *
 * @example
 * ```ts
 * Crediting.parse({ base: 'invoiced' });
 * //=> { base: 'invoiced', measure: 'amount', marginFloor: 'zero', splits: true }
 * ```
 */
export const Crediting = z.strictObject({
  base: z.enum(['booked', 'invoiced', 'collected']),
  measure: z.enum(['amount', 'margin']).default('amount'),
  marginFloor: z.enum(['zero', 'none']).default('zero'),
  splits: z.boolean().default(true),
  rollUp: RollUp.optional(),
});
/** A crediting rule (see {@link Crediting}). */
export type Crediting = z.infer<typeof Crediting>;

/**
 * When a customer counts as new for the `customer.isNew` fact: its `firstDealDate` falls in the
 * plan year of the credit date (`plan-year`, the default) or at most `days` days before it.
 *
 * @example
 * ```ts
 * NewCustomerRule.parse({ kind: 'days', days: 90 }).days;
 * //=> 90
 * ```
 */
export const NewCustomerRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('plan-year') }),
  z.strictObject({ kind: z.literal('days'), days: z.number().int().min(0) }),
]);
/** A new-customer rule (see {@link NewCustomerRule}). */
export type NewCustomerRule = z.infer<typeof NewCustomerRule>;
