import type { Customer } from '../../../../model';
import { ChurnPolicy } from '../../../DocumentPolicies';
import type { Finding } from '../../../Finding';
import { churnFindings } from '../../churn/churnFindings';
import { lastOrderDates } from '../../churn/lastOrderDates';
import { groupBySection } from '../context/groupBySection';
import type { RunContext } from '../context/RunContext';
import { sectionPolicy } from '../context/sectionPolicy';
import { withLayers } from '../context/withLayers';

/**
 * Internal: dormant and at-risk key customers, once per group of customers sharing a section —
 * judged as `checkChurn` judges them, from the run's parsed customers and orders (the last order
 * dates read once for all groups) and each section's policy parsed once.
 */
export function runChurn(context: RunContext): Finding[] {
  const findings: Finding[] = [];
  const groups = groupBySection(context, 'churn');
  if (groups.length === 0) return findings;
  const version = context.policy.effectiveFrom;
  const last = lastOrderDates(context.facts.orders, context.asOf);
  for (const { section, customerIds } of groups) {
    const customers = customerIds.map((id) => context.customer(id) as Customer);
    const policy = sectionPolicy(section, ChurnPolicy, ['policy', 'checks', 'churn']);
    for (const f of churnFindings(customers, last, policy, context.asOf, context.pAlive))
      findings.push(withLayers(f, 'churn', version, section.layers));
  }
  return findings;
}
