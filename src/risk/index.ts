// credit exposure, aging, concentration (issue 16, riskcredit)
export type { AgingBucket, AgingLine, AgingReport, OldestOpenItem } from './AgingReport';
export { type AgingOptions, ageReceivables, safeAgeReceivables } from './ageReceivables';
// overrides (issue 16)
export { applyOverrides, type OverriddenFindings, safeApplyOverrides } from './applyOverrides';
export {
  buildExposureIndex,
  buildExposureIndexAsync,
  safeBuildExposureIndex,
  safeBuildExposureIndexAsync,
} from './buildExposureIndex';
// document checks and screening (issue 16, riskterms, riskscreen)
export {
  type BuildScreeningListOptions,
  buildScreeningList,
  type ScreeningList,
  safeBuildScreeningList,
} from './buildScreeningList';
export type {
  ConcentrationFigures,
  ConcentrationReport,
  ManagerConcentration,
  TopCustomer,
} from './ConcentrationReport';
export {
  type ChurnFacts,
  type ChurnOptions,
  checkChurn,
  safeCheckChurn,
} from './checkChurn';
export { type ContractDocument, checkContract, safeCheckContract } from './checkContract';
export { checkInsuredLimit, safeCheckInsuredLimit } from './checkInsuredLimit';
export { checkOrder, safeCheckOrder } from './checkOrder';
export { checkPaymentTerms, safeCheckPaymentTerms, type TermsDocument } from './checkPaymentTerms';
export { checkPricing, safeCheckPricing } from './checkPricing';
export {
  type CheckTradeBarriersOptions,
  checkTradeBarriers,
  safeCheckTradeBarriers,
} from './checkTradeBarriers';
export { ContractReview, FxOpenItem, OrderTerms, TransportMode } from './DocumentInputs';
export {
  ChurnPolicy,
  type ChurnPolicyInput,
  ContractPolicy,
  type ContractPolicyInput,
  CountryGroup,
  DiscountApproval,
  FxExposurePolicy,
  type FxExposurePolicyInput,
  MarginApproval,
  PaymentTermsPolicy,
  type PaymentTermsPolicyInput,
  PaymentTermsRule,
  PricingPolicy,
  type PricingPolicyInput,
} from './DocumentPolicies';
export type {
  CountedOrder,
  CreditSale,
  CustomerExposure,
  ExposureIndex,
  LimitSource,
  OpenItem,
} from './ExposureIndex';
export { type ExposureBreakdown, exposureOf, safeExposureOf } from './exposureOf';
export { Finding, RiskOverride, RiskSubject, Severity } from './Finding';
export { FindingOverride } from './FindingOverride';
export {
  type FxCurrencyPosition,
  type FxOpenPositionOptions,
  type FxOpenPositionResult,
  type FxScenario,
  fxOpenPosition,
  safeFxOpenPosition,
} from './fxOpenPosition';
// screening and trade barriers (issue 16, riskscreen)
export { matchScore, safeMatchScore } from './matchScore';
export {
  type ConcentrationOptions,
  measureConcentration,
  safeMeasureConcentration,
} from './measureConcentration';
export { type NormaliseNameOptions, normaliseName, safeNormaliseName } from './normaliseName';
export { PAYMENT_RISK_LADDER } from './PAYMENT_RISK_LADDER';
export { AgingPolicy, ConcentrationPolicy, CreditPolicy } from './policies';
export { RevenueRow } from './RevenueRow';
export type { ExposureOptions, RiskFacts } from './RiskFacts';
// one risk policy and a run of every check (issue 16, riskrun)
export { RiskCheckKey, RiskPolicy, type RiskPolicyInput, RiskPolicyLayer } from './RiskPolicy';
export type { RiskRunFacts, RiskRunOptions } from './RiskRunFacts';
export type { RiskRunReport, RiskRunSummary } from './RiskRunReport';
export {
  type RenderedFinding,
  type RenderFindingOptions,
  renderFinding,
  safeRenderFinding,
} from './renderFinding';
export { riskCatalog } from './riskCatalog';
export { riskPolicyAt, safeRiskPolicyAt } from './riskPolicyAt';
export {
  type RiskPolicyVersions,
  runRiskChecks,
  runRiskChecksAsync,
  safeRunRiskChecks,
  safeRunRiskChecksAsync,
} from './runRiskChecks';
export { ScreeningEntry, ScreeningEntryType, ScreeningParty } from './ScreeningEntry';
export {
  CountryRole,
  RestrictedCountry,
  RestrictedHsCode,
  ScreeningPolicy,
} from './ScreeningPolicy';
export { type ScreenPartiesOptions, safeScreenParties, screenParties } from './screenParties';
export { PortCode, TradeShipment } from './TradeShipment';
// from the model's records (issue 16, riskmodel)
export {
  safeTradeSubjectOf,
  type TradeSubject,
  type TradeSubjectOptions,
  tradeSubjectOf,
} from './tradeSubjectOf';
