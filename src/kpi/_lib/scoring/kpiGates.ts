import type { TraceStep } from '../../../explain';
import { type Constant, type Exact40, parseConstant } from '../../../money/_lib/Exact40';
import type { Scorecard } from '../../Scorecard';

/** A gate that fired: which KPI missed, the threshold it missed and the cap it set. */
export interface AppliedGate {
  /** The KPI whose score was below the gate. */
  readonly kpi: string;
  /** The gate threshold the score was below. */
  readonly below: string;
  /** The cap set on the score. */
  readonly capAt: string;
}

type Gate = Scorecard['gates'][number];

/** The gates that fire: those whose KPI scores strictly below `below` (scores before any gate). */
export function firedGates(
  gates: readonly Gate[],
  scores: ReadonlyMap<string, { readonly score: Exact40 }>,
  constant: Constant = parseConstant,
): Gate[] {
  return gates.filter((gate) =>
    (scores.get(gate.kpi) as { score: Exact40 }).score.lt(constant(gate.below)),
  );
}

/**
 * Caps a score by the fired gates that apply to `target` (a KPI or section id — `kind` says which
 * — or `null` for the total): the lowest cap wins, ties to the first gate; returns the score, the
 * gate and its trace step.
 */
export function capByGates(
  score: Exact40,
  fired: readonly Gate[],
  target: string | null,
  kind: 'kpi' | 'section' = 'kpi',
  constant: Constant = parseConstant,
): { score: Exact40; gate: AppliedGate | null; steps: TraceStep[] } {
  if (fired.length === 0) return { score, gate: null, steps: [] };
  let chosen: Gate | null = null;
  for (const gate of fired) {
    const applies =
      target === null ? gate.appliesTo === undefined : gate.appliesTo?.includes(target) === true;
    if (applies && (chosen === null || constant(gate.capAt).lt(constant(chosen.capAt))))
      chosen = gate;
  }
  if (chosen === null || score.lte(constant(chosen.capAt))) return { score, gate: null, steps: [] };
  const gate = { kpi: chosen.kpi, below: chosen.below, capAt: chosen.capAt };
  const step: TraceStep = {
    code:
      target === null
        ? 'kpi.scorecard.gate.total'
        : kind === 'section'
          ? 'kpi.section.gate'
          : 'kpi.scorecard.gate.kpi',
    params: { ...gate, target: target ?? null, score: score.toFixed() },
  };
  return { score: constant(chosen.capAt), gate, steps: [step] };
}
