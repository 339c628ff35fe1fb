import type { DecimalInput } from '../money';

/** What a curve scores: the measured value and, for a ratio curve, the target. */
export interface CurveInput {
  /** The measured value (a decimal string, bigint, integer or decimal.js value; no floats). */
  readonly actual: DecimalInput;
  /** The target; required by `ratio` curves, ignored by the others. */
  readonly target?: DecimalInput | undefined;
}
