import * as z from 'zod';
import { rateField } from '../../_lib/numberNotes';
import { Decimal, DecimalString, MoneyJson } from '../../money';

const NonNegativeRate = rateField(
  DecimalString.check(
    z.refine((text) => new Decimal(text).gte(0), {
      message: 'a rate must not be negative',
      params: { code: 'INVALID_AMOUNT' },
    }),
  ),
);
const NonNegativeMoney = MoneyJson.check(
  z.refine((value) => new Decimal(value.amount).gte(0), {
    message: 'a fixed amount must not be negative',
    path: ['amount'],
    params: { code: 'INVALID_AMOUNT' },
  }),
);

/**
 * What a matched rate pays, discriminated by `kind`:
 * - `rate`: `value` is a fraction of the credited base (`"0.04"` is 4 %) — a `rate` holds a
 *   fraction and a `percent` holds 0–100 everywhere in the public schemas;
 * - `fixed-per-line`: `amount` per credited line, times the credit share;
 * - `fixed-per-unit`: `amount` per unit of the credited quantity, times the credit share;
 * - `none`: a commission-free item — the line is shown with 0 and says why.
 *
 * Fixed amounts are in the plan currency (checked by {@link parseCommissionPlan}). A line with a
 * negative base (a credit note or return) pays a fixed amount with a negative sign.
 *
 * @example
 * ```ts
 * Rate.parse({ kind: 'rate', value: '0.04' });
 * //=> { kind: 'rate', value: '0.04' }
 * ```
 */
export const Rate = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rate'), value: NonNegativeRate }),
  z.strictObject({ kind: z.literal('fixed-per-line'), amount: NonNegativeMoney }),
  z.strictObject({ kind: z.literal('fixed-per-unit'), amount: NonNegativeMoney }),
  z.strictObject({ kind: z.literal('none') }),
]);
/** A rate (see {@link Rate}). */
export type Rate = z.infer<typeof Rate>;
