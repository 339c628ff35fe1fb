import * as z from 'zod';

/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes, plus `XK` (Kosovo, user-assigned but
 * used by the European Commission, SWIFT and most trade systems).
 */
const CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ ' +
  'BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM ' +
  'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS ' +
  'GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
  'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ ' +
  'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
  'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
  'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
  'VN VU WF WS YE YT ZA ZM ZW XK';

/**
 * The country codes this library accepts, in alphabetical order.
 *
 * @example
 * ```ts
 * COUNTRY_CODES.includes('CN');
 * //=> true
 * ```
 */
export const COUNTRY_CODES: readonly string[] = Object.freeze(CODES.split(' ').sort());

const KNOWN: ReadonlySet<string> = new Set(COUNTRY_CODES);

/**
 * True when `code` is an ISO 3166-1 alpha-2 country code (upper case) or `XK`.
 *
 * @param code - any value
 * @returns whether it is a known country code
 * @example
 * ```ts
 * isCountryCode('de');
 * //=> false
 * ```
 */
export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && KNOWN.has(code);
}

/**
 * Schema of an ISO 3166-1 alpha-2 country code such as `CN`, `DE` or `US`.
 *
 * @example
 * ```ts
 * CountryCode.safeParse('UK').success; // the code of the United Kingdom is GB
 * //=> false
 * ```
 */
export const CountryCode = z.string().refine(isCountryCode, {
  message: 'expected an ISO 3166-1 alpha-2 country code such as CN or DE',
});
/** An ISO 3166-1 alpha-2 country code. */
export type CountryCode = z.infer<typeof CountryCode>;
