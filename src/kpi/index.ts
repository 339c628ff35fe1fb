// targets and calibration (issue 15, kpitargets)
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
export { kpiCatalog } from './kpiCatalog';
export { GoalPhase, PhasedGoal } from './PhasedGoal';
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
  type PhasedGoalOptions,
  type PhasedGoalResult,
  type PhaseResult,
  safeScorePhasedGoal,
  scorePhasedGoal,
} from './scorePhasedGoal';
export {
  type AppliedGate,
  type KpiResult,
  type ScorecardResult,
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
