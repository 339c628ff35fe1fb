import type { AccountManager } from '../../../model';
import type { Period } from '../../../period';
import type { CommissionState } from '../../model/CommissionState';
import type { KpiScore } from '../../model/KpiScore';
import type { ManualAdjustment } from '../../model/ManualAdjustment';
import type { PayeeAssignment } from '../../model/PayeeAssignment';
import type { PayeeState } from '../../model/PayeeState';
import type { EventBase } from '../events/CreditEvent';
import type { DatedList } from '../exact/datedList';
import type { Arithmetic } from '../exact/num';
import type { CompiledPlan } from '../plan/compilePlan';
import type { FxCache } from './fxCache';
import type { SplitIndex } from './splitIndex';

/** Internal: the versions of one plan. */
export interface PlanHistory {
  readonly id: string;
  readonly versions: DatedList<CompiledPlan & { effectiveFrom: string; effectiveTo?: string }>;
}

/** Internal: an assignment with its resolved plan and statement currency. */
export interface AssignmentInfo {
  readonly assignment: PayeeAssignment;
  readonly index: number;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly history: PlanHistory;
  readonly currency: string;
}

/** Internal: what the run knows about one payee. */
export interface PayeeInfo {
  readonly id: string;
  readonly record: AccountManager | null;
  readonly recordIndex: number;
  readonly assignments: DatedList<AssignmentInfo>;
}

/** Internal: everything a run needs besides the documents, validated. */
export interface RunContext {
  readonly period: Period;
  /** The period's last day. */
  readonly lastDay: string;
  /** The plan year of the period by plan calendar (`null`: calendar years), filled on first use. */
  readonly planYears: Map<object | null, string>;
  readonly arithmetic: Arithmetic;
  readonly plans: ReadonlyMap<string, PlanHistory>;
  readonly payees: ReadonlyMap<string, PayeeInfo>;
  readonly splits: SplitIndex;
  readonly fx: FxCache;
  readonly kpiScores: ReadonlyMap<string, { readonly score: KpiScore; readonly index: number }>;
  readonly adjustments: ReadonlyMap<
    string,
    ReadonlyArray<{ readonly adjustment: ManualAdjustment; readonly index: number }>
  >;
  readonly bases: ReadonlySet<EventBase>;
  readonly state: CommissionState;
  readonly payeeStates: ReadonlyMap<string, PayeeState>;
}

export type { SplitInfo } from './SplitStore';
export type { SplitEntry, SplitIndex, SplitLines } from './splitIndex';

/** Internal: the key of a KPI score. */
export function scoreKey(payeeId: string, kpi: string): string {
  return `${payeeId}\u0000${kpi}`;
}
