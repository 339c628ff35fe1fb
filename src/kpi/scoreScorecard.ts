import { Decimal } from '../_lib/decimal';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import { toDecimal } from '../money';
import { limitedQuotient } from '../money/_lib/amountLimits';
import { curvePoint } from './_lib/scoring/curvePoint';
import { type AppliedGate, capByGates, firedGates } from './_lib/scoring/kpiGates';
import type { CurveInput } from './CurveInput';
import { Scorecard } from './Scorecard';

export type { AppliedGate } from './_lib/scoring/kpiGates';

/** One KPI's line of a scored scorecard. */
export interface KpiResult {
  /** The KPI id. */
  readonly kpi: string;
  /** The measured value and target, as exact decimal strings (`target` `null` when not given). */
  readonly value: { readonly actual: string; readonly target: string | null };
  /** The score the curve gives (the curve point), before the scale and gates. */
  readonly point: string;
  /** The score used: the curve point kept within the scale and capped by any gate. */
  readonly score: string;
  /** The weight, percent. */
  readonly weight: string;
  /** `weight × score ÷ 100`: what this KPI adds to the total. */
  readonly contribution: string;
  /** The gate that capped this KPI, or `null`. */
  readonly gate: AppliedGate | null;
  /** Curve step, then any scale and gate steps, then the contribution step. */
  readonly trace: readonly TraceStep[];
}

/** A scored scorecard. */
export interface ScorecardResult {
  /** The scorecard id. */
  readonly scorecard: string;
  /** The total score, within the scale, as an exact decimal string. */
  readonly score: string;
  /** Per KPI, in the scorecard's order. */
  readonly kpis: readonly KpiResult[];
  /** The gate that capped the total, or `null`. */
  readonly gate: AppliedGate | null;
  /** The total's steps: combination, then any gate and scale steps. */
  readonly trace: readonly TraceStep[];
}

