import * as z from 'zod';
import { EntityId, Label } from '../../model';
import { DecimalString } from '../../money';

/**
 * A KPI score for a payee and period, passed in by the caller (from the `kpi` module or
 * elsewhere) for KPI gates and KPI-linked bonuses.
 *
 * @example
 * ```ts
 * KpiScore.parse({ payeeId: 'AM-7', kpi: 'csat', period: '2026-03', score: '87.5' }).score;
 * //=> '87.5'
 * ```
 */
export const KpiScore = z.strictObject({
  payeeId: EntityId,
  kpi: EntityId,
  period: Label,
  score: DecimalString,
});
/** A KPI score (see {@link KpiScore}). */
export type KpiScore = z.infer<typeof KpiScore>;
