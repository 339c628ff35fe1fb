// targets and calibration (issue 15, kpitargets)
export { cascadeTarget, safeCascadeTarget } from './cascadeTarget';
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
export { type RankedScore, rankScores, type ScoreEntry, safeRankScores } from './rankScores';
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
export { safeSplitTarget, splitTarget } from './splitTarget';
export { safeZScores, type ZScore, type ZScoreOptions, zScores } from './zScores';
