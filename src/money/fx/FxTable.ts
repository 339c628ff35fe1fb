import { attempt, CrmRulesError, parseWith, type SafeResult } from '../../errors';
import { requireIterable } from '../_lib/guards';
import { minorUnits } from '../currencies';
import { Decimal } from '../decimal';
import { FxRate } from './FxRate';

/** The rates of one currency pair, sorted by date. */
export interface FxSeries {
  readonly dates: readonly string[];
  readonly rates: readonly Decimal[];
  readonly sources: ReadonlyArray<string | undefined>;
}

/** An indexed, immutable table of exchange rates built by {@link createFxTable}. */
export interface FxTable {
  /** Series by pair key `"USD/CNY"`. */
  readonly series: ReadonlyMap<string, FxSeries>;
  /** How many distinct rates the table holds. */
  readonly size: number;
}

/** One rate of a pair on a date, with the index of the input it came from. */
interface DatedRate {
  readonly rate: Decimal;
  readonly source: string | undefined;
  readonly index: number;
}

/**
 * Validates rates and indexes them by pair and date for fast as-of lookups. Repeating a rate is
 * harmless; two different rates for the same pair and date are an error.
 *
 * @param rates - rate records (see {@link FxRate}), in any order
 * @throws CrmRulesError `INVALID_INPUT` (with the index) for a malformed or conflicting rate,
 * `UNKNOWN_CURRENCY`, `INVALID_DATE`; `INVALID_INPUT` at `['rates']` when `rates` is not iterable;
 * `LIMIT_EXCEEDED` for a rate beyond the amount limits
 * @example
 * ```ts
 * createFxTable([{ base: 'USD', quote: 'CNY', rate: '7.1', date: '2026-06-30' }]).size;
 * //=> 1
 * ```
 */
export function createFxTable(rates: Iterable<unknown>): FxTable {
  const byPair = new Map<string, Map<string, DatedRate>>();
  requireIterable(rates, ['rates']);
  let index = 0;
  for (const input of rates) {
    const rate = parseWith(FxRate, input, { path: [index] });
    const key = pairKey(rate.base, rate.quote);
    const dates = byPair.get(key) ?? new Map();
    const value = new Decimal(rate.rate);
    const existing = dates.get(rate.date);
    if (existing !== undefined && !existing.rate.eq(value)) {
      throw new CrmRulesError(
        'INVALID_INPUT',
        `two different ${key} rates on ${rate.date} (see index ${existing.index})`,
        {
          path: [index, 'rate'],
          value: rate.rate,
        },
      );
    }
    dates.set(rate.date, { rate: value, source: rate.source, index });
    byPair.set(key, dates);
    index += 1;
  }
  const series = new Map<string, FxSeries>();
  let size = 0;
  for (const [key, dates] of byPair) {
    // ISO dates sort as text, and each is a key of the map once.
    const sorted = [...dates.keys()].sort();
    const entries = sorted.map((date) => dates.get(date) as DatedRate);
    series.set(key, {
      dates: sorted,
      rates: entries.map((entry) => entry.rate),
      sources: entries.map((entry) => entry.source),
    });
    size += sorted.length;
  }
  return Object.freeze({ series, size });
}

/**
 * Like {@link createFxTable}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeCreateFxTable(null).success;
 * //=> false
 * ```
 */
export function safeCreateFxTable(rates: Iterable<unknown>): SafeResult<FxTable> {
  return attempt(() => createFxTable(rates));
}

/**
 * The key of a currency pair in {@link FxTable.series}.
 *
 * @throws CrmRulesError `UNKNOWN_CURRENCY` at `['base']` or `['quote']`
 *
 * @example
 * ```ts
 * pairKey('USD', 'CNY');
 * //=> 'USD/CNY'
 * ```
 */
export function pairKey(base: string, quote: string): string {
  minorUnits(base, ['base']);
  minorUnits(quote, ['quote']);
  return `${base}/${quote}`;
}
