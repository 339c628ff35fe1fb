// targets and calibration (issue 15, kpitargets); scorecard and curve extensions (kpicards)
export {
  type AggregatedValue,
  aggregateSubPeriods,
  type SubPeriodValue,
  safeAggregateSubPeriods,
} from './aggregateSubPeriods';
export { cascadeTarget, safeCascadeTarget } from './cascadeTarget';
export {
  evaluateRatingFormula,
  type FormulaResult,
  type RatingInputs,
  safeEvaluateRatingFormula,
} from './evaluateRatingFormula';
export {
  type BucketCheck,
  DISTRIBUTION_BUCKETS,
  type DistributionBucket,
  type DistributionGuideline,
  type ForcedDistribution,
  forcedDistribution,
  type ProposedRating,
  safeForcedDistribution,
} from './forcedDistribution';
export { kpiCatalog } from './kpiCatalog';
export {
  type PercentileRankOptions,
  type PercentileRankResult,
  percentileRank,
  safePercentileRank,
} from './percentileRank';
export {
  type ProratedTarget,
  prorateTarget,
  safeProrateTarget,
  type TenureDates,
} from './prorateTarget';
export { RatingFormula } from './RatingFormula';
export { type RankedScore, rankScores, type ScoreEntry, safeRankScores } from './rankScores';
export { ScaleMapping } from './ScaleMapping';
export {
  KpiDefinition,
  KpiMetric,
  Scorecard,
  ScorecardSection,
  SubPeriodAggregate,
} from './Scorecard';
export { ScoringCurve } from './ScoringCurve';
export { type CurveInput, type CurveScore, safeScoreCurve, scoreCurve } from './scoreCurve';
export { safeScorecardAt, scorecardAt } from './scorecardAt';
export {
  type AppliedGate,
  type KpiResult,
  type KpiValue,
  type MappedScore,
  type ScorecardOptions,
  type ScorecardResult,
  type SectionResult,
  type SubPeriodInput,
  safeScoreScorecard,
  scoreScorecard,
} from './scoreScorecard';
export { safeSplitTarget, splitTarget } from './splitTarget';
export { safeZScores, type ZScore, type ZScoreOptions, zScores } from './zScores';
