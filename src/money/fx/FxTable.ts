import { CrmRulesError, parseWith } from '../../errors';
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
  const byPair = new Map<
    string,
    Map<string, { rate: Decimal; source: string | undefined; index: number }>
  >();
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
    const sorted = [...dates.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    series.set(key, {
      dates: sorted.map(([date]) => date),
      rates: sorted.map(([, entry]) => entry.rate),
      sources: sorted.map(([, entry]) => entry.source),
    });
    size += sorted.length;
  }
  return Object.freeze({ series, size });
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
