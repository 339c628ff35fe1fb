export type { AgingBucket, AgingLine, AgingReport, OldestOpenItem } from './AgingReport';
export { type AgingOptions, ageReceivables, safeAgeReceivables } from './ageReceivables';
export {
  buildExposureIndex,
  buildExposureIndexAsync,
  safeBuildExposureIndex,
  safeBuildExposureIndexAsync,
} from './buildExposureIndex';
export type {
  ConcentrationFigures,
  ConcentrationReport,
  ManagerConcentration,
  TopCustomer,
} from './ConcentrationReport';
export { checkOrder, safeCheckOrder } from './checkOrder';
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
export {
  type ConcentrationOptions,
  measureConcentration,
  safeMeasureConcentration,
} from './measureConcentration';
export { AgingPolicy, ConcentrationPolicy, CreditPolicy } from './policies';
export { RevenueRow } from './RevenueRow';
export type { ExposureOptions, RiskFacts } from './RiskFacts';
export { riskCatalog } from './riskCatalog';
