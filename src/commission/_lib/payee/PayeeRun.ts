import type { Decimal } from '../../../money';
import type { PayeeState } from '../../model/PayeeState';
import type { PlanRounding } from '../../model/PlanPolicies';
import type { CreditEvent } from '../events/CreditEvent';
import type { Num } from '../exact/num';
import type { DocumentIndex } from '../input/documentIndex';
import type { Documents } from '../input/readDocuments';
import type { CompiledPlan } from '../plan/compilePlan';
import type { FxWhen } from '../prepare/fxCache';
import type { AssignmentInfo, PayeeInfo, RunContext } from '../prepare/RunContext';
import type { TierNum } from '../pricing/TierNum';
import type { Draft } from './Draft';
import type { PaidLine, PayoutUpdate, YearShare } from './PaidTrack';

/** Internal: one payee's statement while it is computed. */
export interface PayeeRun {
  readonly ctx: RunContext;
  /** `totals`: credit lines only add to the totals; `lines`: every line is kept as a draft. */
  readonly mode: 'totals' | 'lines';
  /** Whether earned lines are summed by invoice or order (pay-on-collection timing). */
  readonly tracksBasis: boolean;
  /** In `totals` mode, the sum of the credit lines (statement currency) and their count. */
  creditTotal: Num;
  creditLines: number;
  /**
   * In `totals` mode, told of every line a credit earns (its plan component for a commission
   * line, else null, and its rounded amount) while a close notes what each source line paid.
   */
  onPaid: ((component: string | null, paid: Num) => void) | null;
  /** Earned amounts per payment basis (`invoice:ID`, `order:ID`), for deferral and release. */
  readonly basisSums: Map<string, Num>;
  readonly docs: Documents;
  readonly index: DocumentIndex;
  readonly payee: PayeeInfo;
  /** The assignment and plan version of the period's last assigned day (period-level steps). */
  readonly assignment: AssignmentInfo;
  readonly version: CompiledPlan;
  /** The statement currency and its minor unit. */
  readonly currency: string;
  readonly scale: number;
  readonly rounding: PlanRounding;
  /** The period quota in the plan currency, if any. */
  readonly quota: Num | null;
  /** The carried state when it belongs to this plan year, else `null`. */
  readonly carried: PayeeState | null;
  readonly planYear: string;
  /** Credited base this period, plan currency (attainment). */
  credited: Num;
  /** The attainment last worked out (and as text, to 4 places), and the credited base it is of. */
  attained: {
    readonly of: Num;
    readonly percent: Decimal | null;
    readonly text: string | null;
  } | null;
  /** The running tier measure per component id, plan currency. */
  readonly running: Map<string, Num>;
  /** The running units per component id (`attainment` tiers on a `quantity` plan). */
  readonly runningUnits: Map<string, Num>;
  /** Component earnings this period per component id, payee currency (rounded unless statement rounding). */
  readonly sums: Map<string, Num>;
  /** Component earnings before period modifiers, per component id, payee currency. */
  readonly earnedBeforeModifiers: Map<string, Num>;
  /** SPIFF earnings per SPIFF id, plan currency, including what the state carried. */
  readonly spiffTotals: Map<string, Num>;
  /** Multiplier true-ups paid this period per component id. */
  readonly multipliers: Map<string, Num>;
  /** The plan versions the credit lines used. */
  readonly versionsUsed: Set<CompiledPlan>;
  /** What this period reversed and clawed back on each payout record (by `payoutKey`). */
  readonly payoutUpdates: Map<string, PayoutUpdate>;
  /**
   * Per component: the plan-year gross and multiplier this period's clawbacks took back from
   * source lines paid earlier in the plan year (out of the carried figures, see `PayoutRecord.year`).
   */
  readonly yearTakenBack: Map<string, YearShare>;
  /**
   * Per invoice held back for non-payment (see `PayeeState.unpaid`): the document amount this
   * period's credit notes took off its unpaid part (no clawback line: that commission is held).
   */
  readonly forfeits: Map<string, Num>;
  /**
   * Per invoice held back for non-payment: the document amount this period's credit notes took
   * off its unpaid part under a plan that keeps commission on them (`clawback.returns` or
   * `cancellations` off) — settled like a payment, so its commission is paid back.
   */
  readonly settles: Map<string, Num>;
  /**
   * What the credits priced without lines paid per source line (a close that builds its lines
   * lazily, see `PaidTrack`), set when the run is taken from the column run; else null.
   */
  paidLines: readonly PaidLine[] | null;
  /** The timing state after this period, set by the timing steps. */
  next: TimingState | null;
  readonly tierCache: Map<object, readonly TierNum[]>;
  readonly drafts: Draft[];
}

/** Internal: the carried timing figures of a payee after a period. */
export interface TimingState {
  readonly drawBalance: Num;
  readonly scheduled: PayeeState['scheduled'];
  readonly deferred: PayeeState['deferred'];
  readonly unpaid: PayeeState['unpaid'];
}

/** Internal: the date (or range) a conversion of an event's line uses under a plan's FX policy. */
export function lineWhen(run: PayeeRun, version: CompiledPlan, event: CreditEvent): FxWhen {
  switch (version.plan.fx.policy) {
    case 'document-date':
      return { date: event.docDate };
    case 'payment-date':
      // A reversal (credit note) converts where its original did: at the original's date; a
      // refund of collected cash at the date of the payment it takes back.
      return {
        date: event.base === 'reversal' ? event.docDate : (event.reverses?.paidOn ?? event.date),
      };
    case 'period-end':
      return { date: run.ctx.lastDay };
    case 'period-average':
      return { start: run.ctx.period.start, end: run.ctx.period.end };
  }
}

/** Internal: the date (or range) period-level amounts convert at. */
export function periodWhen(run: PayeeRun): FxWhen {
  return run.version.plan.fx.policy === 'period-average'
    ? { start: run.ctx.period.start, end: run.ctx.period.end }
    : { date: run.ctx.lastDay };
}
