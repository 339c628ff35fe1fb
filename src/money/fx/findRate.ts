import { dayNumberOf } from '../../_lib/civil';
import { attempt, CrmRulesError, type ErrorPath, parseWith, type SafeResult } from '../../errors';
import { requirePath } from '../../errors/_lib/argumentGuards';
import { requireObject, requireString } from '../_lib/guards';
import { minorUnits } from '../currencies';
import { Decimal } from '../decimal';
import { FxLookup, type FxQuote } from './FxRate';
import { type FxSeries, type FxTable, pairKey } from './FxTable';

/** Options of {@link findRate}. */
export interface FindRateOptions {
  /** Cross through this currency when neither the pair nor its inverse is in the table. */
  readonly via?: string;
  /** Where the lookup sits in the caller's input, for errors. */
  readonly path?: ErrorPath;
}

/**
 * Finds the rate to convert `base` into `quote` by a lookup method. Tries the pair, then its
 * inverse (1 ÷ rate, marked `inverted`), then — with `via` — a cross through that currency.
 * For `average` the mean is taken of the rates as stored, then inverted if needed.
 *
 * @returns the quote used, or `null` when the table has no rate that satisfies the lookup
 * @throws CrmRulesError `INVALID_INPUT` for a malformed lookup or a table not made by
 * {@link createFxTable}; `UNKNOWN_CURRENCY`
 * @example
 * ```ts
 * const table = createFxTable([{ base: 'USD', quote: 'CNY', rate: '7.1', date: '2026-06-30' }]);
 * findRate(table, 'USD', 'CNY', { method: 'on-or-before', date: '2026-07-03' })?.rate;
 * //=> '7.1'
 * ```
 */
export function findRate(
  table: FxTable,
  base: string,
  quote: string,
  lookup: FxLookup,
  options: FindRateOptions = {},
): FxQuote | null {
  requireObject(options, ['options']);
  const path = options.path ?? [];
  requirePath(path);
  if (!(table?.series instanceof Map))
    throw new CrmRulesError('INVALID_INPUT', 'expected a table made by createFxTable', {
      path: [...path, 'table'],
      value: table,
    });
  if (options.via !== undefined) requireString(options.via, [...path, 'via']);
  minorUnits(base, [...path, 'base']);
  minorUnits(quote, [...path, 'quote']);
  const how = parseWith(FxLookup, lookup, { path: [...path, 'lookup'] });
  if (how.method === 'average' && how.end < how.start) {
    throw new CrmRulesError('INVALID_DATE_RANGE', 'the averaging range ends before it starts', {
      path: [...path, 'lookup', 'end'],
      value: how,
    });
  }
  if (base === quote) return { base, quote, rate: '1', method: 'identity', inverted: false };
  const direct = lookupSeries(table, base, quote, how);
  if (direct !== null || options.via === undefined) return direct;
  // A rate's base and quote differ, so a `via` equal to either finds no leg.
  const first = lookupSeries(table, base, options.via, how);
  const second = lookupSeries(table, options.via, quote, how);
  if (first === null || second === null) return null;
  const rate = new Decimal(first.rate).times(second.rate);
  return {
    base,
    quote,
    rate: rate.toFixed(),
    method: 'cross',
    inverted: false,
    legs: [first, second],
  };
}

/**
 * Like {@link findRate}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeFindRate(null, null, null, null).success;
 * //=> false
 * ```
 */
export function safeFindRate(
  table: FxTable,
  base: string,
  quote: string,
  lookup: FxLookup,
  options: FindRateOptions = {},
): SafeResult<FxQuote | null> {
  return attempt(() => findRate(table, base, quote, lookup, options));
}

function lookupSeries(table: FxTable, base: string, quote: string, how: FxLookup): FxQuote | null {
  const straight = table.series.get(pairKey(base, quote));
  const found = straight === undefined ? null : pick(straight, how);
  if (found !== null) return { base, quote, ...found, inverted: false };
  const reverse = table.series.get(pairKey(quote, base));
  const back = reverse === undefined ? null : pick(reverse, how);
  if (back === null) return null;
  return { base, quote, ...back, rate: new Decimal(1).div(back.rate).toFixed(), inverted: true };
}

type Picked = Omit<FxQuote, 'base' | 'quote' | 'inverted'>;

function pick(series: FxSeries, how: FxLookup): Picked | null {
  if (how.method === 'average') {
    const from = lowerBound(series.dates, how.start);
    const to = lowerBound(series.dates, how.end);
    if (to <= from) return null;
    let total = new Decimal(0);
    for (let i = from; i < to; i += 1) total = total.plus(series.rates[i] as Decimal);
    const sources = new Set(series.sources.slice(from, to));
    const source = sources.size === 1 ? [...sources][0] : undefined;
    return {
      rate: total.div(to - from).toFixed(),
      method: 'average',
      range: { start: how.start, end: how.end },
      observations: to - from,
      ...(source === undefined ? {} : { source }),
    };
  }
  let at = lowerBound(series.dates, how.date);
  if (series.dates[at] !== how.date) {
    if (how.method === 'exact') return null;
    at -= 1;
  }
  if (at < 0) return null;
  const date = series.dates[at] as string;
  if (how.method === 'on-or-before' && how.maxAgeDays !== undefined) {
    const age = (dayNumberOf(how.date) as number) - (dayNumberOf(date) as number);
    if (age > how.maxAgeDays) return null;
  }
  const source = series.sources[at];
  return {
    rate: (series.rates[at] as Decimal).toFixed(),
    method: how.method,
    date,
    ...(source === undefined ? {} : { source }),
  };
}

/** Index of the first date ≥ `date` (dates are sorted `YYYY-MM-DD` strings). */
function lowerBound(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid] as string) < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
