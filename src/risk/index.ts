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
export { PAYMENT_RISK_LADDER } from './PAYMENT_RISK_LADDER';
export { AgingPolicy, ConcentrationPolicy, CreditPolicy } from './policies';
