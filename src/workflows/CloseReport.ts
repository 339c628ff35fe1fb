import type { Statement } from '../commission';
import type { GradingResult, MovementReport } from '../grading';
import type { KpiMeasures, KpiScoreRecord, RankedScore, ScorecardResult } from '../kpi';
import type { RiskRunReport } from '../risk';

/**
 * The company's rules a close applies, as stored JSON (validated by each area): the grade policy
 * (`GradePolicy`, one version or a list), the scorecard (`Scorecard`, one version or a list),
 * the commission plans with who is on them (`CommissionPlan`, `PayeeAssignment`; a plan's KPI
 * bonus names the scorecard id as its `kpi`) and the risk policy (`RiskPolicy`, one version or a
 * list) with the country groups its layers name.
 */
export interface CloseRules {
  readonly gradePolicy: unknown;
  readonly scorecard: unknown;
  readonly commission: {
    /** `CommissionPlan` versions as stored JSON (validated by `computeStatements`). */
    readonly plans: readonly unknown[];
    readonly assignments: readonly unknown[];
  };
  readonly riskPolicy: unknown;
  readonly countryGroups?: readonly unknown[];
}

/**
 * What {@link closeBooks} closes: the `period` label (`2026-Q3`, `2026-07`, calendar periods), the
 * company's `baseCurrency`, its {@link CloseRules}, and the inputs a store does not hold:
 * `fxRates` (`FxRate`), `manualKpis` (the `manual` values of `measureKpis`: `{ managerId, kpi,
 * value, source }` of this period), the denied-party `screeningList` (`ScreeningEntry`) and
 * `contractReviews` (`ContractReview`, read by the contract and terms checks instead of the
 * store's contracts when given). `closed: true` stores the results as closed (immutable) records.
 */
export interface CloseBooksInput {
  readonly period: string;
  readonly baseCurrency: string;
  readonly rules: CloseRules;
  readonly fxRates?: readonly unknown[];
  readonly manualKpis?: readonly unknown[];
  readonly screeningList?: readonly unknown[];
  readonly contractReviews?: readonly unknown[];
  readonly closed?: boolean;
}

/** One account manager's scored scorecard. */
export interface ManagerScore {
  readonly managerId: string;
  readonly result: ScorecardResult;
}

/** How many records a close stored: `created`, `replaced`, `unchanged` (identical: a no-op). */
export interface StoredCounts {
  readonly created: number;
  readonly replaced: number;
  readonly unchanged: number;
}

/**
 * What {@link closeBooks} returns: the period's dates, every area's result as that area returns
 * it, the KPI leaderboard, the commission total per payee, and what was stored.
 */
export interface CloseReport {
  readonly period: {
    readonly label: string;
    readonly start: string;
    /** The exclusive end. */
    readonly end: string;
    /** The label of the period before, whose stored grades the movements compare with. */
    readonly previous: string;
  };
  /** The period's last day: the cut-off of grades, cash and risk. */
  readonly asOf: string;
  readonly baseCurrency: string;
  readonly grading: {
    readonly result: GradingResult;
    /** Against the previous period's stored grades, else each customer's `grade` in the store. */
    readonly movements: MovementReport;
  };
  readonly kpi: {
    readonly measures: KpiMeasures;
    readonly scorecards: readonly ManagerScore[];
    /** The scorecard totals ranked, highest first. */
    readonly leaderboard: readonly RankedScore[];
    /** The scores handed to commission (`toKpiScores`). */
    readonly kpiScores: readonly KpiScoreRecord[];
  };
  readonly commission: { readonly statements: readonly Statement[] };
  readonly risk: RiskRunReport;
  readonly stored: StoredCounts;
}
