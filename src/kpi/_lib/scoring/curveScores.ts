import { CrmRulesError, type ErrorPath } from '../../../errors';
import type { TraceStep } from '../../../explain';
import { type Constant, type Exact40, parseConstant } from '../../../money/_lib/Exact40';
import type { ScoringCurve } from '../../ScoringCurve';
import { inBand } from './gapFreeBands';

/** A curve's score at a value, with the step that explains it. */
export interface CurvePoint {
  readonly score: Exact40;
  readonly step: TraceStep;
}

type Curve<K extends ScoringCurve['kind']> = Extract<ScoringCurve, { kind: K }>;

/**
 * Ratio curve: actual ÷ target (target ÷ actual when lower is better), one division rounded
 * half-up to 40 significant digits and 40 places, then clamped to `[floor, cap]`. The target must
 * be positive; lower-is-better needs a non-negative actual, and an actual of zero scores the cap
 * (nothing is better than zero), or is `DIVISION_BY_ZERO` when the curve has no cap.
 */
export function ratioScore(
  curve: Curve<'ratio'>,
  actual: Exact40,
  target: Exact40 | undefined,
  path: ErrorPath,
  constant: Constant = parseConstant,
): CurvePoint {
  const text = actual.toFixed();
  if (target === undefined || !target.isPositive() || target.isZero())
    throw new CrmRulesError('INVALID_INPUT', 'a ratio curve needs a positive target', {
      path: [...path, 'target'],
      value: target?.toFixed(),
    });
  const lower = curve.direction === 'lower-is-better';
  const params = {
    actual: text,
    target: target.toFixed(),
    floor: curve.floor ?? null,
    cap: curve.cap ?? null,
  };
  if (lower && actual.isNegative())
    throw new CrmRulesError('INVALID_INPUT', 'a lower-is-better ratio needs an actual ≥ 0', {
      path: [...path, 'actual'],
      value: actual.toFixed(),
    });
  if (lower && actual.isZero()) {
    if (curve.cap === undefined)
      throw new CrmRulesError(
        'DIVISION_BY_ZERO',
        'target ÷ actual with an actual of 0 needs a cap on the curve',
        { path: [...path, 'actual'], value: actual.toFixed() },
      );
    const score = constant(curve.cap);
    return {
      score,
      step: { code: 'kpi.curve.ratio.zero', params: { ...params, score: curve.cap } },
    };
  }
  const ratio = (lower ? target.div(actual) : actual.div(target)).limited(path);
  let score = ratio;
  if (curve.floor !== undefined && score.lt(constant(curve.floor))) score = constant(curve.floor);
  if (curve.cap !== undefined && score.gt(constant(curve.cap))) score = constant(curve.cap);
  const code = lower ? 'kpi.curve.ratio.inverse' : 'kpi.curve.ratio';
  return {
    score,
    step: { code, params: { ...params, ratio: ratio.toFixed(), score: score.toFixed() } },
  };
}

/**
 * Linear curve: straight lines through the points, one division per value (rounded as in
 * {@link ratioScore}); flat beyond the last point, and below the first point `belowFirst` when
 * stated, else flat.
 */
export function linearScore(
  curve: Curve<'linear'>,
  actual: Exact40,
  path: ErrorPath,
  constant: Constant = parseConstant,
): CurvePoint {
  const text = actual.toFixed();
  const points = curve.points;
  const first = points[0] as (typeof points)[number];
  const last = points[points.length - 1] as (typeof points)[number];
  const value = text;
  if (actual.lt(constant(first.x))) {
    const score = constant(curve.belowFirst ?? first.y);
    const params = { actual: value, x: first.x, score: score.toFixed() };
    return { score, step: { code: 'kpi.curve.linear.below', params } };
  }
  if (actual.gte(constant(last.x))) {
    const params = { actual: value, x: last.x, score: last.y };
    return { score: constant(last.y), step: { code: 'kpi.curve.linear.above', params } };
  }
  let i = 1;
  while (actual.gte(constant((points[i] as typeof first).x))) i += 1;
  const left = points[i - 1] as typeof first;
  const right = points[i] as typeof first;
  const x0 = constant(left.x);
  const y0 = constant(left.y);
  const rise = actual.minus(x0).times(constant(right.y).minus(y0));
  const score = rise.div(constant(right.x).minus(x0)).limited(path).plus(y0);
  const params = { actual: value, x0: left.x, y0: left.y, x1: right.x, y1: right.y };
  return {
    score,
    step: { code: 'kpi.curve.linear', params: { ...params, score: score.toFixed() } },
  };
}

/**
 * Bands: the band holding the value — `[from, to)`, or `(from, to]` when `upperInclusive`; a
 * value outside every band is `INVALID_INPUT` at `actual`.
 */
export function bandScore(
  curve: Curve<'bands'>,
  actual: Exact40,
  path: ErrorPath,
  constant: Constant = parseConstant,
): CurvePoint {
  const text = actual.toFixed();
  const upper = curve.upperInclusive;
  const band = curve.bands.find((b) => inBand(actual, b, upper, constant));
  if (band === undefined)
    throw new CrmRulesError('INVALID_INPUT', 'the value lies outside every band', {
      path: [...path, 'actual'],
      value: actual.toFixed(),
    });
  const code = upper ? 'kpi.curve.band.upper' : 'kpi.curve.band';
  const params = { actual: text, from: band.from, to: band.to, score: band.score };
  return { score: constant(band.score), step: { code, params } };
}

/**
 * Steps: the score of the last step whose `from` the value reaches (`from` inclusive), held until
 * the next step; `belowFirst` below the first step. Exact: no arithmetic, only comparisons.
 */
export function stepScore(
  curve: Curve<'steps'>,
  actual: Exact40,
  constant: Constant = parseConstant,
): CurvePoint {
  const text = actual.toFixed();
  const steps = curve.steps;
  const first = steps[0] as (typeof steps)[number];
  if (actual.lt(constant(first.from))) {
    const params = { actual: text, from: first.from, score: curve.belowFirst };
    return {
      score: constant(curve.belowFirst),
      step: { code: 'kpi.curve.steps.below', params },
    };
  }
  let i = 0;
  while (i + 1 < steps.length && actual.gte(constant((steps[i + 1] as typeof first).from))) i += 1;
  const step = steps[i] as typeof first;
  const next = steps[i + 1];
  const params = { actual: text, from: step.from, score: step.score };
  const traced: TraceStep =
    next === undefined
      ? { code: 'kpi.curve.steps.last', params }
      : { code: 'kpi.curve.steps', params: { ...params, to: next.from } };
  return { score: constant(step.score), step: traced };
}

/** Gate: `met` when the value reaches the threshold (≥, or ≤ when lower is better), else `missed`. */
export function gateScore(
  curve: Curve<'gate'>,
  actual: Exact40,
  constant: Constant = parseConstant,
): CurvePoint {
  const text = actual.toFixed();
  const lower = curve.direction === 'lower-is-better';
  const threshold = constant(curve.threshold);
  const met = lower ? actual.lte(threshold) : actual.gte(threshold);
  const score = met ? curve.met : curve.missed;
  const code = `kpi.curve.gate.${met ? 'met' : 'missed'}${lower ? '.lower' : ''}`;
  const params = { actual: text, threshold: curve.threshold, score };
  return { score: constant(score), step: { code, params } };
}
