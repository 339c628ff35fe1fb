import type { EventTable } from '../../events/table/EventTable';
import type { PaidTrack } from '../../payee/PaidTrack';
import type { PayeeRun } from '../../payee/PayeeRun';
import type { FxWhen } from '../../prepare/fxCache';
import type { RunContext } from '../../prepare/RunContext';
import type { CreditPlan } from '../creditPlan';
import type { FactKeys } from '../factKeys';

/**
 * Internal: per payee, the column run keeps one block of `stride` numbers: these fields, then the
 * accumulators (`width` values: credited, statement total, running measure per component, sum per
 * component), then their scales (−1: not set yet), then per component the tier segment the running
 * measure was last seen in (a hint for the kernel; −9 unknown).
 */
export const META = 8;
export const STATE = 0;
export const SCALE = 1;
export const ROUND = 2;
export const PLAN_CURRENCY = 3;
export const PAY_CURRENCY = 4;
export const BASIS = 5;
export const LINES = 6;
export const VERSION = 7;
/** Payee states: no statement, figures in the columns, in the run (for one credit / for good), failed. */
export const NONE = -1;
export const COLUMNS = 0;
export const IN_RUN = 1;
export const RUN = 2;
export const FAILED = 3;

/**
 * Internal: the FX rates of the last row the kernel priced (the credits of an order's lines share
 * them): its row and plan version, the document rate, and the pay rate for pay currency `pay`.
 */
export interface FxMemo {
  row: number;
  kv: unknown;
  docU: number;
  docS: number;
  pay: number;
  payU: number;
  payS: number;
}

/** Internal: what the credit kernel reads and writes of a column run. */
export interface KernelHost {
  readonly ctx: RunContext;
  readonly table: EventTable;
  readonly plan: CreditPlan;
  readonly facts: FactKeys;
  /** Payee `p`'s run (made on first use). */
  runOf(p: number): PayeeRun;
  /** Each payee's statement currency (`''` for payees without a statement). */
  readonly currencyOf: readonly string[];
  readonly block: Float64Array;
  readonly stride: number;
  readonly width: number;
  readonly components: number;
  /** The split of the planned event: safe integers (`partsOk`) at scale `partsS`. */
  readonly partsU: Float64Array;
  readonly partsS: number;
  readonly partsOk: boolean;
  readonly fxMemo: FxMemo;
  /** The FX date of a row under an FX policy code. */
  when(w: number, r: number): FxWhen;
  /** The payment basis of an event (`invoice:ID`, `order:ID`). */
  basisKey(e: number): string | undefined;
  /** Where a close notes what each credit paid (see `PaidTrack`); null otherwise. */
  readonly paid: PaidTrack | null;
}
