import type { TraceStep } from '../../../explain';
import { Decimal } from '../../../money';
import type { Finding, RiskSubject, Severity } from '../../Finding';
import type { CreditPolicy } from '../../policies';
import { amountText, percentText } from '../findings/amountText';
import { makeFinding } from '../findings/makeFinding';
import { creditTrace } from './creditTrace';
import { type CreditPosition, exposureTotals } from './exposureTotals';

const ZERO = new Decimal(0);

/**
 * The credit finding of a position: `credit.limit.exceeded` (block) when exposure × 100 >
 * limit × `blockAtPercent`, else `credit.limit.warning` when exposure × 100 ≥ limit ×
 * `warnAtPercent`, else `credit.limit.ok` (info). Compared exactly, by cross-multiplication; a
 * non-positive exposure is always `ok`. The utilisation percent is for reading only.
 */
export function judgeCredit(
  position: CreditPosition,
  context: { policy: CreditPolicy; currency: string; horizonEnd: string | undefined },
  subject: RiskSubject,
  fxSteps: readonly TraceStep[],
): Finding {
  const { policy, currency } = context;
  const totals = exposureTotals(position, policy);
  const { exposure, limit } = totals;
  const money = (amount: Decimal) => amountText(amount, currency);
  const scaled = exposure.times(100);
  const severity: Severity =
    exposure.gt(0) && scaled.gt(limit.times(policy.blockAtPercent))
      ? 'block'
      : exposure.gt(0) && scaled.gte(limit.times(policy.warnAtPercent))
        ? 'warning'
        : 'info';
  const code = {
    block: 'credit.limit.exceeded',
    warning: 'credit.limit.warning',
    info: 'credit.limit.ok',
  }[severity];
  const utilisation = percentText(exposure, limit);
  const evidence: Record<string, string> = {
    customerId: position.customerId,
    currency,
    check: policy.check,
    receivables: money(position.receivables),
    unbilledOrders: money(totals.unbilledOrders),
    unbilledDeliveries: money(totals.unbilledDeliveries),
    order: money(position.order),
    exposure: money(exposure),
    limit: money(limit),
    excess: money(Decimal.max(ZERO, exposure.minus(limit))),
    available: money(limit.minus(exposure)),
    warnAtPercent: policy.warnAtPercent,
    blockAtPercent: policy.blockAtPercent,
    ...(utilisation === null ? {} : { utilisationPercent: utilisation }),
  };
  const trace = [...fxSteps, ...creditTrace(position, totals, evidence, context)];
  return makeFinding(code, severity, subject, evidence, trace);
}
