import { CrmRulesError, type ErrorPath } from '../../../errors';

/**
 * Internal: the exit guard of every numeric grading result: `value` when it is a finite number,
 * else one coded error instead of a NaN or an Infinity leaking to the caller. A non-finite
 * result means the inputs (model parameters, times, counts) are valid but so extreme that the
 * model's value leaves the range of 64-bit floating point (about 1.8e308), or its terms cancel
 * there (∞ − ∞): the input is past a limit of the arithmetic, hence `LIMIT_EXCEEDED`.
 *
 * @param value - the computed result
 * @param what - what it is, for the message (`'E[X(t)]'`)
 * @param path - the argument to blame (usually `['params']`)
 * @param input - the offending input, reported as the error's value
 * @throws CrmRulesError `LIMIT_EXCEEDED` at `path` when `value` is NaN or ±Infinity
 */
export function finiteResult(value: number, what: string, path: ErrorPath, input: unknown): number {
  if (Number.isFinite(value)) return value;
  throw new CrmRulesError(
    'LIMIT_EXCEEDED',
    `${what} is ${value} in 64-bit floating point: the inputs are too extreme for the model (results must stay finite, below about 1.8e308)`,
    { path, value: input },
  );
}
