import type { z } from 'zod';
import { type Locale, renderStep } from '../../../explain';
import type { Finding } from '../../Finding';
import { riskCatalog } from '../../riskCatalog';
import type { ScreeningPolicy } from '../../ScreeningPolicy';
import type { TradeShipment } from '../../TradeShipment';

type Shipment = z.output<typeof TradeShipment>;

/**
 * Internal: `trade.country.restricted.origin` for a restricted country of origin and
 * `trade.country.restricted.loading` for a port of loading in a restricted country (evidence
 * `role`, `country`, `port`), each when the policy's `countryRoles` name its side. A port in the
 * country of origin is reported once, as the origin, when both sides are checked.
 */
export function originFindings(
  shipment: Shipment,
  policy: ScreeningPolicy,
  locale: Locale,
): Finding[] {
  const roles = policy.countryRoles;
  const out: Finding[] = [];
  const add = (code: string, country: string, evidence: Record<string, string>) => {
    const rule = policy.restrictedCountries.find((r) => r.country === country);
    if (rule === undefined) return;
    const full = { order: shipment.orderId, ...evidence, country, reason: rule.reason };
    if (shipment.customerId !== undefined) Object.assign(full, { customerId: shipment.customerId });
    out.push({
      code,
      severity: rule.severity,
      subject: { kind: 'order', id: shipment.orderId },
      evidence: full,
      message: renderStep({ code, params: full }, { locale, catalog: riskCatalog }),
    });
  };
  const origin = roles.includes('origin') ? shipment.originCountry : undefined;
  if (origin !== undefined) add('trade.country.restricted.origin', origin, { role: 'origin' });
  const port = roles.includes('loading') ? shipment.portOfLoading : undefined;
  const portCountry = port?.slice(0, 2);
  if (port !== undefined && portCountry !== undefined && portCountry !== origin)
    add('trade.country.restricted.loading', portCountry, { role: 'loading', port });
  return out;
}
