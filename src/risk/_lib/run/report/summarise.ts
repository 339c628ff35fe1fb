import { Decimal } from '../../../../money';
import type { AgingReport } from '../../../AgingReport';
import type { ExposureIndex } from '../../../ExposureIndex';
import { exposureOf } from '../../../exposureOf';
import type { Finding, Severity } from '../../../Finding';
import type { RiskRunSummary } from '../../../RiskRunReport';
import { amountText } from '../../findings/amountText';

class Tally {
  findings = 0;
  readonly bySeverity: Record<Severity, number> = { block: 0, warning: 0, info: 0 };
  readonly byCode = new Map<string, number>();
  customers = 0;
  exposure = new Decimal(0);
  overdue = new Decimal(0);

  count(finding: Finding): void {
    this.findings += 1;
    this.bySeverity[finding.severity] += 1;
    this.byCode.set(finding.code, (this.byCode.get(finding.code) ?? 0) + 1);
  }

  summary(id: string, currency: string): RiskRunSummary {
    const codes = [...this.byCode.keys()].sort();
    return {
      id,
      findings: this.findings,
      bySeverity: { ...this.bySeverity },
      byCode: Object.fromEntries(codes.map((code) => [code, this.byCode.get(code) as number])),
      customers: this.customers,
      exposure: amountText(this.exposure, currency),
      overdue: amountText(this.overdue, currency),
    };
  }
}

/** Who a finding or a customer counts for: its manager (if known) and that manager's team. */
export interface Attribution {
  readonly managerOf: (finding: Finding) => string | undefined;
  readonly ownerOf: (customerId: string) => string | undefined;
  readonly teamOf: (managerId: string) => string | undefined;
}

/**
 * Internal: the summaries of a run per manager, per team and for the company: findings by
 * severity and code, customers, exposure (from the index) and overdue (from the aging report),
 * each customer counted for its owner and the owner's team.
 */
export function summarise(
  findings: readonly Finding[],
  index: ExposureIndex,
  aging: AgingReport,
  who: Attribution,
): { managers: RiskRunSummary[]; teams: RiskRunSummary[]; company: RiskRunSummary } {
  const company = new Tally();
  const managers = new Map<string, Tally>();
  const teams = new Map<string, Tally>();
  const tallies = (managerId: string | undefined): Tally[] => {
    if (managerId === undefined) return [company];
    const team = who.teamOf(managerId);
    const own = managers.get(managerId) ?? new Tally();
    managers.set(managerId, own);
    if (team === undefined) return [company, own];
    const group = teams.get(team) ?? new Tally();
    teams.set(team, group);
    return [company, own, group];
  };
  for (const finding of findings) for (const t of tallies(who.managerOf(finding))) t.count(finding);
  const overdue = new Map(aging.customers.map((line) => [line.id, line.overdue]));
  for (const customerId of index.customers.keys()) {
    const exposure = new Decimal(exposureOf(index, customerId).exposure);
    const late = new Decimal(overdue.get(customerId) ?? 0);
    for (const t of tallies(who.ownerOf(customerId))) {
      t.customers += 1;
      t.exposure = t.exposure.plus(exposure);
      t.overdue = t.overdue.plus(late);
    }
  }
  const currency = index.baseCurrency;
  const list = (map: Map<string, Tally>) =>
    [...map.keys()].sort().map((id) => (map.get(id) as Tally).summary(id, currency));
  return {
    managers: list(managers),
    teams: list(teams),
    company: company.summary('company', currency),
  };
}
