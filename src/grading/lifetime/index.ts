export type { BgBbFields } from './_lib/data/bgBbProblem';
export type { SummaryFields } from './_lib/data/summaryProblem';
export { BgBbParams } from './BgBbParams';
export {
  BgBbSummaries,
  BgBbSummary,
  parseBgBbSummaries,
  safeParseBgBbSummaries,
} from './BgBbSummary';
export { BgNbdParams } from './BgNbdParams';
export {
  BtydSummaries,
  BtydSummary,
  parseBtydSummaries,
  safeParseBtydSummaries,
} from './BtydSummary';
export {
  bgBbConditionalExpectedTransactions,
  safeBgBbConditionalExpectedTransactions,
} from './bgBbConditionalExpectedTransactions';
export {
  bgBbDiscountedExpectedTransactions,
  safeBgBbDiscountedExpectedTransactions,
} from './bgBbDiscountedExpectedTransactions';
export { type BgBbRow, bgBbLogLikelihood, safeBgBbLogLikelihood } from './bgBbLogLikelihood';
export { bgBbProbabilityAlive, safeBgBbProbabilityAlive } from './bgBbProbabilityAlive';
export {
  bgBbTransactionProbability,
  safeBgBbTransactionProbability,
} from './bgBbTransactionProbability';
export {
  bgNbdConditionalExpectedPurchases,
  safeBgNbdConditionalExpectedPurchases,
} from './bgNbdConditionalExpectedPurchases';
export { bgNbdExpectedPurchases, safeBgNbdExpectedPurchases } from './bgNbdExpectedPurchases';
export { bgNbdLogLikelihood, safeBgNbdLogLikelihood } from './bgNbdLogLikelihood';
export { bgNbdProbabilityAlive, safeBgNbdProbabilityAlive } from './bgNbdProbabilityAlive';
export { bgNbdPurchaseProbability, safeBgNbdPurchaseProbability } from './bgNbdPurchaseProbability';
export { ClvOptions, type ClvOptionsInput } from './ClvOptions';
export { convertFitUnit, type LifetimeFit, safeConvertFitUnit } from './convertFitUnit';
export {
  type ClvModels,
  type ClvMonth,
  type CustomerLifetimeValue,
  customerLifetimeValue,
  safeCustomerLifetimeValue,
} from './customerLifetimeValue';
export {
  ESTIMATE_DIGITS,
  estimateToDecimal,
  estimateToMoney,
  safeEstimateToDecimal,
  safeEstimateToMoney,
} from './estimateToMoney';
export { FitOptions, type FitOptionsInput } from './FitOptions';
export type { FitStandardErrors } from './FitStandardErrors';
export { type BgBbFit, fitBgBb, safeFitBgBb } from './fitBgBb';
export { type BgNbdFit, fitBgNbd, safeFitBgNbd } from './fitBgNbd';
export { fitGammaGamma, type GammaGammaFit, safeFitGammaGamma } from './fitGammaGamma';
export { fitParetoNbd, type ParetoNbdFit, safeFitParetoNbd } from './fitParetoNbd';
export { GammaGammaParams } from './GammaGammaParams';
export { gammaGammaExpectedSpend, safeGammaGammaExpectedSpend } from './gammaGammaExpectedSpend';
export {
  gammaGammaLogLikelihood,
  type SpendFields,
  safeGammaGammaLogLikelihood,
} from './gammaGammaLogLikelihood';
export { lifetimeCatalog } from './lifetimeCatalog';
export { ParetoNbdParams } from './ParetoNbdParams';
export {
  paretoNbdConditionalExpectedPurchases,
  safeParetoNbdConditionalExpectedPurchases,
} from './paretoNbdConditionalExpectedPurchases';
export {
  paretoNbdExpectedPurchases,
  safeParetoNbdExpectedPurchases,
} from './paretoNbdExpectedPurchases';
export { paretoNbdLogLikelihood, safeParetoNbdLogLikelihood } from './paretoNbdLogLikelihood';
export {
  paretoNbdProbabilityAlive,
  safeParetoNbdProbabilityAlive,
} from './paretoNbdProbabilityAlive';
export {
  type PurchaseForecast,
  PurchaseForecastOptions,
  predictPurchases,
  safePredictPurchases,
} from './predictPurchases';
export {
  type SpendFrequencyCorrelation,
  safeSpendFrequencyCorrelation,
  spendFrequencyCorrelation,
} from './spendFrequencyCorrelation';
export { TIME_UNITS, TimeUnit, UNITS_PER_MONTH } from './TimeUnit';
