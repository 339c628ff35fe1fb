import { checkPricing } from '../../../checkPricing';
import type { Finding } from '../../../Finding';
import type { RunContext } from '../context/RunContext';
import { withLayers } from '../context/withLayers';

/**
 * Internal: the pricing floors of each order still to be fulfilled (`open` or `confirmed`,
 * dated on or before `asOf`), under its customer's section.
 */
export function runPricing(context: RunContext): Finding[] {
  const findings: Finding[] = [];
  const version = context.policy.effectiveFrom;
  for (const order of context.facts.orders) {
    if (order.status !== 'open' && order.status !== 'confirmed') continue;
    if (order.orderDate > context.asOf) continue;
    const section = context.sectionFor('pricing', order.customerId);
    if (section === null) continue;
    const policy = section.input as Parameters<typeof checkPricing>[1];
    for (const f of checkPricing(order, policy))
      findings.push(withLayers(f, 'pricing', version, section.layers));
  }
  return findings;
}
