export type { CrmStore, EntityReaders } from './CrmStore';
export { canonicalJson, type JsonValue, safeCanonicalJson } from './canonicalJson';
export { compareEntities, safeCompareEntities } from './compareEntities';
export { compareKeys } from './compareKeys';
export type { EntityReader } from './EntityReader';
export { listEntities, safeListEntities } from './listEntities';
export { fieldValues, matchesQuery, safeFieldValues, safeMatchesQuery } from './matchesQuery';
export { type ParsedQuery, parseQuery, safeParseQuery } from './parseQuery';
export {
  parsePutOptions,
  parseResultFilter,
  safeParsePutOptions,
  safeParseResultFilter,
} from './parseResultArgs';
export {
  type EntityQuery,
  type FilterName,
  type Match,
  QUERY_SPECS,
  type QuerySpec,
  type RangeInput,
  type RangeSpec,
} from './querySpecs';
export {
  type PutOptions,
  type PutResult,
  type ResultFilter,
  ResultRecord,
  type StoredResult,
} from './ResultRecord';
export type { ResultStore } from './ResultStore';
export { resolvePut, safeResolvePut } from './resolvePut';
export {
  FULL_SUPPORT,
  parseSupports,
  type Supports,
  safeParseSupports,
  unsupported,
} from './Supports';
export {
  type OrderDayTotal,
  type SummaryReader,
  safeSummariseOrderDays,
  summariseOrderDays,
} from './summaries';
export {
  type CustomerPurchaseTotal,
  safeSummariseCustomerPurchases,
  summariseCustomerPurchases,
} from './summariseCustomerPurchases';
export {
  type ManagerSalesTotal,
  safeSummariseManagerSales,
  summariseManagerSales,
} from './summariseManagerSales';
