import * as z from 'zod';
import { CurrencyCode, DecimalString } from '../../money';
import { IsoDate } from '../../period';
import { quickPayout } from '../_lib/schema/quickPayout';
import { PayoutRecord } from './PayoutRecord';

/**
 * The payout records, each read by `quickPayout` when it can (a state carries one per source line
 * ever paid), else by the `PayoutRecord` schema, whose issues, at the record's index, are the
 * errors: the same output and the same errors as `z.array(PayoutRecord)`.
 */
const PayoutRecords = z.array(z.unknown()).transform((raws, ctx): PayoutRecord[] => {
  const out: PayoutRecord[] = [];
  raws.forEach((raw, i) => {
    const quick = quickPayout(raw);
    if (quick !== null) {
      out.push(quick);
      return;
    }
    const parsed = PayoutRecord.safeParse(raw, { reportInput: true });
    if (parsed.success) out.push(parsed.data);
    // A finished issue is a raw issue with its message (zod keeps a given message).
    else
      for (const issue of parsed.error.issues)
        ctx.issues.push({ ...issue, path: [i, ...issue.path] } as (typeof ctx.issues)[number]);
  });
  return out;
});

/** A decimal string defaulting to zero. */
const Amount = z._default(DecimalString, '0');

/**
 * The carried state of one payee: year-to-date figures of the plan year `planYear` — credited
 * base (plan currency), earned and paid (payee currency), and per component the tier measure
 * `base` (plan currency), `gross` earnings before period modifiers, `earned` after them and what
 * plan-year multipliers paid (payee currency) — SPIFF totals over their windows (plan currency),
 * the recoverable draw balance, held-back and scheduled amounts, commission deferred until
 * collection per invoice or order, amounts clawed back for non-payment per invoice (with the
 * document amount still `outstanding` when clawed back, what was `recovered` by payments since and
 * what credit notes `forfeited` of it — commission on a credited part is not paid back), and the
 * payout per source line.
 *
 * @example
 * ```ts
 * PayeeState.parse({ payeeId: 'AM-7' }).drawBalance;
 * //=> '0'
 * ```
 */
export const PayeeState = z.strictObject({
  payeeId: z.string(),
  planYear: z.string().nullable().default(null),
  ytd: z
    .strictObject({
      credited: Amount,
      earned: Amount,
      paid: Amount,
      components: z
        .array(
          z.strictObject({
            id: z.string(),
            base: Amount,
            gross: Amount,
            earned: Amount,
            multiplier: Amount,
          }),
        )
        .default([]),
    })
    .prefault({}),
  spiffs: z.array(z.strictObject({ id: z.string(), earned: Amount })).default([]),
  drawBalance: Amount,
  scheduled: z
    .array(
      z.strictObject({
        kind: z.enum(['holdback', 'installment']),
        from: z.string(),
        due: IsoDate,
        amount: DecimalString,
      }),
    )
    .default([]),
  deferred: z
    .array(
      z.strictObject({
        basis: z.enum(['invoice', 'order']),
        id: z.string(),
        currency: CurrencyCode,
        total: DecimalString,
        earned: DecimalString,
        released: DecimalString,
      }),
    )
    .default([]),
  unpaid: z
    .array(
      z.strictObject({
        invoiceId: z.string(),
        clawedBack: DecimalString,
        outstanding: DecimalString,
        recovered: Amount,
        forfeited: z.optional(DecimalString),
      }),
    )
    .default([]),
  payouts: PayoutRecords.default([]),
});

/** The carried state of a payee (see {@link PayeeState}). */
export type PayeeState = z.infer<typeof PayeeState>;
