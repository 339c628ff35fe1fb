export type { SummaryFields } from './_lib/summaryProblem';
export { BgNbdParams } from './BgNbdParams';
export {
  BtydSummaries,
  BtydSummary,
  parseBtydSummaries,
  safeParseBtydSummaries,
} from './BtydSummary';
export { bgNbdConditionalExpectedPurchases } from './bgNbdConditionalExpectedPurchases';
export { bgNbdExpectedPurchases } from './bgNbdExpectedPurchases';
export { bgNbdLogLikelihood } from './bgNbdLogLikelihood';
export { bgNbdProbabilityAlive } from './bgNbdProbabilityAlive';
export { bgNbdPurchaseProbability } from './bgNbdPurchaseProbability';
export { ClvOptions, type ClvOptionsInput } from './ClvOptions';
export {
  type ClvMonth,
  type CustomerLifetimeValue,
  customerLifetimeValue,
} from './customerLifetimeValue';
export { ESTIMATE_DIGITS, estimateToDecimal, estimateToMoney } from './estimateToMoney';
export { FitOptions, type FitOptionsInput } from './FitOptions';
export { type BgNbdFit, fitBgNbd, safeFitBgNbd } from './fitBgNbd';
export { fitGammaGamma, type GammaGammaFit, safeFitGammaGamma } from './fitGammaGamma';
export { fitParetoNbd, type ParetoNbdFit, safeFitParetoNbd } from './fitParetoNbd';
export { GammaGammaParams } from './GammaGammaParams';
export { gammaGammaExpectedSpend } from './gammaGammaExpectedSpend';
export { gammaGammaLogLikelihood, type SpendFields } from './gammaGammaLogLikelihood';
export { lifetimeCatalog } from './lifetimeCatalog';
export { ParetoNbdParams } from './ParetoNbdParams';
export { paretoNbdConditionalExpectedPurchases } from './paretoNbdConditionalExpectedPurchases';
export { paretoNbdExpectedPurchases } from './paretoNbdExpectedPurchases';
export { paretoNbdLogLikelihood } from './paretoNbdLogLikelihood';
export { paretoNbdProbabilityAlive } from './paretoNbdProbabilityAlive';
export {
  type PurchaseForecast,
  PurchaseForecastOptions,
  predictPurchases,
} from './predictPurchases';
export {
  type SpendFrequencyCorrelation,
  spendFrequencyCorrelation,
} from './spendFrequencyCorrelation';
export { TIME_UNITS, TimeUnit, UNITS_PER_MONTH } from './TimeUnit';
