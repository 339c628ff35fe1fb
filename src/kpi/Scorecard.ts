import * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { DecimalString } from '../money';
import { IsoDate } from '../period';
import {
  checkFormulaRefs,
  checkSections,
  checkWeights,
  issue,
} from './_lib/scoring/scorecardRules';
import { RatingFormula } from './RatingFormula';
import { ScaleMapping } from './ScaleMapping';
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
 * How a KPI's sub-period values (the months of a quarter …) become its value for the period:
 * `sum`; `average` (Σ ÷ n); `last` (the latest sub-period's value); `weighted-by-days`
 * (Σ value × calendar days ÷ Σ days). See `aggregateSubPeriods`.
 *
 * @example
 * ```ts
 * SubPeriodAggregate.options;
 * //=> ['sum', 'average', 'last', 'weighted-by-days']
 * ```
 */
export const SubPeriodAggregate = z.enum(['sum', 'average', 'last', 'weighted-by-days']);
/** A sub-period aggregation rule. */
export type SubPeriodAggregate = z.infer<typeof SubPeriodAggregate>;

/**
 * One KPI on a scorecard: what is measured, how it is scored, and its weight (percent) — of the
 * scorecard, or of its `section` when the scorecard has sections; `aggregate` says how
 * sub-period values combine when the caller passes them.
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
  section: z.optional(z.string().min(1)),
  aggregate: z.optional(SubPeriodAggregate),
});
/** A KPI definition. */
export type KpiDefinition = z.infer<typeof KpiDefinition>;

/**
 * One section of a scorecard ("Results", "Behaviours"): its id and its weight (percent) in the
 * total. The KPIs naming it carry weights that sum to exactly 100 within it.
 *
 * @example
 * ```ts
 * ScorecardSection.parse({ id: 'results', weight: '70' }).weight;
 * //=> '70'
 * ```
 */
export const ScorecardSection = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  weight: DecimalString,
});
/** A scorecard section. */
export type ScorecardSection = z.infer<typeof ScorecardSection>;

/**
 * A weighted scorecard, as an effective-dated version: KPIs whose weights sum to exactly 100,
 * combined by weighted average or sum onto a score scale (0–100, 1–5 …), with gates that cap a
 * score when another KPI misses. Weights that do not sum to 100 are refused with
 * `WEIGHTS_NOT_100`.
 *
 * With `sections`, the weights are two-level, as SAP SuccessFactors and Oracle / Workday-style
 * performance forms weigh items within a section and sections in the overall rating: every KPI
 * names a `section`, each section's KPI weights sum to exactly 100, and the section weights sum
 * to exactly 100 (each else `WEIGHTS_NOT_100`); a section has at least one KPI, and section ids
 * differ from KPI ids, so a gate's `appliesTo` may list either. Without sections no KPI names
 * one. `formula` (a {@link RatingFormula}) computes the final rating from the total, KPI and
 * section scores and supplied ratings; its `score` leaves must name KPIs and sections of the
 * scorecard. `mapping` (a {@link ScaleMapping}) shows the final score on an output scale.
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
    sections: z.optional(z.array(ScorecardSection).min(1)),
    formula: z.optional(RatingFormula),
    mapping: z.optional(ScaleMapping),
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
    // A KPI's section first: a misplaced KPI also leaves a section's weights short.
    checkSections(card, new Set(card.kpis.map((k) => k.id)), ctx);
    checkWeights(card, ctx);
    const ids = new Set<string>();
    card.kpis.forEach((kpi, i) => {
      if (new Decimal(kpi.weight).isNegative())
        issue(ctx, 'a KPI weight must not be negative', ['kpis', i, 'weight'], kpi.weight);
      if (ids.has(kpi.id)) issue(ctx, `duplicate KPI id ${kpi.id}`, ['kpis', i, 'id'], kpi.id);
      ids.add(kpi.id);
    });
    card.gates.forEach((gate, i) => {
      if (!ids.has(gate.kpi))
        issue(ctx, `gate refers to unknown KPI ${gate.kpi}`, ['gates', i, 'kpi'], gate.kpi);
    });
    if (!new Decimal(card.scale.max).gt(card.scale.min))
      issue(ctx, 'scale max must exceed min', ['scale', 'max'], card.scale.max);
    if (card.formula !== undefined) checkFormulaRefs(card, card.formula, ids, ctx);
  });
/** A scorecard version. */
export type Scorecard = z.infer<typeof Scorecard>;
