import type { AgingLine } from '../../AgingReport';
import type { Finding, Severity } from '../../Finding';
import type { AgingPolicy } from '../../policies';
import { findingMaker } from '../findings/makeFinding';

const block = findingMaker('receivables.overdue.block');
const warning = findingMaker('receivables.overdue.warning');

/**
 * A customer's overdue finding: `receivables.overdue.block` when its oldest open item is more
 * than `blockAfterDays` past due, else `receivables.overdue.warning` when more than
 * `warnAfterDays`; none otherwise.
 */
export function overdueFinding(
  line: AgingLine,
  policy: AgingPolicy,
  context: { asOf: string; currency: string },
): Finding | undefined {
  const oldest = line.oldest;
  if (oldest === null) return undefined;
  const days = oldest.daysPastDue;
  let severity: Severity;
  let threshold: number;
  if (days > policy.blockAfterDays) {
    severity = 'block';
    threshold = policy.blockAfterDays;
  } else if (days > policy.warnAfterDays) {
    severity = 'warning';
    threshold = policy.warnAfterDays;
  } else return undefined;
  const evidence = {
    customerId: line.id,
    currency: context.currency,
    invoiceId: oldest.invoiceId,
    dueDate: oldest.dueDate,
    oldestDays: String(days),
    thresholdDays: String(threshold),
    oldestOpen: oldest.open,
    overdue: line.overdue,
    open: line.open,
  };
  const trace = [
    {
      code: 'risk.aging.oldest',
      params: {
        invoiceId: oldest.invoiceId,
        dueDate: oldest.dueDate,
        asOf: context.asOf,
        oldestDays: days,
        warnAfterDays: policy.warnAfterDays,
        blockAfterDays: policy.blockAfterDays,
      },
    },
  ];
  return (severity === 'block' ? block : warning)(
    severity,
    { kind: 'customer', id: line.id },
    evidence,
    trace,
  );
}
