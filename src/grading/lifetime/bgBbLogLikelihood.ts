import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkArray } from '../_lib/input/checkArgument';
import { type BgBbFields, checkBgBb } from './_lib/data/bgBbProblem';
import { checkPositive } from './_lib/data/checkPositive';
import { bgBbPatternLogLikelihood } from './_lib/models/bgBbTerms';
import type { BgBbParams } from './BgBbParams';

/** A BG/BB pattern with an optional count of customers. */
export interface BgBbRow extends BgBbFields {
  readonly count?: number | undefined;
}

/**
 * The BG/BB log-likelihood of a set of patterns (Fader, Hardie & Shang 2010, eq. 5), each row's
 * log-likelihood times its `count` (default 1), summed in the order given.
 *
 * @param params - alpha, beta, gamma, delta
 * @param summaries - patterns (frequency, recency, n, count?)
 * @returns ln L of all customers
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter (path `['params', name]`), pattern
 * (path `['summaries', index, field]`) or count (an integer ≥ 0) — and `LIMIT_EXCEEDED` at
 * `['params']` when the result leaves the float range
 * @example
 * ```ts
 * bgBbLogLikelihood({ alpha: 1, beta: 1, gamma: 1, delta: 1 }, [{ frequency: 1, recency: 1, n: 1, count: 2 }]).toFixed(6);
 * //=> '-2.772589'
 * ```
 */
export function bgBbLogLikelihood(params: BgBbParams, summaries: readonly BgBbRow[]): number {
  checkPositive(params, ['alpha', 'beta', 'gamma', 'delta'], ['params']);
  checkArray(summaries, ['summaries']);
  let total = 0;
  summaries.forEach((row, index) => {
    const { frequency, recency, n } = checkBgBb(row, ['summaries', index]);
    const count = row.count ?? 1;
    if (!Number.isSafeInteger(count) || count < 0)
      throw new CrmRulesError('INVALID_INPUT', 'count must be an integer ≥ 0', {
        path: ['summaries', index, 'count'],
        value: count,
      });
    if (count > 0) total += count * bgBbPatternLogLikelihood(params, frequency, recency, n);
  });
  return finiteResult(total, 'the BG/BB log-likelihood', ['params'], params);
}

/**
 * Like {@link bgBbLogLikelihood}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeBgBbLogLikelihood(null, null).success;
 * //=> false
 * ```
 */
export function safeBgBbLogLikelihood(
  params: BgBbParams,
  summaries: readonly BgBbRow[],
): SafeResult<number> {
  return attempt(() => bgBbLogLikelihood(params, summaries));
}
