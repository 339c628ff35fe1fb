import * as z from 'zod';
import { RiskOverride, RiskSubject } from './Finding';

/**
 * An override as a CRM stores it: the finding it answers (its `code` and `subject`) and the
 * decision — who approved proceeding, why, and when (`approver`, `reason`, `at`). Applied with
 * {@link applyOverrides}.
 *
 * @example
 * ```ts
 * FindingOverride.parse({
 *   code: 'credit.limit.exceeded', subject: { kind: 'order', id: 'SO-1' },
 *   approver: 'cfo', reason: 'prepayment received', at: '2026-07-02',
 * }).approver;
 * //=> 'cfo'
 * ```
 */
export const FindingOverride = RiskOverride.extend({
  code: z.string().min(1),
  subject: RiskSubject,
});
/** An override of one finding (see {@link FindingOverride}). */
export type FindingOverride = z.infer<typeof FindingOverride>;
