import * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { DecimalString } from '../money';
import { IsoDate } from '../period';
import { ScoringCurve } from './ScoringCurve';

/**
 * The metrics the library knows how to measure from facts (DOMAIN §5), plus `manual` for scores
 * entered by a manager (ratings, teamwork).
 *
 * @example
 * ```ts
 * KpiMetric.options.includes('collection_rate');
 * //=> true
 * ```
 */
export const KpiMetric = z.enum([
  'sales_amount',
  'sales_growth',
  'new_customers',
  'order_completion_rate',
  'on_time_delivery_rate',
  'collection_rate',
  'dso',
  'complaint_count',
  'csat',
  'nps',
  'training_completion',
  'target_completion',
  'manual',
]);
/** A KPI metric name. */
export type KpiMetric = z.infer<typeof KpiMetric>;

/**
 * One KPI on a scorecard: what is measured, how it is scored, and its weight (percent).
 *
 * @example
 * ```ts
 * KpiDefinition.parse({ id: 'sales', metric: 'sales_amount', weight: '30', curve: { kind: 'ratio', direction: 'higher-is-better' } }).weight;
 * //=> '30'
 * ```
 */
export const KpiDefinition = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  metric: KpiMetric,
  weight: DecimalString,
  curve: ScoringCurve,
});
/** A KPI definition. */
export type KpiDefinition = z.infer<typeof KpiDefinition>;

/**
 * A weighted scorecard, as an effective-dated version: KPIs whose weights sum to exactly 100,
 * combined by weighted average or sum onto a score scale (0–100, 1–5 …), with gates that cap a
 * score when another KPI misses. Weights that do not sum to 100 are refused with
 * `WEIGHTS_NOT_100`.
 *
 * @example
 * ```ts
 * Scorecard.safeParse({
 *   id: 'am-2026', effectiveFrom: '2026-01-01', scale: { min: '0', max: '5' }, combine: 'weighted-sum',
 *   kpis: [
 *     { id: 'a', metric: 'manual', weight: '30', curve: { kind: 'ratio', direction: 'higher-is-better' } },
 *     { id: 'b', metric: 'manual', weight: '60', curve: { kind: 'ratio', direction: 'higher-is-better' } },
 *   ],
 * }).success;
 * //=> false
 * ```
 */
export const Scorecard = z
  .strictObject({
    id: z.string().min(1),
    name: z.string().min(1).optional(),
    effectiveFrom: IsoDate,
    effectiveTo: z.optional(IsoDate),
    scale: z.strictObject({ min: DecimalString, max: DecimalString }),
    combine: z.enum(['weighted-average', 'weighted-sum']),
    kpis: z.array(KpiDefinition).min(1),
    gates: z
      .array(
        z.strictObject({
          kpi: z.string().min(1),
          below: DecimalString,
          capAt: DecimalString,
          appliesTo: z.array(z.string().min(1)).optional(),
        }),
      )
      .default([]),
  })
  .superRefine((card, ctx) => {
    const total = card.kpis.reduce((acc, kpi) => acc.plus(kpi.weight), new Decimal(0));
    if (!total.eq(100)) {
      ctx.addIssue({
        code: 'custom',
        message: `KPI weights must sum to 100, not ${total.toString()}`,
        path: ['kpis'],
        input: total.toString(),
        params: { code: 'WEIGHTS_NOT_100' },
      });
    }
    const ids = new Set<string>();
    card.kpis.forEach((kpi, i) => {
      if (new Decimal(kpi.weight).isNegative())
        ctx.addIssue({
          code: 'custom',
          message: 'a KPI weight must not be negative',
          path: ['kpis', i, 'weight'],
          input: kpi.weight,
        });
      if (ids.has(kpi.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate KPI id ${kpi.id}`,
          path: ['kpis', i, 'id'],
          input: kpi.id,
        });
      ids.add(kpi.id);
    });
    card.gates.forEach((gate, i) => {
      if (!ids.has(gate.kpi))
        ctx.addIssue({
          code: 'custom',
          message: `gate refers to unknown KPI ${gate.kpi}`,
          path: ['gates', i, 'kpi'],
          input: gate.kpi,
        });
    });
    if (!new Decimal(card.scale.max).gt(card.scale.min)) {
      ctx.addIssue({
        code: 'custom',
        message: 'scale max must exceed min',
        path: ['scale', 'max'],
        input: card.scale.max,
      });
    }
  });
/** A scorecard version. */
export type Scorecard = z.infer<typeof Scorecard>;
