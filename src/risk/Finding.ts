import * as z from 'zod';
import { TraceStep } from '../explain';
import { DecimalString } from '../money';
import { IsoDate } from '../period';

/**
 * How serious a finding is: `info` to note, `warning` to review, `block` to stop the transaction
 * until someone with authority overrides it.
 *
 * @example
 * ```ts
 * Severity.options;
 * //=> ['info', 'warning', 'block']
 * ```
 */
export const Severity = z.enum(['info', 'warning', 'block']);
/** A finding's severity. */
export type Severity = z.infer<typeof Severity>;

/**
 * What a finding is about.
 *
 * @example
 * ```ts
 * RiskSubject.parse({ kind: 'customer', id: 'C-001' }).kind;
 * //=> 'customer'
 * ```
 */
export const RiskSubject = z.strictObject({
  kind: z.enum([
    'customer',
    'customer-group',
    'account-manager',
    'team',
    'order',
    'contract',
    'company',
    'currency',
  ]),
  id: z.string().min(1),
});
/** The subject of a finding. */
export type RiskSubject = z.infer<typeof RiskSubject>;

/**
 * A recorded decision to proceed despite a finding: who approved, why, and when.
 *
 * @example
 * ```ts
 * RiskOverride.parse({ approver: 'cfo', reason: 'prepayment received', at: '2026-07-02' }).approver;
 * //=> 'cfo'
 * ```
 */
export const RiskOverride = z.strictObject({
  approver: z.string().min(1),
  reason: z.string().min(1),
  at: IsoDate,
});
/** An override of a finding. */
export type RiskOverride = z.infer<typeof RiskOverride>;

/**
 * One result of a risk check (DOMAIN §7): a code, a severity, the subject, the numbers that led
 * to it (as decimal strings, e.g. `{ exposure: '120000.00', limit: '100000.00' }`), a readable
 * message, the trace of the check (steps that render in `en` and `zh-CN` with `riskCatalog`), and
 * the override when someone approved proceeding.
 *
 * @example
 * ```ts
 * Finding.parse({
 *   code: 'credit.limit.exceeded', severity: 'block', subject: { kind: 'customer', id: 'C-001' },
 *   evidence: { exposure: '120000.00', limit: '100000.00' }, message: 'Exposure exceeds the credit limit',
 * }).severity;
 * //=> 'block'
 * ```
 */
export const Finding = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, {
    message: 'finding codes are lower dot case, e.g. credit.limit.exceeded',
  }),
  severity: Severity,
  subject: RiskSubject,
  evidence: z.record(z.string().min(1), z.union([DecimalString, z.string(), z.boolean()])),
  message: z.string().min(1),
  trace: z.optional(z.array(TraceStep)),
  override: RiskOverride.optional(),
});
/** A risk finding. */
export type Finding = z.infer<typeof Finding>;
