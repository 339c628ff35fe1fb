import * as z from 'zod/mini';
import { englishByDefault } from '../_lib/englishByDefault';
import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../errors';
import { requirePath } from '../errors/_lib/argumentGuards';

/**
 * ISO 4217 currencies and their minor units (decimal places). Active codes as of 2025, plus the
 * recently withdrawn codes that still appear on historical invoices (ANG, CUC, HRK, SLL, ZWL).
 * Funds and precious metals without minor units (XAU, XDR, …) are not money here.
 */
const CODES_BY_MINOR_UNIT: ReadonlyArray<readonly [number, string]> = [
  [0, 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'],
  [
    2,
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND ' +
      'BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU ' +
      'CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
      'GHS GIP GMD GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IRR JMD KES ' +
      'KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT ' +
      'MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB ' +
      'PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP ' +
      'SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD ' +
      'TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL',
  ],
  [3, 'BHD IQD JOD KWD LYD OMR TND'],
  [4, 'CLF UYW'],
];

const MINOR_UNITS: Readonly<Record<string, number>> = Object.fromEntries(
  CODES_BY_MINOR_UNIT.flatMap(([units, codes]) =>
    codes.split(' ').map((code) => [code, units] as const),
  ),
);

/**
 * The ISO 4217 codes this library knows, in alphabetical order.
 *
 * @example
 * ```ts
 * CURRENCY_CODES.includes('CNY');
 * //=> true
 * ```
 */
export const CURRENCY_CODES: readonly string[] = /* @__PURE__ */ (() =>
  Object.freeze(Object.keys(MINOR_UNITS).sort()))();

/**
 * True when `code` is a known ISO 4217 currency code (upper case).
 *
 * @example
 * ```ts
 * isCurrencyCode('KWD');
 * //=> true
 * ```
 */
export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && Object.hasOwn(MINOR_UNITS, code);
}

/**
 * The number of decimal places of a currency's minor unit: JPY 0, CNY and USD 2, KWD 3.
 *
 * @throws CrmRulesError `UNKNOWN_CURRENCY` for a code that is not ISO 4217
 * @example
 * ```ts
 * minorUnits('JPY');
 * //=> 0
 * ```
 */
export function minorUnits(code: string, path: ErrorPath = []): number {
  requirePath(path);
  const units = isCurrencyCode(code) ? MINOR_UNITS[code] : undefined;
  if (units === undefined) {
    throw new CrmRulesError(
      'UNKNOWN_CURRENCY',
      'expected an ISO 4217 currency code such as USD or CNY',
      { path, value: code },
    );
  }
  return units;
}

/**
 * Like {@link minorUnits}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeMinorUnits(null).success;
 * //=> false
 * ```
 */
export function safeMinorUnits(code: string, path: ErrorPath = []): SafeResult<number> {
  return attempt(() => minorUnits(code, path));
}

/**
 * Schema of an ISO 4217 currency code.
 *
 * @example
 * ```ts
 * CurrencyCode.safeParse('usd').success;
 * //=> false
 * ```
 */
export const CurrencyCode = /* @__PURE__ */ englishByDefault(() =>
  z.string().check(
    z.refine(isCurrencyCode, {
      message: 'expected an ISO 4217 currency code such as USD or CNY',
      params: { code: 'UNKNOWN_CURRENCY' },
    }),
  ),
);
/** An ISO 4217 currency code such as `USD`. */
export type CurrencyCode = z.infer<typeof CurrencyCode>;
