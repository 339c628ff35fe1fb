import type { TraceStep } from '../explain';
import type { MoneyJson } from '../money';

/** Why a manager can or cannot serve a customer (see {@link CandidateVerdict}). */
export type CandidateReason = 'eligible' | 'leaver' | 'notStarted' | 'territory' | 'rule';

/**
 * One manager's verdict for one customer: `eligible`, or why not — a `leaver`, `notStarted`
 * (hired after `asOf`), outside the customer's `territory`, or a `rule` whose `require` failed;
 * `decidedBy` names the rule or territory (`null` for a customer outside every territory).
 * Customers with the same profile share one frozen list of verdicts.
 */
export interface CandidateVerdict {
  readonly managerId: string;
  readonly eligible: boolean;
  readonly reason: CandidateReason;
  readonly decidedBy: string | null;
}

/**
 * Why the winner won: its current owner `kept`; the `leastLoaded` eligible manager with room;
 * the next eligible manager in `roundRobin` order; `balanced` — placed by the plan of
 * `balanced` mode (a min-cost flow: everyone placeable placed, counts within the tolerance,
 * fewest moves); or `rebalanced` — moved off a current owner that had room, or swapped to even
 * value loads, by `balanced` mode.
 */
export type AssignmentWhy = 'kept' | 'leastLoaded' | 'roundRobin' | 'balanced' | 'rebalanced';

/**
 * What became of a customer's current owner: `kept`; `none` (no current owner); or why not —
 * `leaver`, `notStarted`, `unknown` (not among the managers), `territory`, `rule`, `capacity`
 * (the owner was full), `unless` (the stickiness condition held), `notSticky` (the policy keeps
 * nobody), `rebalanced` (moved away to balance loads).
 */
export type OwnerOutcome =
  | 'kept'
  | 'none'
  | 'leaver'
  | 'notStarted'
  | 'unknown'
  | 'territory'
  | 'rule'
  | 'capacity'
  | 'unless'
  | 'notSticky'
  | 'rebalanced';

/**
 * Why a customer could not be placed: no manager is eligible, it is outside every territory
 * (with `outsideTerritories: 'unplaceable'`), or every eligible manager is full.
 */
export type UnplaceableReason = 'noEligibleManager' | 'outsideTerritories' | 'noCapacity';

/** One customer's assignment with its reasons. */
export interface CustomerAssignment {
  readonly customerId: string;
  readonly grade: string | null;
  /** The owner before the run (from `current`), or `null`. */
  readonly previousManagerId: string | null;
  /** The chosen manager, or `null` when unplaceable. */
  readonly managerId: string | null;
  readonly why: AssignmentWhy | null;
  readonly unplaceable: UnplaceableReason | null;
  readonly owner: OwnerOutcome;
  /** The territory the customer belongs to, or `null`. */
  readonly territory: string | null;
  /** Every manager's verdict, in manager id order (shared by customers of one profile). */
  readonly candidates: readonly CandidateVerdict[];
  readonly trace: TraceStep[];
}

/** A manager's load: customers and their value. */
export interface ManagerLoad {
  readonly customers: number;
  readonly value: MoneyJson;
}

/** One manager's load before and after the run. */
export interface ManagerAssignment {
  readonly managerId: string;
  readonly status: 'active' | 'leaver' | 'notStarted';
  readonly before: ManagerLoad;
  readonly after: ManagerLoad;
  /** The capacity that applied (`null` where unbounded). */
  readonly maxCustomers: number | null;
  readonly maxValue: MoneyJson | null;
}

/** How even the active managers' loads are after the run. */
export interface AssignmentBalance {
  /** Most minus fewest customers of an active manager, the tolerance, and whether it holds. */
  readonly customers: {
    readonly spread: number;
    readonly tolerance: number;
    readonly within: boolean;
  };
  /**
   * Largest minus smallest value load, the tolerance as a percent of the mean (or `null`), and
   * whether it holds (`null` without a tolerance).
   */
  readonly value: {
    readonly spread: MoneyJson;
    readonly tolerancePercent: string | null;
    readonly within: boolean | null;
  };
}

/** The result of `assignAccounts`. */
export interface AccountAssignment {
  readonly asOf: string;
  readonly mode: 'balanced' | 'leastLoaded' | 'roundRobin';
  /** Every customer, in id order. */
  readonly customers: readonly CustomerAssignment[];
  /** Every manager, in id order. */
  readonly managers: readonly ManagerAssignment[];
  /** The customers that could not be placed (also in `customers`, with `managerId: null`). */
  readonly unplaceable: readonly CustomerAssignment[];
  /** Customers whose manager differs from their previous owner (new customers not counted). */
  readonly moved: number;
  readonly balance: AssignmentBalance;
}
