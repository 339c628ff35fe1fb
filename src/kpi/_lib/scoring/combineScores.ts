import type { ErrorPath } from '../../../errors';
import type { TraceStep } from '../../../explain';
import { type Constant, Exact40, parseConstant } from '../../../money/_lib/Exact40';
import type { Scorecard } from '../../Scorecard';

/** A weighted part of a combination: a KPI in its section or scorecard, or a section. */
export interface WeightedScore {
  readonly weight: string;
  readonly score: Exact40;
  /** `weight × score ÷ 100`. */
  readonly contribution: Exact40;
}

/** Internal: 100, the divisor of a contribution `weight × score ÷ 100`. */
export const HUNDRED: Exact40 = Exact40.text('100');

/**
 * Internal: `weighted-average` Σ weight × score ÷ Σ weight (one division, half-up to 40
 * significant digits and places) or `weighted-sum` Σ weight ÷ 100 × score (exact).
 */
export function combineScores(
  mode: Scorecard['combine'],
  parts: readonly WeightedScore[],
  path: ErrorPath,
  constant: Constant = parseConstant,
): Exact40 {
  switch (mode) {
    case 'weighted-average': {
      let weighted = Exact40.ZERO;
      let weights = Exact40.ZERO;
      for (const p of parts) {
        const weight = constant(p.weight);
        weighted = weighted.plus(p.score.times(weight));
        weights = weights.plus(weight);
      }
      return weighted.div(weights).limited(path);
    }
    case 'weighted-sum': {
      let sum = Exact40.ZERO;
      for (const p of parts) sum = sum.plus(p.contribution);
      return sum;
    }
    default: {
      const _exhaustive: never = mode;
      return _exhaustive;
    }
  }
}

/**
 * Internal: keeps a score within `[min, max]`, with a step (`code`, naming `kpi` — a KPI id or
 * `null`) when it moved.
 */
export function withinScale(
  score: Exact40,
  scale: Scorecard['scale'],
  kpi: string | null,
  code: string,
  constant: Constant = parseConstant,
): { score: Exact40; steps: TraceStep[] } {
  const min = constant(scale.min);
  const max = constant(scale.max);
  const kept = score.lt(min) ? min : score.gt(max) ? max : score;
  if (kept === score) return { score, steps: [] };
  const params = {
    kpi,
    score: score.toFixed(),
    min: scale.min,
    max: scale.max,
    kept: kept.toFixed(),
  };
  return { score: kept, steps: [{ code, params }] };
}
