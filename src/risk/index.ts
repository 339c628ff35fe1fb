export {
  type BuildScreeningListOptions,
  buildScreeningList,
  type ScreeningList,
  safeBuildScreeningList,
} from './buildScreeningList';
export {
  type CheckTradeBarriersOptions,
  checkTradeBarriers,
  safeCheckTradeBarriers,
} from './checkTradeBarriers';
export { Finding, RiskOverride, RiskSubject, Severity } from './Finding';
// screening and trade barriers (issue 16, riskscreen)
export { matchScore, safeMatchScore } from './matchScore';
export { type NormaliseNameOptions, normaliseName, safeNormaliseName } from './normaliseName';
export { AgingPolicy, ConcentrationPolicy, CreditPolicy } from './policies';
export { ScreeningEntry, ScreeningEntryType, ScreeningParty } from './ScreeningEntry';
export { RestrictedCountry, RestrictedHsCode, ScreeningPolicy } from './ScreeningPolicy';
export { screeningCatalog } from './screeningCatalog';
export { type ScreenPartiesOptions, safeScreenParties, screenParties } from './screenParties';
export { TradeShipment } from './TradeShipment';
