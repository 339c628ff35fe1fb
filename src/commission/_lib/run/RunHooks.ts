import type { RunControl } from '../../../errors/_lib/runControl';
import type { Statement } from '../../model/Statement';
import type { LedgerEntry } from '../input/buildLedger';
import type { PayeeRun } from '../payee/PayeeRun';
import type { RunContext } from '../prepare/RunContext';

/** Internal: the outcome of a period run: statements and the per-payee runs behind them. */
export interface PeriodRun {
  readonly statements: Statement[];
  readonly ledger: ReadonlyMap<string, LedgerEntry>;
  readonly ctx: RunContext;
}

/** Internal: what a caller may add to a period run. */
export interface RunHooks {
  /** Adds lines to a payee's run after its earning lines, before the timing steps. */
  readonly adjust?: (run: PayeeRun) => void;
  /** `false` to stop after the earning lines (recalculating a closed period). */
  readonly timing?: boolean;
  /** Called with each payee's finished run and statement, before the run is released. */
  readonly after?: (run: PayeeRun, statement: Statement) => void;
  /**
   * `eager` keeps every line as it is computed; `lazy` (default) builds lines on first read;
   * `payouts` builds them on first read too, but notes what each credit paid per source line
   * (`PayeeRun.paidLines`: what a close's payout records need). The decimal.js reference run
   * (`referenceRun`) takes `payouts` as `eager`.
   */
  readonly lines?: 'eager' | 'lazy' | 'payouts';
  /**
   * The caller's signal and progress callback: the run reports its stages `read` (documents; only
   * when it reads them itself), `credit` (events) and `statements` (payees) and stops at an abort.
   */
  readonly control?: RunControl;
}
