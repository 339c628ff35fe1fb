/**
 * Money in the sample generator is a whole number of minor units (cents, yen), never a float;
 * it becomes a decimal string only when written.
 */

/** The minor-unit digits of the currencies the sample data uses. */
export const MINOR_DIGITS = { CNY: 2, USD: 2, EUR: 2, GBP: 2, JPY: 0 } as const;
/** A currency of the sample data. */
export type SampleCurrency = keyof typeof MINOR_DIGITS;

/** Writes `minor` units of `currency` as a decimal string: 123456 USD → "1234.56". */
export function decimalOf(minor: number, currency: SampleCurrency): string {
  if (!Number.isSafeInteger(minor)) throw new Error(`not a whole number of minor units: ${minor}`);
  const digits = MINOR_DIGITS[currency];
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Writes a whole number of `scale`-ths as a decimal string: (71825, 4) → "7.1825". */
export function scaledDecimal(units: number, places: number): string {
  const text = String(units).padStart(places + 1, '0');
  return places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
}

/**
 * Roughly how many minor units of each currency one US cent buys, for list prices only (the real
 * conversion uses the FX table): 1 USD ≈ 0.92 EUR ≈ 0.79 GBP ≈ 150 JPY ≈ 7.1 CNY.
 */
const PER_USD_CENT = { USD: 1, EUR: 0.92, GBP: 0.79, JPY: 1.5, CNY: 7.1 } as const;

/** A price in US cents as minor units of `currency`, rounded to a whole unit. */
export function fromUsdCents(cents: number, currency: SampleCurrency): number {
  return Math.round(cents * PER_USD_CENT[currency]);
}

/** Approximate CNY minor units of an amount (for sizing targets and limits, not for reports). */
export function approxCnyMinor(minor: number, currency: SampleCurrency): number {
  return Math.round((minor / PER_USD_CENT[currency]) * PER_USD_CENT.CNY);
}

/** Reads a decimal string of `currency` as whole minor units, without floating point: "12.5" USD → 1250. */
export function minorOf(text: string, currency: SampleCurrency): number {
  const digits = MINOR_DIGITS[currency];
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null || (match[3] ?? '').length > digits)
    throw new Error(`not an amount of ${currency}: ${text}`);
  const minor = Number((match[2] as string) + (match[3] ?? '').padEnd(digits, '0'));
  return match[1] === '-' ? -minor : minor;
}
