import type { CheckKey } from '../policy/sectionSchemas';
import type { ResolvedSection, RunContext } from './RunContext';

/** Customers that share a check's section. */
export interface SectionGroup {
  readonly section: ResolvedSection;
  readonly customerIds: string[];
}

/**
 * Internal: the customers of the run grouped by the section of `check` that applies to them
 * (same layers → same section), so a check that takes many customers runs once per group.
 * Customers whose check is disabled are left out; groups in the order of their layers' names.
 */
export function groupBySection(context: RunContext, check: CheckKey): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  for (const id of [...context.facts.customers.keys()].sort()) {
    const section = context.sectionFor(check, id);
    if (section === null) continue;
    const key = section.layers.join('\u0000');
    const group = groups.get(key) ?? { section, customerIds: [] };
    group.customerIds.push(id);
    groups.set(key, group);
  }
  return [...groups.keys()].sort().map((key) => groups.get(key) as SectionGroup);
}
