import type { ErrorPath } from '../../../errors';
import { type Constant, Exact40, parseConstant } from '../../../money/_lib/Exact40';
import type { CurveInput } from '../../CurveInput';
import type { ScoringCurve } from '../../ScoringCurve';
import {
  bandScore,
  type CurvePoint,
  gateScore,
  linearScore,
  ratioScore,
  stepScore,
} from './curveScores';

/** A parsed curve's point at `input`, errors under `path`. */
export function curvePoint(curve: ScoringCurve, input: CurveInput, path: ErrorPath): CurvePoint {
  const box = typeof input === 'object' && input !== null ? input : ({} as CurveInput);
  const actual = Exact40.from(box.actual, [...path, 'actual']);
  return curvePointAt(curve, actual, readTarget(curve, box, path), path, parseConstant);
}

/**
 * Internal: the target of `input` when the curve reads one (ratio curves; `undefined` without
 * one), read before the curve scores — the other curves' targets are read after it, by
 * {@link readTarget} too, so a bad target of a curve that ignores it never hides a curve error.
 */
export function readTarget(
  curve: ScoringCurve,
  input: CurveInput,
  path: ErrorPath,
): Exact40 | undefined {
  if (curve.kind !== 'ratio' || input.target === undefined) return undefined;
  return Exact40.from(input.target, [...path, 'target']);
}

/**
 * A parsed curve's point at `actual` (already read from the input), with `target` (read by
 * {@link readTarget}; only ratio curves read it), the curve's constants through `constant`,
 * errors under `path`.
 */
export function curvePointAt(
  curve: ScoringCurve,
  actual: Exact40,
  target: Exact40 | undefined,
  path: ErrorPath,
  constant: Constant,
): CurvePoint {
  switch (curve.kind) {
    case 'ratio':
      return ratioScore(curve, actual, target, path, constant);
    case 'linear':
      return linearScore(curve, actual, path, constant);
    case 'bands':
      return bandScore(curve, actual, path, constant);
    case 'steps':
      return stepScore(curve, actual, constant);
    case 'gate':
      return gateScore(curve, actual, constant);
    default: {
      const _exhaustive: never = curve;
      return _exhaustive;
    }
  }
}
