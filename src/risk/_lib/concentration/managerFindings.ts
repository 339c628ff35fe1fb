import type { Decimal } from '../../../money';
import type { ConcentrationFigures } from '../../ConcentrationReport';
import type { Finding } from '../../Finding';
import type { ConcentrationPolicy } from '../../policies';
import { percentText } from '../findings/amountText';
import { makeFinding } from '../findings/makeFinding';
import type { ConcentrationSums } from './concentrationOf';

/**
 * A manager's share of company revenue and customer count, and their findings:
 * `concentration.manager.share` (warning) when 100 × manager revenue ≥ `managerShareWarnPercent`
 * × company revenue; `concentration.manager.capacity` (warning) when the manager has more than
 * `maxCustomersPerManager` customers.
 */
export function managerFindings(
  managerId: string,
  customerCount: number,
  own: { figures: ConcentrationFigures; sums: ConcentrationSums },
  companyTotal: Decimal,
  policy: ConcentrationPolicy,
): {
  figures: { shareOfRevenuePercent: string | null; customerCount: number };
  findings: Finding[];
} {
  const share = percentText(own.sums.total, companyTotal);
  const subject = { kind: 'account-manager', id: managerId } as const;
  const trace = [
    {
      code: 'risk.concentration.manager',
      params: {
        managerId,
        revenue: own.figures.revenue,
        companyRevenue: companyTotal.toFixed(),
        sharePercent: share,
        customers: customerCount,
      },
    },
  ];
  const findings: Finding[] = [];
  const limit = policy.managerShareWarnPercent;
  if (
    limit !== undefined &&
    share !== null &&
    own.sums.total.times(100).gte(companyTotal.times(limit))
  )
    findings.push(
      makeFinding(
        'concentration.manager.share',
        'warning',
        subject,
        { managerId, sharePercent: share, threshold: limit, revenue: own.figures.revenue },
        trace,
      ),
    );
  const capacity = policy.maxCustomersPerManager;
  if (capacity !== undefined && customerCount > capacity)
    findings.push(
      makeFinding(
        'concentration.manager.capacity',
        'warning',
        subject,
        { managerId, customers: String(customerCount), threshold: String(capacity) },
        trace,
      ),
    );
  return { figures: { shareOfRevenuePercent: share, customerCount }, findings };
}
