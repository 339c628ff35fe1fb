import type { FxTable } from '../money';
import type { ScreeningList } from './buildScreeningList';
import type { CountryGroup } from './DocumentPolicies';
import type { RiskFacts } from './RiskFacts';

/**
 * The facts {@link runRiskChecks} reads: the exposure index's documents (`customers`, `invoices`,
 * `payments`, `creditNotes`, `orders`, `deliveries`; the orders that carry `paymentTerms` also
 * feed the terms check) and, for the other checks, `managers` (`AccountManager`, for the team
 * summaries), `contracts` (a `Contract` carrying its own transport mode and clauses, or a
 * `ContractReview`, for the terms and contract checks), `fxItems` (`FxOpenItem`), `shipments`
 * (`TradeShipment`, e.g. from `tradeSubjectOf`; without this stream the trade-barrier check
 * derives each open or confirmed order's shipment from the order, its lines' `hsCode` and its
 * customer's country) and `revenue`
 * (`RevenueRow`, for concentration; default: the invoices of the `revenueDays` up to `asOf`).
 * Each stream an iterable (async iterables for {@link runRiskChecksAsync}); all optional.
 */
export interface RiskRunFacts<S = Iterable<unknown>> extends RiskFacts<S> {
  readonly managers?: S;
  readonly contracts?: S;
  readonly fxItems?: S;
  readonly shipments?: S;
  readonly revenue?: S;
}

/**
 * Options of {@link runRiskChecks}: the date (`asOf`; also picks the policy version), the
 * `baseCurrency` and `fx` table, each customer's grade (`grades`, customer id → grade id as
 * `crm-rules/grading` assigns it; default the customer's `grade`), the `countryGroups` the
 * policy's layers name (their order is the order of precedence among groups), P(alive) per
 * customer for churn (`pAlive`), the denied-party `screeningList` (made by
 * `buildScreeningList`; required when screening runs), `dsoDays` for aging (default 365) and
 * `revenueDays` for concentration (default 365).
 */
export interface RiskRunOptions {
  readonly asOf: string;
  readonly baseCurrency: string;
  readonly fx?: FxTable;
  readonly grades?: ReadonlyMap<string, string>;
  readonly countryGroups?: readonly CountryGroup[];
  readonly pAlive?: ReadonlyMap<string, number | string>;
  readonly screeningList?: ScreeningList;
  readonly dsoDays?: number;
  readonly revenueDays?: number;
}
