import * as z from 'zod';
import { percentField } from '../../_lib/numberNotes';
import { Decimal, DecimalString, MoneyJson, RoundingMode } from '../../money';
import { FxPolicySchema } from '../../money/fx/_lib/FxPolicySchema';

const Percent = percentField(
  DecimalString.check(
    z.refine((text) => new Decimal(text).gte(0) && new Decimal(text).lte(100), {
      message: 'a percentage from 0 to 100',
      params: { code: 'INVALID_AMOUNT' },
    }),
  ),
);

/**
 * How a plan converts money into its own currency (and into each payee's), and which rate it
 * picks: `document-date` — the date of the document behind the credit (order, invoice or credit
 * note date; for collected credit, the invoice date); `payment-date` — the payment date for
 * collected credit, the document date otherwise; `period-end` — the period's last day;
 * `period-average` — the average of the rates dated in the period. `lookup` is `on-or-before`
 * (default; optionally at most `maxAgeDays` old) or `exact`; `via` crosses through a currency.
 *
 * @example
 * ```ts
 * FxPolicy.parse({});
 * //=> { policy: 'document-date', lookup: 'on-or-before' }
 * ```
 */
export const FxPolicy = FxPolicySchema;
/** An FX policy (see {@link FxPolicy}). */
export type FxPolicy = z.infer<typeof FxPolicy>;

/**
 * Where and how a plan rounds: `at` each `line` (default: every line to the payee currency's
 * minor unit), per `component` (the component's lines are summed unrounded, the sum rounded and
 * handed back to the lines by largest remainder) or per `statement`; `mode` is a named rounding
 * mode (default `half-up`, 四舍五入).
 *
 * @example
 * ```ts
 * PlanRounding.parse({});
 * //=> { at: 'line', mode: 'half-up' }
 * ```
 */
export const PlanRounding = z.strictObject({
  at: z.enum(['line', 'component', 'statement']).default('line'),
  mode: z._default(RoundingMode, 'half-up'),
});
/** A plan rounding policy (see {@link PlanRounding}). */
export type PlanRounding = z.infer<typeof PlanRounding>;

/**
 * A draw: an advance against commission. `non-recoverable` tops earnings up to
 * `amountPerPeriod`; `recoverable` does the same and carries the top-up as a balance, recovered
 * from later earnings above the draw (at most `maxRecoveryPercent` of that excess per period).
 *
 * @example
 * ```ts
 * DrawPolicy.parse({ kind: 'non-recoverable', amountPerPeriod: { amount: '5000', currency: 'USD' } }).kind;
 * //=> 'non-recoverable'
 * ```
 */
export const DrawPolicy = z.strictObject({
  kind: z.enum(['recoverable', 'non-recoverable']),
  amountPerPeriod: MoneyJson,
  maxRecoveryPercent: z.optional(Percent),
});
/** A draw policy (see {@link DrawPolicy}). */
export type DrawPolicy = z.infer<typeof DrawPolicy>;

/**
 * When earned commission becomes payable: `timing` `earned` (at once), `on-invoice` (booked
 * credit, as its order is invoiced) or `on-collection` (in proportion to what is collected on the
 * invoice or order); `holdbackPercent` of each period's positive payable is withheld and
 * released at `plan-year-end` or `{ afterPeriods }`; `installments` pays each period's payable
 * in that many equal parts over consecutive periods.
 *
 * @example
 * ```ts
 * PayoutPolicy.parse({ timing: 'on-collection' }).timing;
 * //=> 'on-collection'
 * ```
 */
export const PayoutPolicy = z.strictObject({
  timing: z.enum(['earned', 'on-invoice', 'on-collection']).default('earned'),
  holdbackPercent: z.optional(Percent),
  holdbackRelease: z
    .union([z.literal('plan-year-end'), z.strictObject({ afterPeriods: z.number().int().min(1) })])
    .default('plan-year-end'),
  installments: z.number().int().min(2).max(60).optional(),
});
/** A payout policy (see {@link PayoutPolicy}). */
export type PayoutPolicy = z.infer<typeof PayoutPolicy>;

/**
 * Which reversals claw commission back: `returns` (credit notes and return lines linked to an
 * original), `cancellations` (cancelled orders and cancellation credit notes) and, with
 * `nonPaymentAfterDays`, invoices still unpaid that many days after their due date (re-earned
 * when paid later; a credit note on the unpaid part forfeits it instead of clawing back twice).
 *
 * @example
 * ```ts
 * ClawbackPolicy.parse({});
 * //=> { returns: true, cancellations: true }
 * ```
 */
export const ClawbackPolicy = z.strictObject({
  returns: z.boolean().default(true),
  cancellations: z.boolean().default(true),
  nonPaymentAfterDays: z.number().int().min(0).optional(),
});
/** A clawback policy (see {@link ClawbackPolicy}). */
export type ClawbackPolicy = z.infer<typeof ClawbackPolicy>;
