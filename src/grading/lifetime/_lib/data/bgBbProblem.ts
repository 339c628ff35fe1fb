import { CrmRulesError, type ErrorPath } from '../../../../errors';

/** The fields of a BG/BB pattern that the prediction functions read. */
export interface BgBbFields {
  readonly frequency: number;
  readonly recency: number;
  readonly n: number;
}

/** The cross-field rule of a BG/BB pattern that failed, if any. */
export interface BgBbProblem {
  readonly field: 'frequency' | 'recency';
  readonly message: string;
}

/**
 * The cross-field rules of a BG/BB pattern, shared by the zod schema and the fast checks of the
 * prediction functions: frequency ≤ recency ≤ n (a customer with x transactions made the last
 * at opportunity x or later), and recency 0 exactly when frequency is 0.
 *
 * @param frequency - transactions in the n opportunities
 * @param recency - the opportunity of the last one
 * @param n - opportunities observed
 * @returns the failed rule, or undefined
 * @example
 * ```ts
 * bgBbProblem(3, 2, 6)?.field;
 * //=> 'recency'
 * ```
 */
export function bgBbProblem(
  frequency: number,
  recency: number,
  n: number,
): BgBbProblem | undefined {
  if (frequency > n)
    return {
      field: 'frequency',
      message: 'frequency must not exceed n (one transaction an opportunity)',
    };
  if (recency > n) return { field: 'recency', message: 'recency must not exceed n' };
  if (recency < frequency)
    return {
      field: 'recency',
      message: 'recency must be at least frequency (the opportunity of the last transaction)',
    };
  if (frequency === 0 && recency !== 0)
    return { field: 'recency', message: 'recency must be 0 when frequency is 0 (no transaction)' };
  return undefined;
}

/**
 * Checks one BG/BB pattern without zod (prediction functions run per customer): integers ≥ 0 and
 * the rules of {@link bgBbProblem}.
 *
 * @param pattern - a pattern from the caller
 * @param path - where it sits in the caller's input
 * @returns `pattern`
 * @throws CrmRulesError `INVALID_INPUT` with path `[...path, field]`
 * @example
 * ```ts
 * checkBgBb({ frequency: 1, recency: 2, n: 6 }, ['customer']).n;
 * //=> 6
 * ```
 */
export function checkBgBb<S extends BgBbFields>(pattern: S, path: ErrorPath): S {
  if (typeof pattern !== 'object' || pattern === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected a BG/BB pattern { frequency, recency, n }', {
      path,
      value: pattern,
    });
  for (const field of ['frequency', 'recency', 'n'] as const) {
    const v = pattern[field] as unknown;
    if (!Number.isSafeInteger(v) || (v as number) < 0)
      throw new CrmRulesError('INVALID_INPUT', `${field} must be an integer ≥ 0`, {
        path: [...path, field],
        value: v,
      });
  }
  const problem = bgBbProblem(pattern.frequency, pattern.recency, pattern.n);
  if (problem !== undefined)
    throw new CrmRulesError('INVALID_INPUT', problem.message, {
      path: [...path, problem.field],
      value: pattern[problem.field],
    });
  return pattern;
}
