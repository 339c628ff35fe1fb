import type { AgingReport } from '../../../AgingReport';
import { ageReceivables } from '../../../ageReceivables';
import type { ExposureIndex } from '../../../ExposureIndex';
import type { Finding } from '../../../Finding';
import { AgingPolicy } from '../../../policies';
import { overdueFinding } from '../../aging/overdueFinding';
import type { RunContext } from '../context/RunContext';
import { sectionPolicy } from '../context/sectionPolicy';
import { withLayers } from '../context/withLayers';
import { datedSection } from '../policy/sectionSchemas';

/**
 * Internal: the aging report of the run's index (buckets of the base section, the default ones
 * without it: the summaries' overdue totals do not depend on the thresholds) and, when the
 * policy has an aging section, each customer's overdue finding under its own thresholds
 * (base → country group → grade).
 */
export function runAging(
  context: RunContext,
  index: ExposureIndex,
): { report: AgingReport; findings: Finding[] } {
  const base = context.policy.checks.aging;
  const policy =
    base === undefined
      ? { effectiveFrom: context.policy.effectiveFrom }
      : datedSection(context.policy, base);
  const report = ageReceivables(index, policy as Parameters<typeof ageReceivables>[1], {
    dsoDays: context.dsoDays,
  });
  const findings: Finding[] = [];
  if (base === undefined) return { report, findings };
  const place = { asOf: index.asOf, currency: index.baseCurrency };
  for (const line of report.customers) {
    const section = context.sectionFor('aging', line.id);
    if (section === null) continue;
    const policy = sectionPolicy(section, AgingPolicy, ['policy', 'checks', 'aging']);
    const finding = overdueFinding(line, policy, place);
    if (finding !== undefined)
      findings.push(withLayers(finding, 'aging', context.policy.effectiveFrom, section.layers));
  }
  return { report, findings };
}
