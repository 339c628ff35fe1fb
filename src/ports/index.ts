export type { CrmStore, EntityReaders } from './CrmStore';
export { canonicalJson, type JsonValue } from './canonicalJson';
export { compareEntities } from './compareEntities';
export { compareKeys } from './compareKeys';
export type { EntityReader } from './EntityReader';
export { listEntities } from './listEntities';
export { fieldValues, matchesQuery } from './matchesQuery';
export { type ParsedQuery, parseQuery } from './parseQuery';
export { parsePutOptions, parseResultFilter } from './parseResultArgs';
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
export { resolvePut } from './resolvePut';
export { FULL_SUPPORT, parseSupports, type Supports, unsupported } from './Supports';
export { type OrderDayTotal, type SummaryReader, summarizeOrderDays } from './summaries';
