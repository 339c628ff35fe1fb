import { dayNumberOf } from '../../../_lib/civil';
import type { Customer } from '../../../model';
import type { ChurnPolicy } from '../../DocumentPolicies';
import type { Finding } from '../../Finding';
import { documentFinding, sortFindings } from '../catalog/documentFinding';
import { pAliveOf } from './pAliveOf';

/**
 * Internal: the churn findings of parsed customers under a parsed policy, from each customer's
 * last order date (`lastOrderDates`, read once per run) — the one judgement behind `checkChurn`
 * and the run's churn check, which reads no record twice.
 */
export function churnFindings(
  customers: readonly Customer[],
  last: ReadonlyMap<string, string>,
  rules: ChurnPolicy,
  asOf: string,
  pAlive: ReadonlyMap<string, number | string> | undefined,
): Finding[] {
  const today = dayNumberOf(asOf) as number;
  const findings: Finding[] = [];
  for (const customer of customers) {
    const grade = customer.grade;
    if (grade === undefined || !rules.keyGrades.includes(grade)) continue;
    const subject = { kind: 'customer', id: customer.id } as const;
    const add = (code: Parameters<typeof documentFinding>[0], evidence: Record<string, string>) =>
      findings.push(documentFinding(code, rules.severity, subject, { grade, ...evidence }));
    const lastDate = last.get(customer.id);
    if (lastDate === undefined) add('churn.no-orders', {});
    else {
      const days = today - (dayNumberOf(lastDate) as number);
      if (days >= rules.dormantDays)
        add('churn.dormant', {
          lastOrderDate: lastDate,
          days: String(days),
          dormantDays: String(rules.dormantDays),
        });
    }
    if (rules.pAliveBelow === undefined || pAlive === undefined) continue;
    const p = pAliveOf(pAlive, customer.id);
    if (p.lt(rules.pAliveBelow))
      add('churn.p-alive.low', { pAlive: p.toFixed(), threshold: rules.pAliveBelow });
  }
  return sortFindings(findings);
}
