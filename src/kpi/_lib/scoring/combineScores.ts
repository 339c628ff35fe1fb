import { Decimal } from '../../../_lib/decimal';
import type { ErrorPath } from '../../../errors';
import type { TraceStep } from '../../../explain';
import { limitedQuotient } from '../../../money/_lib/amountLimits';
import type { Scorecard } from '../../Scorecard';
import type { Constant } from './preparedCards';

/** A weighted part of a combination: a KPI in its section or scorecard, or a section. */
export interface WeightedScore {
  readonly weight: string;
  readonly score: Decimal;
  /** `weight × score ÷ 100`. */
  readonly contribution: Decimal;
}

/**
 * Internal: `weighted-average` Σ weight × score ÷ Σ weight (one division, half-up to 40
 * significant digits and places) or `weighted-sum` Σ weight ÷ 100 × score (exact).
 */
export function combineScores(
  mode: Scorecard['combine'],
  parts: readonly WeightedScore[],
  path: ErrorPath,
): Decimal {
  switch (mode) {
    case 'weighted-average': {
      const weighted = parts.reduce((acc, p) => acc.plus(p.score.times(p.weight)), new Decimal(0));
      const weights = parts.reduce((acc, p) => acc.plus(p.weight), new Decimal(0));
      return limitedQuotient(weighted.div(weights), path);
    }
    case 'weighted-sum':
      return parts.reduce((acc, p) => acc.plus(p.contribution), new Decimal(0));
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
  score: Decimal,
  scale: Scorecard['scale'],
  kpi: string | null,
  code: string,
  constant: Constant = (text) => new Decimal(text),
): { score: Decimal; steps: TraceStep[] } {
  const kept = Decimal.min(Decimal.max(score, constant(scale.min)), constant(scale.max));
  if (kept.eq(score)) return { score, steps: [] };
  const params = {
    kpi,
    score: score.toFixed(),
    min: scale.min,
    max: scale.max,
    kept: kept.toFixed(),
  };
  return { score: kept, steps: [{ code, params }] };
}
