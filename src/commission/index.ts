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
export { isZeroRateLine, safeIsZeroRateLine } from './isZeroRateLine';
export { kpiPayoutPercent, safeKpiPayoutPercent } from './kpiPayoutPercent';
export { LINE_FACTS } from './lineFacts';
export { lineMargin, safeLineMargin } from './lineMargin';
export { managerChain, safeManagerChain } from './managerChain';
export { type MatchRateOptions, matchRate, safeMatchRate } from './matchRate';
export type {
  CommissionInput,
  ComputeOptions,
  DocumentStream,
} from './model/CommissionInput';
export { CommissionPlan, type CommissionPlanInput } from './model/CommissionPlan';
export {
  ClosedTotals,
  CommissionState,
  emptyCommissionState,
  parseCommissionState,
  safeParseCommissionState,
} from './model/CommissionState';
export { Calculation, Component } from './model/Component';
export { Crediting, NewCustomerRule, RollUp } from './model/Crediting';
export { CreditSplit } from './model/CreditSplit';
export { InvoiceLedger } from './model/InvoiceLedger';
export { KpiBonus, PayoutPoint } from './model/KpiBonus';
export { KpiScore } from './model/KpiScore';
export { ManualAdjustment } from './model/ManualAdjustment';
export { Modifier, MultiplierBand } from './model/Modifier';
export { PayeeAssignment, QuantityQuota } from './model/PayeeAssignment';
export { PayeeState } from './model/PayeeState';
export { PayoutRecord } from './model/PayoutRecord';
export {
  ClawbackPolicy,
  DrawPolicy,
  FxPolicy,
  PayoutPolicy,
  PlanRounding,
} from './model/PlanPolicies';
export { QuotaMeasure } from './model/QuotaMeasure';
export { Rate } from './model/Rate';
export { FlatCalculation, NoMatch, RateRow, RateTableCalculation } from './model/RateTable';
export type { Recalculation } from './model/Recalculation';
export { Spiff } from './model/Spiff';
export { Statement, StatementTotals, YtdSummary } from './model/Statement';
export {
  AppliedRate,
  FxQuoteJson,
  LineCredit,
  LineKind,
  LineSource,
  StatementLine,
  type StatementLineData,
  TierSlice,
} from './model/StatementLine';
export {
  AmountTier,
  OutsideTiers,
  Tier,
  TierMeasure,
  TierMode,
  TiersCalculation,
  TierTable,
} from './model/TierTable';
export { multiplierFactor, safeMultiplierFactor } from './multiplierFactor';
export { parseCommissionPlan, safeParseCommissionPlan } from './parseCommissionPlan';
export { planLabels, safePlanLabels } from './planLabels';
export { type DrawSettlement, type DrawTerms, safeSettleDraw, settleDraw } from './settleDraw';
export {
  type CreditShare,
  type SplitCreditOptions,
  safeSplitCredit,
  splitCredit,
} from './splitCredit';
export { safeTargetVariance, type TargetVariance, targetVariance } from './targetVariance';
export {
  safeSplitAcrossTiers,
  safeTierPayout,
  splitAcrossTiers,
  type TierPayout,
  type TierPayoutMoney,
  tierPayout,
} from './tierPayout';
