import type { RunOptions } from '../../errors';
import type { ComputeOptions } from './CommissionInput';
import type { CommissionState } from './CommissionState';
import type { Recalculation } from './Recalculation';
import type { Statement } from './Statement';

/**
 * Options of `closePeriod`: the engine options, `recalculate`, and a `signal` and `onProgress`
 * callback (see {@link index!RunOptions}).
 */
export interface ClosePeriodOptions extends ComputeOptions, RunOptions {
  /**
   * Closed periods to recompute with corrected data or plan versions. Their statements stay as
   * they were; the differences become `adjustment` lines in the period being closed, per payee,
   * component and source line.
   */
  readonly recalculate?: readonly Recalculation[];
}

/** What `closePeriod` returns: the period's statements and the state to carry forward. */
export interface ClosedPeriod {
  readonly statements: Statement[];
  readonly state: CommissionState;
}
