import { CrmRulesError, parseWith } from '../../../../errors';
import type { Finding } from '../../../Finding';
import { ScreeningPolicy } from '../../../ScreeningPolicy';
import { screenParties } from '../../../screenParties';
import { groupBySection } from '../context/groupBySection';
import type { RunContext } from '../context/RunContext';
import { withLayers } from '../context/withLayers';

/** Internal: each customer screened against the denied-party list, once per group of customers. */
export function runScreening(context: RunContext): Finding[] {
  const groups = groupBySection(context, 'screening');
  if (groups.length === 0) return [];
  const list = context.screeningList;
  if (list === undefined)
    throw new CrmRulesError(
      'INVALID_INPUT',
      'screening runs: pass a list made by buildScreeningList',
      {
        path: ['options', 'screeningList'],
        value: list,
      },
    );
  const findings: Finding[] = [];
  const version = context.policy.effectiveFrom;
  for (const { section, customerIds } of groups) {
    const policy = parseWith(ScreeningPolicy, section.input, {
      path: ['policy', 'checks', 'screening'],
    });
    const parties = customerIds.map((id) => {
      const customer = context.facts.customers.get(id);
      return {
        id,
        name: customer?.name ?? id,
        kind: 'customer' as const,
        country: customer?.country,
      };
    });
    for (const f of screenParties(parties, list, policy))
      findings.push(withLayers(f, 'screening', version, section.layers));
  }
  return findings;
}
