import type { z } from 'zod';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import { LOCALES, type Locale } from '../explain';
import { barrierFindingsOf } from './_lib/trade/barrierFindingsOf';
import type { Finding } from './Finding';
import { ScreeningPolicy } from './ScreeningPolicy';
import { TradeShipment } from './TradeShipment';

/** Options of {@link checkTradeBarriers}. */
export interface CheckTradeBarriersOptions {
  /** The language of the findings' messages (default `en`). */
  readonly locale?: Locale | undefined;
}

/**
 * Checks a shipment against the trade barriers of a policy (the caller's restricted countries and
 * HS-code prefixes; the library ships no list): `trade.country.restricted` when the destination
 * is restricted, `trade.country.restricted.transit` for each restricted transit country (a
 * transit country equal to the destination is reported once), and — when the policy's
 * `countryRoles` name them (by default only the destination and transit countries are checked)
 * — `trade.country.restricted.origin` for a restricted country of origin and
 * `trade.country.restricted.loading` for a port of loading in a restricted country (evidence
 * `port`; a port in the country of origin is reported once, as the origin). The evidence's
 * `role` (`destination`, `transit`, `origin`, `loading`) names the side that matched.
 * `trade.hs-code.restricted` for each line
 * whose HS code starts with a restricted prefix — when several prefixes match a line, the longest
 * one's rule applies, so a narrow exception (`'847130'`, warning) can soften a broad chapter
 * (`'8471'`, block). Severity and reason come from the matching rule. The policy is taken as it
 * is: choose the version in force (its `effectiveFrom` / `effectiveTo`) before the call. Findings
 * come ordered by severity, then code, line and country.
 *
 * @param shipment - the order's destination, transit countries and lines' HS codes
 * @param policy - a {@link ScreeningPolicy}
 * @param options - `locale` of the messages
 * @returns the findings, empty when nothing is restricted
 * @throws CrmRulesError `INVALID_INPUT` at `['shipment', …]` or `['policy', …]` for malformed
 * input (an HS code with dots, an unknown country, a line id used twice, a country listed twice),
 * at `['options', 'locale']` for an unknown locale
 * @example
 * ```ts
 * const policy = {
 *   effectiveFrom: '2026-01-01',
 *   restrictedCountries: [{ country: 'KP', reason: 'UN sanctions' }],
 *   restrictedHsCodes: [
 *     { prefix: '8471', reason: 'export licence needed' },
 *     { prefix: '847130', severity: 'warning', reason: 'laptops: licence exception' },
 *   ],
 * };
 * const findings = checkTradeBarriers(
 *   { orderId: 'SO-7', destinationCountry: 'DE', transitCountries: ['KP'],
 *     lines: [{ lineId: '1', hsCode: '847130' }, { lineId: '2', hsCode: '847150' }, { lineId: '3', hsCode: '841370' }] },
 *   policy,
 * );
 * findings.map((f) => `${f.severity} ${f.code} ${f.evidence.line ?? f.evidence.country}`);
 * //=> ['block trade.country.restricted.transit KP', 'block trade.hs-code.restricted 2', 'warning trade.hs-code.restricted 1']
 * findings[1]?.message;
 * //=> 'order SO-7 line 2: HS code 847150 falls under the restricted prefix 8471 (export licence needed)'
 * ```
 */
export function checkTradeBarriers(
  shipment: TradeShipment,
  policy: z.input<typeof ScreeningPolicy>,
  options: CheckTradeBarriersOptions = {},
): Finding[] {
  const locale = options?.locale ?? 'en';
  if (!(LOCALES as readonly unknown[]).includes(locale))
    throw new CrmRulesError('INVALID_INPUT', `expected a locale: ${LOCALES.join(', ')}`, {
      path: ['options', 'locale'],
      value: locale,
    });
  const parsedShipment = parseWith(TradeShipment, shipment, { path: ['shipment'] });
  const parsedPolicy = parseWith(ScreeningPolicy, policy, { path: ['policy'] });
  return barrierFindingsOf(parsedShipment, parsedPolicy, locale);
}

/**
 * Like {@link checkTradeBarriers}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeCheckTradeBarriers(
 *   { orderId: 'SO-1', destinationCountry: 'DE', lines: [{ lineId: '1', hsCode: '8413.70' }] },
 *   { effectiveFrom: '2026-01-01' },
 * ).error?.path;
 * //=> ['shipment', 'lines', 0, 'hsCode']
 * ```
 */
export function safeCheckTradeBarriers(
  shipment: TradeShipment,
  policy: z.input<typeof ScreeningPolicy>,
  options: CheckTradeBarriersOptions = {},
): SafeResult<Finding[]> {
  return attempt(() => checkTradeBarriers(shipment, policy, options));
}
