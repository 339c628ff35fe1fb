import { dateOfDayNumber, dayNumber, type IsoDate } from '../../period/IsoDate';
import fc from '../_lib/fastCheck';

/** Options of {@link isoDateArbitrary}: the half-open range `[from, to)` of dates drawn. */
export interface IsoDateArbitraryOptions {
  readonly from?: string;
  readonly to?: string;
}

/**
 * Valid `YYYY-MM-DD` dates in `[from, to)` (default the years 2024–2026), shrinking toward
 * `from`.
 *
 * @param options - `from` (included) and `to` (excluded)
 * @returns an arbitrary of dates
 * @throws CrmRulesError `INVALID_DATE` for a malformed bound
 * @example
 * ```ts
 * import fc from 'fast-check';
 * fc.sample(isoDateArbitrary({ from: '2026-01-01', to: '2026-01-02' }), 1);
 * //=> ['2026-01-01']
 * ```
 */
export function isoDateArbitrary(options: IsoDateArbitraryOptions = {}): fc.Arbitrary<IsoDate> {
  const min = dayNumber(options.from ?? '2024-01-01', ['from']);
  const max = dayNumber(options.to ?? '2027-01-01', ['to']) - 1;
  return fc.integer({ min, max: Math.max(min, max) }).map((days) => dateOfDayNumber(days));
}

/** Options of {@link decimalStringArbitrary}. */
export interface DecimalStringArbitraryOptions {
  /** The smallest value, in whole units (default 0). */
  readonly min?: number;
  /** The largest value, in whole units (default 1,000,000). */
  readonly max?: number;
  /** Decimal places written (default 2). */
  readonly scale?: number;
}

/**
 * Decimal strings such as `"1234.50"` between `min` and `max`, always written with `scale`
 * decimal places, shrinking toward the value nearest zero.
 *
 * @param options - `min`, `max` (whole units) and `scale`
 * @returns an arbitrary of decimal strings
 * @example
 * ```ts
 * import fc from 'fast-check';
 * fc.sample(decimalStringArbitrary({ min: 1, max: 1, scale: 3 }), 1);
 * //=> ['1.000']
 * ```
 */
export function decimalStringArbitrary(
  options: DecimalStringArbitraryOptions = {},
): fc.Arbitrary<string> {
  const scale = options.scale ?? 2;
  const factor = 10 ** scale;
  return fc
    .integer({ min: (options.min ?? 0) * factor, max: (options.max ?? 1_000_000) * factor })
    .map((units) => formatUnits(units, scale));
}

/** Internal: writes `units` × 10^-scale as a decimal string with exactly `scale` places. */
export function formatUnits(units: number, scale: number): string {
  const sign = units < 0 ? '-' : '';
  const digits = String(Math.abs(units)).padStart(scale + 1, '0');
  if (scale === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
