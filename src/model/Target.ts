import * as z from 'zod';
import { DecimalString, MoneyJson } from '../money';
import { IsoDate } from '../period/IsoDate';
import { EntityId, Label } from './primitives';

/**
 * A target (目标) for one account manager or team, one metric and one period. `value` is money
 * (sales, collections) or a decimal string (new customers, a rate such as `"0.95"`). Targets are
 * versioned: a later `effectiveFrom` for the same subject, metric and period supersedes the
 * earlier one from that date; past versions stay as they were. `metric` is a key (such as
 * `sales`), so `__proto__` and friends are refused.
 *
 * @example
 * ```ts
 * Target.parse({
 *   id: 'TG-1', subjectKind: 'manager', subjectId: 'AM-7', metric: 'sales', period: '2026-Q1',
 *   value: { amount: '300000.00', currency: 'USD' }, effectiveFrom: '2026-01-01',
 * }).period;
 * //=> '2026-Q1'
 * ```
 */
export const Target = z.strictObject({
  id: EntityId,
  subjectKind: z.enum(['manager', 'team']),
  subjectId: EntityId,
  metric: EntityId,
  period: Label,
  value: z.union([MoneyJson, DecimalString]),
  effectiveFrom: IsoDate,
});
/** A target (see {@link Target}). */
export type Target = z.infer<typeof Target>;
