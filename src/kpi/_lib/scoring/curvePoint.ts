import type { Decimal } from '../../../_lib/decimal';
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
import type { Constant } from './preparedCards';

/** A parsed curve's point at `input`, errors under `path`. */
export function curvePoint(curve: ScoringCurve, input: CurveInput, path: ErrorPath): CurvePoint {
  const box = typeof input === 'object' && input !== null ? input : ({} as CurveInput);
  const actual = toDecimal(box.actual, [...path, 'actual']);
  return curvePointAt(curve, actual, box, path, toDecimal, actual.toFixed());
}

/**
 * A parsed curve's point at `actual` (already read from `input`, whose `target` only ratio curves
 * read; `text` is `actual.toFixed()`), the curve's constants through `constant`, errors under
 * `path`.
 */
export function curvePointAt(
  curve: ScoringCurve,
  actual: Decimal,
  input: CurveInput,
  path: ErrorPath,
  constant: Constant,
  text: string,
): CurvePoint {
  switch (curve.kind) {
    case 'ratio': {
      const target =
        input.target === undefined ? undefined : toDecimal(input.target, [...path, 'target']);
      return ratioScore(curve, actual, target, path, constant, text);
    }
    case 'linear':
      return linearScore(curve, actual, path, constant, text);
    case 'bands':
      return bandScore(curve, actual, path, constant, text);
    case 'steps':
      return stepScore(curve, actual, constant, text);
    case 'gate':
      return gateScore(curve, actual, constant, text);
    default: {
      const _exhaustive: never = curve;
      return _exhaustive;
    }
  }
}
