export { kpiCatalog } from './kpiCatalog';
export { KpiDefinition, KpiMetric, Scorecard } from './Scorecard';
export { ScoringCurve } from './ScoringCurve';
export { type CurveInput, type CurveScore, safeScoreCurve, scoreCurve } from './scoreCurve';
export {
  type AppliedGate,
  type KpiResult,
  type ScorecardResult,
  safeScoreScorecard,
  scoreScorecard,
} from './scoreScorecard';
