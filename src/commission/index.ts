export type {
  CommissionInput,
  ComputeOptions,
  DocumentStream,
} from './CommissionInput';
export { CommissionPlan, type CommissionPlanInput } from './CommissionPlan';
export {
  ClosedTotals,
  CommissionState,
  emptyCommissionState,
  parseCommissionState,
  safeParseCommissionState,
} from './CommissionState';
export { Calculation, Component } from './Component';
export { Crediting, NewCustomerRule, RollUp } from './Crediting';
export { CreditSplit } from './CreditSplit';
export {
  type ClosedPeriod,
  type ClosePeriodOptions,
  closePeriod,
  closePeriodAsync,
  safeClosePeriod,
  safeClosePeriodAsync,
} from './closePeriod';
export { collectedFraction, safeCollectedFraction } from './collectedFraction';
export { COMMISSION_TRACE_CODES, commissionCatalog } from './commissionCatalog';
export {
  type ComputeStatementsOptions,
  computeStatements,
  computeStatementsAsync,
  safeComputeStatements,
  safeComputeStatementsAsync,
} from './computeStatements';
export {
  type CommissionEstimate,
  estimateCommission,
  type HypotheticalDeals,
  type PayeeEstimate,
  safeEstimateCommission,
} from './estimateCommission';
export { explainLine, safeExplainLine } from './explainLine';
export { InvoiceLedger } from './InvoiceLedger';
export { isZeroRateLine, safeIsZeroRateLine } from './isZeroRateLine';
export { KpiBonus, PayoutPoint } from './KpiBonus';
export { KpiScore } from './KpiScore';
export { kpiPayoutPercent, safeKpiPayoutPercent } from './kpiPayoutPercent';
export { LINE_FACTS } from './lineFacts';
export { lineMargin, safeLineMargin } from './lineMargin';
export { ManualAdjustment } from './ManualAdjustment';
export { Modifier, MultiplierBand } from './Modifier';
export { managerChain, safeManagerChain } from './managerChain';
export { type MatchRateOptions, matchRate, safeMatchRate } from './matchRate';
export { multiplierFactor, safeMultiplierFactor } from './multiplierFactor';
export { PayeeAssignment } from './PayeeAssignment';
export { PayeeState } from './PayeeState';
export { PayoutRecord } from './PayoutRecord';
export {
  ClawbackPolicy,
  DrawPolicy,
  FxPolicy,
  PayoutPolicy,
  PlanRounding,
} from './PlanPolicies';
export { parseCommissionPlan, safeParseCommissionPlan } from './parseCommissionPlan';
export { planLabels, safePlanLabels } from './planLabels';
export { Rate } from './Rate';
export { FlatCalculation, NoMatch, RateRow, RateTableCalculation } from './RateTable';
export type { Recalculation } from './Recalculation';
export { Spiff } from './Spiff';
export { Statement, StatementTotals, YtdSummary } from './Statement';
export {
  AppliedRate,
  FxQuoteJson,
  LineCredit,
  LineKind,
  LineSource,
  StatementLine,
  type StatementLineData,
  TierSlice,
} from './StatementLine';
export { type DrawSettlement, safeSettleDraw, settleDraw } from './settleDraw';
export { type CreditShare, safeSplitCredit, splitCredit } from './splitCredit';
export { Tier, TierMeasure, TierMode, TiersCalculation, TierTable } from './TierTable';
export {
  safeSplitAcrossTiers,
  safeTierPayout,
  splitAcrossTiers,
  type TierPayout,
  tierPayout,
} from './tierPayout';
