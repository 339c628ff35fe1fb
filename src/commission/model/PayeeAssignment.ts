import * as z from 'zod';
import { EntityId, Label } from '../../model';
import { CurrencyCode, Decimal, DecimalString, MoneyJson } from '../../money';
import { IsoDate } from '../../period';
import { refineEffectiveRange } from '../../period/_lib/refineEffectiveRange';

const Quota = MoneyJson.check(
  z.refine((value) => new Decimal(value.amount).gt(0), {
    message: 'a quota is above zero',
    path: ['amount'],
    params: { code: 'INVALID_AMOUNT' },
  }),
);

const Units = DecimalString.check(
  z.refine((value) => new Decimal(value).gt(0), {
    message: 'a quota is above zero',
    params: { code: 'INVALID_AMOUNT' },
  }),
);

/**
 * A quota in units, for a plan whose `quotaMeasure` is `quantity`: `{ quantity: '500' }` (a
 * decimal string above 0, the units to credit in the period).
 *
 * @example
 * ```ts
 * QuantityQuota.parse({ quantity: '500' }).quantity;
 * //=> '500'
 * ```
 */
export const QuantityQuota = z.strictObject({ quantity: Units });
/** A quota in units (see {@link QuantityQuota}). */
export type QuantityQuota = z.infer<typeof QuantityQuota>;

/**
 * Puts a payee on a plan from `effectiveFrom` (inclusive) to `effectiveTo` (exclusive; open when
 * absent). `currency` is the statement currency (default: the payee's `payCurrency`); `role` is
 * readable by conditions as `payee.role`. `quota` is the quota of every period and `quotas`
 * overrides it for named periods; both are in the plan currency — or, on a plan whose
 * `quotaMeasure` is `quantity`, in units (`{ quantity: '500' }`, {@link QuantityQuota}; a period
 * entry is then `{ period, quantity }`). A quota of the other measure is `INVALID_INPUT` at it.
 *
 * @example
 * ```ts
 * PayeeAssignment.parse({
 *   payeeId: 'AM-7', planId: 'am-2026', effectiveFrom: '2026-01-01', role: 'hunter',
 *   quota: { amount: '50000', currency: 'USD' },
 * }).quotas;
 * //=> []
 * ```
 */
export const PayeeAssignment = z
  .strictObject({
    payeeId: EntityId,
    planId: EntityId,
    effectiveFrom: IsoDate,
    effectiveTo: z.optional(IsoDate),
    role: Label.optional(),
    currency: z.optional(CurrencyCode),
    quota: z.optional(z.union([Quota, QuantityQuota])),
    quotas: z
      .array(
        z.union([
          z.strictObject({ period: Label, amount: Quota }),
          z.strictObject({ period: Label, quantity: Units }),
        ]),
      )
      .default([]),
  })
  .superRefine((assignment, ctx) => {
    refineEffectiveRange(assignment, ctx);
    const seen = new Set<string>();
    assignment.quotas.forEach((quota, index) => {
      if (seen.has(quota.period))
        ctx.addIssue({
          code: 'custom',
          path: ['quotas', index, 'period'],
          message: 'one quota per period',
          input: quota.period,
        });
      seen.add(quota.period);
    });
  });
/** A payee assignment (see {@link PayeeAssignment}). */
export type PayeeAssignment = z.infer<typeof PayeeAssignment>;
