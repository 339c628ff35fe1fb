import * as z from 'zod';
import { percentField } from '../../_lib/numberNotes';
import { EntityId, Label } from '../../model';
import { Decimal, DecimalString, MoneyJson } from '../../money';

/**
 * One point of a KPI payout curve: at `score`, pay `payoutPercent` of the target bonus.
 *
 * @example
 * ```ts
 * PayoutPoint.parse({ score: '100', payoutPercent: '100' }).payoutPercent;
 * //=> '100'
 * ```
 */
export const PayoutPoint = z.strictObject({
  score: DecimalString,
  payoutPercent: percentField(DecimalString),
});
/** A payout curve point (see {@link PayoutPoint}). */
export type PayoutPoint = z.infer<typeof PayoutPoint>;

/**
 * A KPI-linked bonus (DOMAIN §5): `targetBonus` × the payout percent of the payee's score for
 * `kpi`, interpolated linearly through `curve` (scores strictly increasing; flat beyond the ends)
 * ÷ 100. A missing score is an error unless `missingScore: 'zero'`.
 *
 * @example
 * ```ts
 * KpiBonus.parse({
 *   id: 'csat', name: 'Customer satisfaction', kpi: 'csat',
 *   targetBonus: { amount: '2000', currency: 'USD' },
 *   curve: [{ score: '60', payoutPercent: '0' }, { score: '90', payoutPercent: '100' }],
 * }).missingScore;
 * //=> 'error'
 * ```
 */
export const KpiBonus = z
  .strictObject({
    id: EntityId,
    name: Label,
    kpi: EntityId,
    targetBonus: MoneyJson,
    curve: z.array(PayoutPoint).min(1),
    missingScore: z.enum(['error', 'zero']).default('error'),
  })
  .superRefine((bonus, ctx) => {
    bonus.curve.forEach((point, index) => {
      const previous = bonus.curve[index - 1];
      if (previous !== undefined && !new Decimal(point.score).gt(previous.score))
        ctx.addIssue({
          code: 'custom',
          path: ['curve', index, 'score'],
          message: 'curve scores must strictly increase',
          input: point.score,
        });
    });
  });
/** A KPI-linked bonus (see {@link KpiBonus}). */
export type KpiBonus = z.infer<typeof KpiBonus>;
