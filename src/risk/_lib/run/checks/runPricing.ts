import { PricingPolicy } from '../../../DocumentPolicies';
import type { Finding } from '../../../Finding';
import { judgePricing } from '../../pricing/judgePricing';
import type { RunContext } from '../context/RunContext';
import { sectionPolicy } from '../context/sectionPolicy';
import { withLayers } from '../context/withLayers';

/**
 * Internal: the pricing floors of each order still to be fulfilled (`open` or `confirmed`,
 * dated on or before `asOf`), under its customer's section — judged as `checkPricing` judges
 * them, the order already parsed with the facts and each section's policy parsed once.
 */
export function runPricing(context: RunContext): Finding[] {
  const findings: Finding[] = [];
  const version = context.policy.effectiveFrom;
  for (const order of context.facts.orders) {
    if (order.status !== 'open' && order.status !== 'confirmed') continue;
    if (order.orderDate > context.asOf) continue;
    const section = context.sectionFor('pricing', order.customerId);
    if (section === null) continue;
    const policy = sectionPolicy(section, PricingPolicy, ['policy', 'checks', 'pricing']);
    for (const f of judgePricing(order, policy))
      findings.push(withLayers(f, 'pricing', version, section.layers));
  }
  return findings;
}
