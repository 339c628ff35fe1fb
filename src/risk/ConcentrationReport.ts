import type { Finding } from './Finding';

/** A customer among the top N: its revenue and its share in percent (2 places, half up). */
export interface TopCustomer {
  readonly customerId: string;
  readonly revenue: string;
  readonly sharePercent: string;
}

/**
 * Concentration of one scope (the company, or one account manager's book): revenue, customers
 * with positive revenue, HHI = Σ (share in percent)² (0–10,000, rounded half up to 2 places),
 * and the top N customers with their combined share.
 */
export interface ConcentrationFigures {
  readonly revenue: string;
  readonly customers: number;
  readonly hhi: string | null;
  readonly topN: number;
  readonly topSharePercent: string | null;
  readonly top: readonly TopCustomer[];
}

/** One account manager's book: its concentration, its share of company revenue, its customers. */
export interface ManagerConcentration extends ConcentrationFigures {
  readonly managerId: string;
  readonly shareOfRevenuePercent: string | null;
  /** Distinct customers with rows under the manager (capacity). */
  readonly customerCount: number;
}

/** What {@link measureConcentration} returns. */
export interface ConcentrationReport {
  readonly currency: string;
  readonly company: ConcentrationFigures;
  readonly managers: readonly ManagerConcentration[];
  readonly findings: readonly Finding[];
}
