// targets and calibration (issue 15, kpitargets); scorecard and curve extensions (kpicards)
export {
  type AggregatedValue,
  aggregateSubPeriods,
  type SubPeriodValue,
  safeAggregateSubPeriods,
} from './aggregateSubPeriods';
export {
  cascadeTarget,
  type ExplainedCascade,
  explainCascadeTarget,
  safeCascadeTarget,
  safeExplainCascadeTarget,
} from './cascadeTarget';
// bonuses, the plug into commission, long-term goals (issue 15, kpibonus)
export {
  computeKpiBonus,
  type KpiBonusInputs,
  type KpiBonusResult,
  safeComputeKpiBonus,
} from './computeKpiBonus';
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
export { KpiBonusPlan } from './KpiBonusPlan';
// metrics from facts (issue 15, kpimetrics)
export {
  type FactKind,
  type FactRef,
  type KpiMeasures,
  type KpiTally,
  type ManagerMeasures,
  type ManualMeasure,
  MEASURED_METRICS,
  METRIC_GAPS,
  type MeasuredMetric,
  type MetricGap,
  type MetricMeasure,
  type MetricUnit,
  type TargetFact,
} from './KpiMeasures';
export { kpiBonusPlanAt, safeKpiBonusPlanAt } from './kpiBonusPlanAt';
export { kpiCatalog } from './kpiCatalog';
export { type KpiValuesOptions, kpiValues, safeKpiValues } from './kpiValues';
export {
  KpiFxPolicy,
  MeasureKpisOptions,
  type MeasureKpisOptionsInput,
  MeasurePeriod,
} from './MeasureKpisOptions';
export {
  type KpiFacts,
  type MeasureKpisInput,
  measureKpis,
  measureKpisAsync,
  safeMeasureKpis,
  safeMeasureKpisAsync,
} from './measureKpis';
export { mergeKpiMeasures, safeMergeKpiMeasures } from './mergeKpiMeasures';
export { GoalPhase, PhasedGoal } from './PhasedGoal';
export {
  type PercentileRankOptions,
  type PercentileRankResult,
  percentileRank,
  safePercentileRank,
} from './percentileRank';
export {
  type PreparedScorecard,
  prepareScorecard,
  safePrepareScorecard,
} from './prepareScorecard';
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
  type PhasedGoalOptions,
  type PhasedGoalResult,
  type PhaseResult,
  safeScorePhasedGoal,
  scorePhasedGoal,
} from './scorePhasedGoal';
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
export {
  type ExplainedSplit,
  explainSplitTarget,
  safeExplainSplitTarget,
  safeSplitTarget,
  splitTarget,
} from './splitTarget';
export {
  type KpiScoreRecord,
  safeToKpiScores,
  type ToKpiScoresOptions,
  toKpiScores,
} from './toKpiScores';
export { safeZScores, type ZScore, type ZScoreOptions, zScores } from './zScores';
