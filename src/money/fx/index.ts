export { type Conversion, convert } from './convert';
export { FxLookup, type FxQuote, FxRate } from './FxRate';
export { createFxTable, type FxSeries, type FxTable, pairKey } from './FxTable';
export { type FindRateOptions, findRate } from './findRate';
