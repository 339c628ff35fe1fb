import type { z } from 'zod';
import type { Locale } from '../../../explain';
import type { Finding } from '../../Finding';
import type { ScreeningPolicy } from '../../ScreeningPolicy';
import type { TradeShipment } from '../../TradeShipment';
import { countryFindings, hsCodeFindings } from '../screening/findings/barrierFindings';
import { sortFindings } from '../screening/findings/findingOrder';

/**
 * Internal: the trade-barrier findings of a parsed shipment under a parsed policy — the
 * restricted countries on the sides the policy's `countryRoles` name (destination, transit,
 * origin, port of loading) and the restricted HS codes — sorted by severity, then code, line,
 * role and country. The one judgement behind `checkTradeBarriers` and the run's derived
 * shipments (whose lines may be empty: an order without HS codes still has a destination).
 */
export function barrierFindingsOf(
  shipment: z.output<typeof TradeShipment>,
  policy: ScreeningPolicy,
  locale: Locale,
): Finding[] {
  return sortFindings(
    [...countryFindings(shipment, policy, locale), ...hsCodeFindings(shipment, policy, locale)],
    ['line', 'role', 'country'],
  );
}
