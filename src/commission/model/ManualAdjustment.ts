import * as z from 'zod';
import { EntityId, Label } from '../../model';
import { MoneyJson } from '../../money';

/**
 * A manual adjustment: an amount (in the payee's statement currency; positive pays more) added to
 * one payee's statement of one period as its own line, with the reason shown to the payee. It
 * appears in the run of the period it names (read in the plans' calendar; another period's
 * adjustment is left for that run); a label that does not parse or names a period of another
 * grain is `INVALID_PERIOD`, and a payee without an assignment in the period `UNKNOWN_PAYEE`.
 *
 * @example
 * ```ts
 * ManualAdjustment.parse({ id: 'ADJ-1', payeeId: 'AM-7', period: '2026-03', amount: { amount: '-150', currency: 'USD' }, reason: 'duplicate order' }).reason;
 * //=> 'duplicate order'
 * ```
 */
export const ManualAdjustment = z.strictObject({
  id: EntityId,
  payeeId: EntityId,
  period: Label,
  amount: MoneyJson,
  reason: Label,
});
/** A manual adjustment (see {@link ManualAdjustment}). */
export type ManualAdjustment = z.infer<typeof ManualAdjustment>;
