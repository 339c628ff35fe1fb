import { attempt, parseWith, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import { curvePoint } from './_lib/scoring/curvePoint';
import type { CurveInput } from './CurveInput';
import { ScoringCurve } from './ScoringCurve';

export type { CurveInput } from './CurveInput';

/** A curve's score at a value and the step that explains it. */
export interface CurveScore {
  /** The score, as an exact decimal string. */
  readonly score: string;
  /** One step: which part of the curve applied, with its inputs (`kpi.curve.*`). */
  readonly trace: readonly TraceStep[];
}

/**
 * Scores a measured value on a {@link ScoringCurve}. `ratio`: actual ÷ target (target ÷ actual
 * when lower is better) clamped to `[floor, cap]`; `linear`: interpolated between the points, flat
 * beyond them (or `belowFirst` below the first point); `bands`: the band holding the value, edges
 * as stated by `upperInclusive`; `steps`: the score of the last step whose `from` the value reaches
 * (`belowFirst` below the first step); `gate`: `met` or `missed`. The one division (ratio, interpolation)
 * rounds half-up to 40 significant digits and at most 40 decimal places, like money's `ratio`;
 * everything else is exact.
 *
 * @param curve - the curve (parsed here; plain JSON is fine)
 * @param input - `{ actual, target? }`
 * @returns `{ score, trace }`
 * @throws CrmRulesError `INVALID_INPUT` for a bad curve (path in `['curve', …]`), a ratio target that
 * is missing, zero or negative (`['target']`), a negative actual on a lower-is-better ratio or a
 * value outside every band (`['actual']`); `DIVISION_BY_ZERO` (`['actual']`) for an actual of 0 on
 * a lower-is-better ratio without a cap; `INVALID_AMOUNT` for a float or malformed number
 * @example
 * ```ts
 * const sap = { kind: 'linear', points: [{ x: '620', y: '0.5' }, { x: '1997', y: '1.0' }, { x: '2400', y: '1.5' }] };
 * scoreCurve(sap, { actual: '1313' }).score.slice(0, 6);
 * //=> '0.7516'
 * ```
 */
export function scoreCurve(curve: unknown, input: CurveInput): CurveScore {
  const parsed = parseWith(ScoringCurve, curve, { path: ['curve'] });
  const point = curvePoint(parsed, input, []);
  return { score: point.score.toFixed(), trace: [point.step] };
}

/**
 * Like {@link scoreCurve}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeScoreCurve({ kind: 'ratio', direction: 'higher-is-better' }, { actual: '5', target: '0' }).success;
 * //=> false
 * ```
 */
export function safeScoreCurve(curve: unknown, input: CurveInput): SafeResult<CurveScore> {
  return attempt(() => scoreCurve(curve, input));
}
