import { CrmRulesError } from '../../../../errors';
import { checkTradeBarriers } from '../../../checkTradeBarriers';
import type { Finding } from '../../../Finding';
import { ScreeningPolicy } from '../../../ScreeningPolicy';
import { barrierFindingsOf } from '../../trade/barrierFindingsOf';
import { derivedShipment } from '../../trade/derivedShipment';
import type { RunContext } from '../context/RunContext';
import { sectionPolicy } from '../context/sectionPolicy';
import { withLayers } from '../context/withLayers';

/**
 * Internal: each shipment of `facts.shipments` against the restricted countries and HS codes,
 * under the section of the customer of its order (the base section when the order is unknown).
 * Without a `shipments` stream, the shipments are derived from the orders still to be fulfilled
 * (`open` or `confirmed`, dated on or before `asOf`; see `derivedShipment`); such an order of a
 * customer not among the facts is `INVALID_INPUT`. A `shipments` stream, even empty, wins.
 */
export function runTradeBarriers(context: RunContext): Finding[] {
  if (context.policy.checks.tradeBarriers === undefined) return [];
  const shipments = context.facts.raw.shipments;
  if (shipments === undefined) return fromOrders(context);
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

function fromOrders(context: RunContext): Finding[] {
  const findings: Finding[] = [];
  const version = context.policy.effectiveFrom;
  context.facts.orders.forEach((order, i) => {
    if (order.status !== 'open' && order.status !== 'confirmed') return;
    if (order.orderDate > context.asOf) return;
    const customer = context.customer(order.customerId);
    if (customer === undefined)
      throw new CrmRulesError('INVALID_INPUT', `no customer ${order.customerId} among the facts`, {
        path: ['facts', 'orders', i, 'customerId'],
        value: order.customerId,
      });
    const section = context.sectionFor('tradeBarriers', customer.id);
    if (section === null) return;
    const path = ['policy', 'checks', 'tradeBarriers'];
    const policy = sectionPolicy(section, ScreeningPolicy, path);
    for (const f of barrierFindingsOf(derivedShipment(order, customer), policy, 'en'))
      findings.push(withLayers(f, 'tradeBarriers', version, section.layers));
  });
  return findings;
}
