import type { Customer } from '../../../../model';
import { checkChurn } from '../../../checkChurn';
import type { Finding } from '../../../Finding';
import { groupBySection } from '../context/groupBySection';
import type { RunContext } from '../context/RunContext';
import { withLayers } from '../context/withLayers';

/** Internal: dormant and at-risk key customers, once per group of customers sharing a section. */
export function runChurn(context: RunContext): Finding[] {
  const findings: Finding[] = [];
  const version = context.policy.effectiveFrom;
  for (const { section, customerIds } of groupBySection(context, 'churn')) {
    const ids = new Set(customerIds);
    const customers = customerIds.map((id) => context.customer(id) as Customer);
    const orders = context.facts.orders.filter((order) => ids.has(order.customerId));
    const policy = section.input as Parameters<typeof checkChurn>[1];
    const options = {
      asOf: context.asOf,
      ...(context.pAlive === undefined ? {} : { pAlive: context.pAlive }),
    };
    for (const f of checkChurn({ customers, orders }, policy, options))
      findings.push(withLayers(f, 'churn', version, section.layers));
  }
  return findings;
}
