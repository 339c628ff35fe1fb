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
 * Internal: `trade.country.restricted` for the destination and `trade.country.restricted.transit`
 * for each distinct transit country, so a finding renders from its own code and evidence.
 */
export function countryFindings(
  shipment: Shipment,
  policy: ScreeningPolicy,
  locale: Locale,
): Finding[] {
  const rules = new Map(policy.restrictedCountries.map((rule) => [rule.country, rule]));
  const out: Finding[] = [];
  const destination = rules.get(shipment.destinationCountry);
  if (destination !== undefined)
    out.push(
      finding(
        'trade.country.restricted',
        'trade.country.restricted',
        destination,
        shipment,
        {
          role: 'destination',
          country: destination.country,
        },
        locale,
      ),
    );
  const transit = new Set(shipment.transitCountries);
  transit.delete(shipment.destinationCountry);
  for (const country of transit) {
    const rule = rules.get(country);
    if (rule !== undefined)
      out.push(
        finding(
          'trade.country.restricted.transit',
          'trade.country.restricted.transit',
          rule,
          shipment,
          {
            role: 'transit',
            country,
          },
          locale,
        ),
      );
  }
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
