import type { z } from 'zod';
import type { Locale } from '../../../../explain';
import { renderStep } from '../../../../explain';
import type { Finding } from '../../../Finding';
import { riskCatalog } from '../../../riskCatalog';
import type {
  RestrictedCountry,
  RestrictedHsCode,
  ScreeningPolicy,
} from '../../../ScreeningPolicy';
import type { TradeShipment } from '../../../TradeShipment';

type Shipment = z.output<typeof TradeShipment>;

function finding(
  code: string,
  template: string,
  rule: RestrictedCountry | RestrictedHsCode,
  shipment: Shipment,
  evidence: Record<string, string>,
  locale: Locale,
): Finding {
  const full = { order: shipment.orderId, ...evidence, reason: rule.reason };
  if (shipment.customerId !== undefined) Object.assign(full, { customerId: shipment.customerId });
  return {
    code,
    severity: rule.severity,
    subject: { kind: 'order', id: shipment.orderId },
    evidence: full,
    message: renderStep({ code: template, params: full }, { locale, catalog: riskCatalog }),
  };
}

/**
 * Internal: the restricted-country findings on the sides the policy's `countryRoles` name —
 * `trade.country.restricted` (destination), `trade.country.restricted.transit` (each distinct
 * transit country other than the destination), `trade.country.restricted.origin` and
 * `trade.country.restricted.loading` (a port of loading in a restricted country; a port in the
 * country of origin is reported once, as the origin, when both sides are checked) — each with
 * its `role` and `country` as evidence, so a finding renders from its own code and evidence.
 */
export function countryFindings(
  shipment: Shipment,
  policy: ScreeningPolicy,
  locale: Locale,
): Finding[] {
  const roles: readonly string[] = policy.countryRoles;
  const rules = new Map(policy.restrictedCountries.map((rule) => [rule.country, rule]));
  const out: Finding[] = [];
  const add = (code: string, country: string, evidence: Record<string, string>) => {
    const rule = rules.get(country);
    if (rule !== undefined) out.push(finding(code, code, rule, shipment, evidence, locale));
  };
  const destination = shipment.destinationCountry;
  if (roles.includes('destination'))
    add('trade.country.restricted', destination, { role: 'destination', country: destination });
  const transit = new Set(roles.includes('transit') ? shipment.transitCountries : []);
  transit.delete(destination);
  for (const country of transit)
    add('trade.country.restricted.transit', country, { role: 'transit', country });
  const origin = roles.includes('origin') ? shipment.originCountry : undefined;
  if (origin !== undefined)
    add('trade.country.restricted.origin', origin, { role: 'origin', country: origin });
  const port = roles.includes('loading') ? shipment.portOfLoading : undefined;
  const portCountry = port?.slice(0, 2);
  if (port !== undefined && portCountry !== undefined && portCountry !== origin)
    add('trade.country.restricted.loading', portCountry, {
      role: 'loading',
      port,
      country: portCountry,
    });
  return out;
}

/**
 * Internal: `trade.hs-code.restricted` for each line whose HS code starts with a restricted
 * prefix; when several prefixes match, the longest (most specific) rule applies.
 */
export function hsCodeFindings(
  shipment: Shipment,
  policy: ScreeningPolicy,
  locale: Locale,
): Finding[] {
  const rules = new Map(policy.restrictedHsCodes.map((rule) => [rule.prefix, rule]));
  const out: Finding[] = [];
  for (const line of shipment.lines) {
    let rule: RestrictedHsCode | undefined;
    for (let length = line.hsCode.length; length >= 2 && rule === undefined; length -= 1)
      rule = rules.get(line.hsCode.slice(0, length));
    if (rule === undefined) continue;
    const evidence: Record<string, string> = {
      line: line.lineId,
      hsCode: line.hsCode,
      prefix: rule.prefix,
    };
    if (line.productId !== undefined) evidence.productId = line.productId;
    out.push(
      finding(
        'trade.hs-code.restricted',
        'trade.hs-code.restricted',
        rule,
        shipment,
        evidence,
        locale,
      ),
    );
  }
  return out;
}
