import { attempt, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { type BgBbFields, checkBgBb } from './_lib/data/bgBbProblem';
import { checkPositive } from './_lib/data/checkPositive';
import { bgBbAliveLogNumerator, bgBbPatternLogLikelihood } from './_lib/models/bgBbTerms';
import type { BgBbParams } from './BgBbParams';

/**
 * The probability that a customer is still active at the next opportunity (n + 1) given their
 * pattern (Fader, Hardie & Shang 2010, eq. 11 — "P(alive in 2002)" for the 1995 donors, who
 * were observed through 2001): B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L(x, tₓ, n),
 * computed from logarithms.
 *
 * @param params - fitted BG/BB parameters
 * @param customer - frequency, recency, n (`count`, when present, is ignored)
 * @returns a probability in [0, 1]
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter (path `['params', name]`) or pattern
 * (path `['customer', field]`) — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the
 * float range, never NaN or Infinity
 * @example
 * ```ts
 * // The donors' fit (FHS 2010 table 6: 0.11, 0.59, 0.93).
 * const donors = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * [{ frequency: 0, recency: 0, n: 6 }, { frequency: 2, recency: 4, n: 6 }, { frequency: 6, recency: 6, n: 6 }]
 *   .map((c) => bgBbProbabilityAlive(donors, c).toFixed(2));
 * //=> ['0.11', '0.59', '0.93']
 * ```
 */
export function bgBbProbabilityAlive(params: BgBbParams, customer: BgBbFields): number {
  checkPositive(params, ['alpha', 'beta', 'gamma', 'delta'], ['params']);
  const { frequency: x, recency: tx, n } = checkBgBb(customer, ['customer']);
  return finiteResult(bgBbAlive(params, x, tx, n), 'P(alive)', ['params'], params);
}

/**
 * Like {@link bgBbProbabilityAlive}, but returns `{ success, data | error }` instead of throwing;
 * it never throws.
 *
 * @example
 * ```ts
 * safeBgBbProbabilityAlive(null, null).success;
 * //=> false
 * ```
 */
export function safeBgBbProbabilityAlive(
  params: BgBbParams,
  customer: BgBbFields,
): SafeResult<number> {
  return attempt(() => bgBbProbabilityAlive(params, customer));
}

/**
 * P(alive at n + 1) without checks (internal).
 *
 * @param params - BG/BB parameters
 * @param x - frequency
 * @param tx - recency
 * @param n - opportunities
 * @returns the probability
 * @example
 * ```ts
 * bgBbAlive({ alpha: 1, beta: 1, gamma: 1, delta: 1 }, 0, 0, 0).toFixed(6);
 * //=> '0.500000'
 * ```
 */
export function bgBbAlive(params: BgBbParams, x: number, tx: number, n: number): number {
  return Math.min(
    1,
    Math.exp(bgBbAliveLogNumerator(params, x, n) - bgBbPatternLogLikelihood(params, x, tx, n)),
  );
}
