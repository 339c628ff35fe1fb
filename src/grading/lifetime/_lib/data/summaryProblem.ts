import { CrmRulesError, type ErrorPath } from '../../../../errors';

/** The cross-field rule of a BTYD summary that failed, if any. */
export interface SummaryProblem {
  readonly field: 'recency';
  readonly message: string;
}

/**
 * The cross-field rules of a BTYD summary, shared by the zod schema and the fast checks of the
 * prediction functions: `recency` ≤ `T`, and `recency` = 0 when `frequency` = 0.
 *
 * @param frequency - repeat purchases
 * @param recency - time of the last purchase
 * @param T - time observed
 * @returns the failed rule, or undefined
 * @example
 * ```ts
 * summaryProblem(0, 2, 10)?.field;
 * //=> 'recency'
 * ```
 */
export function summaryProblem(
  frequency: number,
  recency: number,
  T: number,
): SummaryProblem | undefined {
  if (recency > T) return { field: 'recency', message: 'recency must not exceed T' };
  if (frequency === 0 && recency !== 0)
    return {
      field: 'recency',
      message: 'recency must be 0 when frequency is 0 (no repeat purchase)',
    };
  return undefined;
}

/** The fields of a summary that the prediction functions read. */
export interface SummaryFields {
  readonly frequency: number;
  readonly recency: number;
  readonly T: number;
  /** Customers with this summary (default 1); read by fits and log-likelihoods, not predictions. */
  readonly count?: number | undefined;
}

/**
 * Checks one summary without zod (prediction functions run per customer, often millions of
 * times): the same rules as `BtydSummary`.
 *
 * @throws CrmRulesError `INVALID_INPUT` with path `[...path, field]`
 * @param summary - a summary from the caller
 * @param path - where it sits in the caller's input
 * @returns `summary`
 * @example
 * ```ts
 * checkSummary({ frequency: 1, recency: 2, T: 3 }, ['customer']).T;
 * //=> 3
 * ```
 */
export function checkSummary<S extends SummaryFields>(summary: S, path: ErrorPath): S {
  if (typeof summary !== 'object' || summary === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected a BTYD summary object', {
      path,
      value: summary,
    });
  const { frequency, recency, T } = summary;
  if (!Number.isSafeInteger(frequency) || frequency < 0)
    throw bad([...path, 'frequency'], 'frequency must be an integer ≥ 0', frequency);
  checkNonNegative(recency, [...path, 'recency']);
  checkNonNegative(T, [...path, 'T']);
  const problem = summaryProblem(frequency, recency, T);
  if (problem !== undefined) throw bad([...path, problem.field], problem.message, recency);
  return summary;
}

/**
 * Throws unless `value` is a finite number ≥ 0.
 *
 * @throws CrmRulesError `INVALID_INPUT` with `path`
 * @param value - the candidate
 * @param path - where it sits in the caller's input
 * @returns `value`
 * @example
 * ```ts
 * checkNonNegative(2, ['t']);
 * //=> 2
 * ```
 */
export function checkNonNegative(value: unknown, path: ErrorPath): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw bad(path, 'expected a finite number ≥ 0', value);
  return value;
}

function bad(path: ErrorPath, detail: string, value: unknown): CrmRulesError {
  return new CrmRulesError('INVALID_INPUT', detail, { path, value });
}
