export { type Conversion, convert, safeConvert } from './convert';
export { FxLookup, type FxQuote, FxRate } from './FxRate';
export { createFxTable, type FxSeries, type FxTable, pairKey, safeCreateFxTable } from './FxTable';
export { type FindRateOptions, findRate, safeFindRate } from './findRate';
