import type { TraceStep } from '../../../explain';
import { type Constant, type Exact40, parseConstant } from '../../../money/_lib/Exact40';
import type { Scorecard, ScorecardSection } from '../../Scorecard';
import { combineScores, HUNDRED, type WeightedScore } from './combineScores';
import { type AppliedGate, capByGates } from './kpiGates';

/** Internal: a section scored — its KPIs combined, capped by its gates, and its contribution. */
export interface ScoredSection extends WeightedScore {
  readonly section: ScorecardSection;
  /** The combination of its KPIs, before any gate. */
  readonly combined: Exact40;
  readonly gate: AppliedGate | null;
  readonly trace: TraceStep[];
}

/**
 * Internal: each section's score — its KPIs' scores (after their gates) combined with their
 * in-section weights by the scorecard's `combine`, then capped by the fired gates whose
 * `appliesTo` lists the section; its contribution is `section weight × score ÷ 100`.
 */
export function sectionScores(
  card: Scorecard,
  sections: readonly ScorecardSection[],
  kpis: ReadonlyArray<WeightedScore & { readonly kpi: Scorecard['kpis'][number] }>,
  fired: readonly Scorecard['gates'][number][],
  constant: Constant = parseConstant,
): ScoredSection[] {
  return sections.map((section, i) => {
    const members = kpis.filter((k) => k.kpi.section === section.id);
    const combined = combineScores(card.combine, members, ['scorecard', 'sections', i], constant);
    const capped = capByGates(combined, fired, section.id, 'section', constant);
    const contribution = constant(section.weight).times(capped.score).div(HUNDRED);
    const combineStep: TraceStep = {
      code: `kpi.section.${card.combine}`,
      params: { section: section.id, kpis: members.length, score: combined.toFixed() },
    };
    const contributionStep: TraceStep = {
      code: 'kpi.section.contribution',
      params: {
        section: section.id,
        score: capped.score.toFixed(),
        weight: section.weight,
        contribution: contribution.toFixed(),
      },
    };
    return {
      section,
      weight: section.weight,
      combined,
      score: capped.score,
      contribution,
      gate: capped.gate,
      trace: [combineStep, ...capped.steps, contributionStep],
    };
  });
}