/**
 * Scores a scorecard: each KPI's value on its curve, kept within the scale `[min, max]`; gates
 * whose KPI scores below `below` (scores before any gate) cap the KPIs in `appliesTo` — or the
 * total when `appliesTo` is absent — at `capAt` (the lowest cap wins); then the weighted average
 * `Σ weight × score ÷ Σ weight` or weighted sum `Σ weight ÷ 100 × score` (the same number, since
 * weights sum to exactly 100), capped by total gates and kept within the scale. Exact except the
 * curve divisions and the average's one division (half-up, 40 significant digits and places).
 *
 * @param scorecard - the scorecard (parsed here; plain JSON is fine)
 * @param values - `{ [kpiId]: { actual, target? } }`, one entry per KPI
 * @returns the total, per-KPI lines and their traces (codes `kpi.*`, rendered by `kpiCatalog`)
 * @throws CrmRulesError `WEIGHTS_NOT_100` or `INVALID_INPUT` for a bad scorecard (path in
 * `['scorecard', …]`); `INVALID_INPUT` for a missing or unknown KPI value (`['values', id]`) and
 * the errors of {@link scoreCurve} under `['values', id]`
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
  values: Readonly<Record<string, CurveInput>>,
): ScorecardResult {
  const card = parseWith(Scorecard, scorecard, { path: ['scorecard'] });
  const points = measure(card, values);
  const scores = new Map([...points].map(([id, p]) => [id, p.score]));
  const fired = firedGates(card.gates, scores);
  const kpis = card.kpis.map((kpi) => {
    const measured = points.get(kpi.id) as Measured;
    const capped = capByGates(measured.score, fired, kpi.id);
    const contribution = toDecimal(kpi.weight).times(capped.score).div(100);
    const step: TraceStep = {
      code: 'kpi.scorecard.kpi',
      params: {
        kpi: kpi.id,
        score: capped.score.toFixed(),
        weight: kpi.weight,
        contribution: contribution.toFixed(),
      },
    };
    return {
      kpi,
      score: capped.score,
      contribution,
      gate: capped.gate,
      trace: [...measured.trace, ...capped.steps, step],
      measured,
    };
  });
  const combined = combine(card, kpis);
  const total = capByGates(combined.score, fired, null);
  const scaled = withinScale(total.score, card.scale, null);
  return {
    scorecard: card.id,
    score: scaled.score.toFixed(),
    kpis: kpis.map((k) => ({
      kpi: k.kpi.id,
      value: k.measured.value,
      point: k.measured.point,
      score: k.score.toFixed(),
      weight: k.kpi.weight,
      contribution: k.contribution.toFixed(),
      gate: k.gate,
      trace: k.trace,
    })),
    gate: total.gate,
    trace: [combined.step, ...total.steps, ...scaled.steps],
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
  values: Readonly<Record<string, CurveInput>>,
): SafeResult<ScorecardResult> {
  return attempt(() => scoreScorecard(scorecard, values));
}

interface Measured {
  readonly score: Decimal;
  readonly point: string;
  readonly value: KpiResult['value'];
  readonly trace: TraceStep[];
}

/** Each KPI's curve point, kept within the scale; refuses missing and unknown KPI values. */
function measure(
  card: Scorecard,
  values: Readonly<Record<string, CurveInput>>,
): Map<string, Measured> {
  if (typeof values !== 'object' || values === null || Array.isArray(values))
    throw new CrmRulesError('INVALID_INPUT', 'expected values by KPI id', {
      path: ['values'],
      value: values,
    });
  const ids = new Set(card.kpis.map((k) => k.id));
  for (const id of Object.keys(values))
    if (!ids.has(id))
      throw new CrmRulesError('INVALID_INPUT', `no KPI "${id}" on the scorecard`, {
        path: ['values', id],
        value: id,
      });
  const out = new Map<string, Measured>();
  for (const kpi of card.kpis) {
    const path = ['values', kpi.id];
    const input = Object.hasOwn(values, kpi.id) ? values[kpi.id] : undefined;
    if (input === undefined || input === null || typeof input !== 'object')
      throw new CrmRulesError('INVALID_INPUT', `missing the value of KPI "${kpi.id}"`, {
        path,
        value: input,
      });
    const point = curvePoint(kpi.curve, input, path);
    const scaled = withinScale(point.score, card.scale, kpi.id);
    const target =
      input.target === undefined ? null : toDecimal(input.target, [...path, 'target']).toFixed();
    const value = { actual: toDecimal(input.actual, [...path, 'actual']).toFixed(), target };
    out.set(kpi.id, {
      score: scaled.score,
      point: point.score.toFixed(),
      value,
      trace: [point.step, ...scaled.steps],
    });
  }
  return out;
}

/** Keeps a score within `[min, max]`, with a step when it moved. */
function withinScale(score: Decimal, scale: Scorecard['scale'], kpi: string | null) {
  const kept = Decimal.min(Decimal.max(score, scale.min), scale.max);
  if (kept.eq(score)) return { score, steps: [] as TraceStep[] };
  const params = {
    kpi,
    score: score.toFixed(),
    min: scale.min,
    max: scale.max,
    kept: kept.toFixed(),
  };
  const code = kpi === null ? 'kpi.scorecard.scale.total' : 'kpi.scorecard.scale.kpi';
  return { score: kept, steps: [{ code, params }] };
}

/** The weighted average or weighted sum of the KPI scores, with its step. */
function combine(
  card: Scorecard,
  kpis: ReadonlyArray<{ kpi: Scorecard['kpis'][number]; score: Decimal; contribution: Decimal }>,
): { score: Decimal; step: TraceStep } {
  let score: Decimal;
  switch (card.combine) {
    case 'weighted-average': {
      const weighted = kpis.reduce(
        (acc, k) => acc.plus(k.score.times(k.kpi.weight)),
        new Decimal(0),
      );
      const weights = kpis.reduce((acc, k) => acc.plus(k.kpi.weight), new Decimal(0));
      score = limitedQuotient(weighted.div(weights), ['scorecard', 'kpis']);
      break;
    }
    case 'weighted-sum':
      score = kpis.reduce((acc, k) => acc.plus(k.contribution), new Decimal(0));
      break;
    default: {
      const _exhaustive: never = card.combine;
      return _exhaustive;
    }
  }
  const params = { combine: card.combine, kpis: kpis.length, score: score.toFixed() };
  return { score, step: { code: `kpi.scorecard.${card.combine}`, params } };
}
