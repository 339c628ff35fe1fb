import { checkTradeBarriers } from '../../../checkTradeBarriers';
import type { Finding } from '../../../Finding';
import type { RunContext } from '../context/RunContext';
import { withLayers } from '../context/withLayers';

/**
 * Internal: each shipment of `facts.shipments` against the restricted countries and HS codes,
 * under the section of the customer of its order (the base section when the order is unknown).
 */
export function runTradeBarriers(context: RunContext): Finding[] {
  const shipments = context.facts.raw.shipments;
  if (shipments === undefined) return [];
  const customerOf = new Map(context.facts.orders.map((o) => [o.id, o.customerId]));
  const findings: Finding[] = [];
  const version = context.policy.effectiveFrom;
  for (const shipment of shipments) {
    const orderId = (shipment as { orderId?: unknown } | null)?.orderId;
    const customerId = typeof orderId === 'string' ? customerOf.get(orderId) : undefined;
    const section = context.sectionFor('tradeBarriers', customerId);
    if (section === null) continue;
    const policy = section.input as Parameters<typeof checkTradeBarriers>[1];
    for (const f of checkTradeBarriers(
      shipment as Parameters<typeof checkTradeBarriers>[0],
      policy,
    ))
      findings.push(withLayers(f, 'tradeBarriers', version, section.layers));
  }
  return findings;
}
