export {
  type BuildScreeningListOptions,
  buildScreeningList,
  type ScreeningList,
  safeBuildScreeningList,
} from './buildScreeningList';
export {
  type ChurnFacts,
  type ChurnOptions,
  checkChurn,
  safeCheckChurn,
} from './checkChurn';
export { checkContract, safeCheckContract } from './checkContract';
export { checkInsuredLimit, safeCheckInsuredLimit } from './checkInsuredLimit';
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
export { documentChecksCatalog } from './documentChecksCatalog';
export { Finding, RiskOverride, RiskSubject, Severity } from './Finding';
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
export { type NormaliseNameOptions, normaliseName, safeNormaliseName } from './normaliseName';
export { PAYMENT_RISK_LADDER } from './PAYMENT_RISK_LADDER';
export { AgingPolicy, ConcentrationPolicy, CreditPolicy } from './policies';
export { ScreeningEntry, ScreeningEntryType, ScreeningParty } from './ScreeningEntry';
export { RestrictedCountry, RestrictedHsCode, ScreeningPolicy } from './ScreeningPolicy';
export { screeningCatalog } from './screeningCatalog';
export { type ScreenPartiesOptions, safeScreenParties, screenParties } from './screenParties';
export { TradeShipment } from './TradeShipment';
