import type { ErrorPath } from '../../../errors';
import { toDecimal } from '../../../money';
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
  const actual = toDecimal(box.actual, [...path, 'actual']);
  switch (curve.kind) {
    case 'ratio': {
      const target =
        box.target === undefined ? undefined : toDecimal(box.target, [...path, 'target']);
      return ratioScore(curve, actual, target, path);
    }
    case 'linear':
      return linearScore(curve, actual, path);
    case 'bands':
      return bandScore(curve, actual, path);
    case 'steps':
      return stepScore(curve, actual);
    case 'gate':
      return gateScore(curve, actual);
    default: {
      const _exhaustive: never = curve;
      return _exhaustive;
    }
  }
}
