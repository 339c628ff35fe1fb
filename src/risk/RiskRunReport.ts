import type { Finding, Severity } from './Finding';

/**
 * The summary of a risk run for one account manager, one team or the company (`id` `company`):
 * the number of findings, by severity and by code (codes in sorted order), the customers counted,
 * and their credit exposure and overdue receivables (past due on `asOf`, whether or not the
 * aging check runs) in the base currency as exact decimal strings. A customer counts for the manager who owns it today (`Customer.ownerId`) and that
 * manager's team; a finding about an order, a contract or a shipment for the owner of its
 * customer (an order's own `ownerId`), a finding about a manager for that manager.
 */
export interface RiskRunSummary {
  readonly id: string;
  readonly findings: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byCode: Readonly<Record<string, number>>;
  readonly customers: number;
  readonly exposure: string;
  readonly overdue: string;
}

/**
 * What {@link runRiskChecks} returns: the date and base currency, the policy version applied
 * (its `effectiveFrom`), the checks that ran, every finding (ordered by severity, then subject
 * kind and id, then code, then evidence — independent of the order of the facts), and the
 * summaries per account manager, per team (both by id) and for the company.
 */
export interface RiskRunReport {
  readonly asOf: string;
  readonly baseCurrency: string;
  readonly policyVersion: string;
  readonly checks: readonly string[];
  readonly findings: readonly Finding[];
  readonly managers: readonly RiskRunSummary[];
  readonly teams: readonly RiskRunSummary[];
  readonly company: RiskRunSummary;
}
