import { attempt, parseWith, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import type { DecimalInput } from '../money';
import { type Constant, Exact40 } from '../money/_lib/Exact40';
import { combineScores, HUNDRED, withinScale } from './_lib/scoring/combineScores';
import { namedDecimal } from './_lib/scoring/formulaLookup';
import { formulaValue } from './_lib/scoring/formulaValue';
import { type AppliedGate, capByGates, firedGates } from './_lib/scoring/kpiGates';
import { type MappedScore, mapScale } from './_lib/scoring/mapScale';
import { type KpiValue, type Measured, measureValues } from './_lib/scoring/measureValues';
import { cardOnce, preparedOf } from './_lib/scoring/preparedCards';
import { type ScoredSection, sectionScores } from './_lib/scoring/sectionScores';
import { Scorecard } from './Scorecard';

export type { AppliedGate } from './_lib/scoring/kpiGates';
export type { MappedScore } from './_lib/scoring/mapScale';
export type { KpiValue, SubPeriodInput } from './_lib/scoring/measureValues';

/** One KPI's line of a scored scorecard. */
export interface KpiResult {
  /** The KPI id. */
  readonly kpi: string;
  /** Its section id, or `null` on a scorecard without sections. */
  readonly section: string | null;
  /** The measured value (aggregated from sub-periods when given so) and target, as exact decimal strings (`target` `null` when not given). */
  readonly value: { readonly actual: string; readonly target: string | null };
  /** The score the curve gives (the curve point), before the scale and gates. */
  readonly point: string;
  /** The score used: the curve point kept within the scale and capped by any gate. */
  readonly score: string;
  /** The weight, percent — of the scorecard, or of its section. */
  readonly weight: string;
  /** `weight × score ÷ 100`: what this KPI adds to the total, or to its section's score. */
  readonly contribution: string;
  /** The gate that capped this KPI, or `null`. */
  readonly gate: AppliedGate | null;
  /** Any sub-period step, the curve step, any scale and gate steps, then the contribution step. */
  readonly trace: readonly TraceStep[];
}

/** One section's line of a scored scorecard. */
export interface SectionResult {
  /** The section id. */
  readonly section: string;
  /** The section's score: its KPIs combined, capped by any gate naming the section. */
  readonly score: string;
  /** The section's weight in the total, percent. */
  readonly weight: string;
  /** `weight × score ÷ 100`: what this section adds to the total. */
  readonly contribution: string;
  /** The gate that capped this section, or `null`. */
  readonly gate: AppliedGate | null;
  /** Combination, any gate step, then the contribution step (`kpi.section.*`). */
  readonly trace: readonly TraceStep[];
}

/** A scored scorecard. */
export interface ScorecardResult {
  /** The scorecard id. */
  readonly scorecard: string;
  /** The final score, within the scale: the formula's value when the scorecard has one, else `combined`. */
  readonly score: string;
  /** The total of the KPIs (or sections), capped by total gates and kept within the scale. */
  readonly combined: string;
  /** Per KPI, in the scorecard's order. */
  readonly kpis: readonly KpiResult[];
  /** Per section, in the scorecard's order (empty without sections). */
  readonly sections: readonly SectionResult[];
  /** The gate that capped the total, or `null`. */
  readonly gate: AppliedGate | null;
  /** The final score on the output scale of the scorecard's `mapping`, or `null` without one. */
  readonly mapped: MappedScore | null;
  /** The total's steps: combination, gate and scale steps, then formula and mapping steps. */
  readonly trace: readonly TraceStep[];
}

/** Options of {@link scoreScorecard}. */
export interface ScorecardOptions {
  /** Ratings by name (`manager`, `self`, `peer` …) for the scorecard's `formula`. */
  readonly ratings?: Readonly<Record<string, DecimalInput>> | undefined;
}

/**
 * Scores a scorecard: each KPI's value on its curve — sub-period values first aggregated by the
 * KPI's `aggregate` rule — kept within the scale `[min, max]`; gates whose KPI scores below
 * `below` (scores before any gate) cap the KPIs and sections in `appliesTo` — or the total when
 * `appliesTo` is absent — at `capAt` (the lowest cap wins); then the weighted average
 * `Σ weight × score ÷ Σ weight` or weighted sum `Σ weight ÷ 100 × score` (the same number, since
 * weights sum to exactly 100) — of the KPIs, or with sections of the KPIs within each section
 * and then of the sections — capped by total gates and kept within the scale (`combined`). A
 * `formula` then computes the final `score` from `combined`, KPI and section scores and
 * `options.ratings`, kept within the scale; a `mapping` shows it on an output scale (`mapped`).
 * Exact except the curve divisions and the averages' divisions (half-up, 40 significant digits
 * and places); the mapping's division is rounded once, exactly, as the mapping states.
 *
 * @param scorecard - the scorecard (parsed here; plain JSON is fine), or the result of
 * {@link prepareScorecard} to score many managers without parsing it again
 * @param values - `{ [kpiId]: { actual, target? } | { subPeriods, target? } }`, one entry per KPI
 * @param options - `{ ratings? }` for the scorecard's formula
 * @returns the final and combined scores, per-KPI and per-section lines, the mapped score and
 * their traces (codes `kpi.*`, rendered by `kpiCatalog`)
 * @throws CrmRulesError `WEIGHTS_NOT_100` or `INVALID_INPUT` for a bad scorecard (path in
 * `['scorecard', …]`); `INVALID_INPUT` for a missing or unknown KPI value (`['values', id]`),
 * sub-period values for a KPI without an `aggregate` rule (`['values', id, 'subPeriods']`), a
 * rating the formula needs and `options.ratings` lacks (`['options', 'ratings', name]`), a score
 * outside every mapping band (`['scorecard', 'mapping', 'bands']`); the errors of
 * {@link scoreCurve} and `aggregateSubPeriods` under `['values', id]`
 * @example
 * ```ts
 * const frappe = {
 *   id: 'appraisal', effectiveFrom: '2026-01-01', scale: { min: '0', max: '5' }, combine: 'weighted-sum',
 *   kpis: [
 *     { id: 'sales', metric: 'manual', weight: '30', curve: { kind: 'linear', points: [{ x: '0', y: '0' }, { x: '5', y: '5' }] } },
 *     { id: 'service', metric: 'manual', weight: '70', curve: { kind: 'linear', points: [{ x: '0', y: '0' }, { x: '5', y: '5' }] } },
 *   ],
 * };
 * scoreScorecard(frappe, { sales: { actual: '5' }, service: { actual: '3' } }).score;
 * //=> '3.6'
 * ```
 */
export function scoreScorecard(
  scorecard: unknown,
  values: Readonly<Record<string, KpiValue>>,
  options: ScorecardOptions = {},
): ScorecardResult {
  const prepared =
    preparedOf(scorecard) ?? cardOnce(parseWith(Scorecard, scorecard, { path: ['scorecard'] }));
  const { card, constant } = prepared;
  const points = measureValues(prepared, values);
  const fired = firedGates(card.gates, points, constant);
  const kpis = card.kpis.map((kpi) =>
    kpiLine(kpi, points.get(kpi.id) as Measured, fired, constant),
  );
  const sections =
    card.sections === undefined ? [] : sectionScores(card, card.sections, kpis, fired, constant);
  const parts = card.sections === undefined ? kpis : sections;
  const where = card.sections === undefined ? 'kpis' : 'sections';
  const combined = combineScores(card.combine, parts, ['scorecard', where], constant);
  const combineStep: TraceStep =
    card.sections === undefined
      ? {
          code: `kpi.scorecard.${card.combine}`,
          params: { combine: card.combine, kpis: kpis.length, score: combined.toFixed() },
        }
      : {
          code: `kpi.section.total.${card.combine}`,
          params: { sections: sections.length, score: combined.toFixed() },
        };
  const total = capByGates(combined, fired, null, 'kpi', constant);
  const scaled = withinScale(total.score, card.scale, null, 'kpi.scorecard.scale.total', constant);
  const final = finalScore(card, scaled.score, kpis, sections, options);
  const mapping =
    card.mapping === undefined
      ? null
      : mapScale(final.score, card.scale, card.mapping, ['scorecard', 'mapping'], constant);
  return {
    scorecard: card.id,
    score: final.score.toFixed(),
    combined: scaled.score.toFixed(),
    kpis: kpis.map((k) => ({
      kpi: k.kpi.id,
      section: k.kpi.section ?? null,
      value: k.measured.value,
      point: k.measured.point,
      score: k.scoreText,
      weight: k.kpi.weight,
      contribution: k.contributionText,
      gate: k.gate,
      trace: k.trace,
    })),
    sections: sections.map(sectionResult),
    gate: total.gate,
    mapped: mapping?.mapped ?? null,
    trace: [
      combineStep,
      ...total.steps,
      ...scaled.steps,
      ...final.steps,
      ...(mapping === null ? [] : [mapping.step]),
    ],
  };
}

/**
 * Like {@link scoreScorecard}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeScoreScorecard({ id: 'x' }, {}).success;
 * //=> false
 * ```
 */
export function safeScoreScorecard(
  scorecard: unknown,
  values: Readonly<Record<string, KpiValue>>,
  options: ScorecardOptions = {},
): SafeResult<ScorecardResult> {
  return attempt(() => scoreScorecard(scorecard, values, options));
}

type Kpi = Scorecard['kpis'][number];
type Line = ReturnType<typeof kpiLine>;

/** A KPI's line: its score capped by its gates, and its contribution with the step. */
function kpiLine(
  kpi: Kpi,
  measured: Measured,
  fired: readonly Scorecard['gates'][number][],
  constant: Constant,
) {
  const capped = capByGates(measured.score, fired, kpi.id, 'kpi', constant);
  const contribution = constant(kpi.weight).times(capped.score).div(HUNDRED);
  const scoreText = capped.score.toFixed();
  const contributionText = contribution.toFixed();
  const step: TraceStep = {
    code: 'kpi.scorecard.kpi',
    params: { kpi: kpi.id, score: scoreText, weight: kpi.weight, contribution: contributionText },
  };
  return {
    kpi,
    weight: kpi.weight,
    score: capped.score,
    scoreText,
    contribution,
    contributionText,
    gate: capped.gate,
    trace: [...measured.trace, ...capped.steps, step],
    measured,
  };
}

function sectionResult(s: ScoredSection): SectionResult {
  return {
    section: s.section.id,
    score: s.score.toFixed(),
    weight: s.weight,
    contribution: s.contribution.toFixed(),
    gate: s.gate,
    trace: s.trace,
  };
}

/** The formula's value kept within the scale, or the combined score without a formula. */
function finalScore(
  card: Scorecard,
  combined: Exact40,
  kpis: readonly Line[],
  sections: readonly ScoredSection[],
  options: ScorecardOptions,
): { score: Exact40; steps: TraceStep[] } {
  if (card.formula === undefined) return { score: combined, steps: [] };
  const ratings = options?.ratings;
  const steps: TraceStep[] = [];
  const value = formulaValue(
    card.formula,
    {
      rating: (name) => namedDecimal(ratings, name, ['options', 'ratings'], 'rating'),
      score: (kind, id) =>
        (kind === 'total'
          ? combined
          : kind === 'kpi'
            ? (kpis.find((k) => k.kpi.id === id) as Line).score
            : (sections.find((s) => s.section.id === id) as ScoredSection).score
        ).toDecimal(),
    },
    steps,
    ['scorecard', 'formula'],
  );
  const kept = withinScale(Exact40.ofDecimal(value), card.scale, null, 'kpi.formula.scale');
  steps.push(...kept.steps, {
    code: 'kpi.formula.result',
    params: { score: kept.score.toFixed() },
  });
  return { score: kept.score, steps };
}
