import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { type BgBbFields, checkBgBb } from './_lib/data/bgBbProblem';
import { checkPositive } from './_lib/data/checkPositive';
import { bgBbPatternLogLikelihood, lnBeta, survivalSum } from './_lib/models/bgBbTerms';
import type { BgBbParams } from './BgBbParams';

/**
 * The expected number of transactions a customer makes in the next `opportunities` (n + 1 to
 * n + n*) given their pattern (Fader, Hardie & Shang 2010, eq. 13):
 * B(α+x+1, β+n−x)/B(α,β) · Σₖ₌₁ⁿ* B(γ, δ+n+k)/B(γ,δ) / L(x, tₓ, n). The sum is taken term by term
 * (its closed form divides by γ − 1, which the data may put near 0), in closed form only past
 * 100,000 opportunities.
 *
 * @param params - fitted BG/BB parameters
 * @param customer - frequency, recency, n (`count`, when present, is ignored)
 * @param opportunities - n*, the future opportunities, an integer ≥ 0
 * @returns E[X(n, n + n*) | x, tₓ, n] ≥ 0
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter (path `['params', name]`), pattern
 * (path `['customer', field]`) or `opportunities` (path `['opportunities']`) — and
 * `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range
 * @example
 * ```ts
 * // A donor who gave in 4 of the 6 years, the last in 2001: gifts expected in 2002–2006.
 * const donors = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * bgBbConditionalExpectedTransactions(donors, { frequency: 4, recency: 6, n: 6 }, 5).toFixed(2);
 * //=> '2.71'
 * ```
 */
export function bgBbConditionalExpectedTransactions(
  params: BgBbParams,
  customer: BgBbFields,
  opportunities: number,
): number {
  checkPositive(params, ['alpha', 'beta', 'gamma', 'delta'], ['params']);
  const { frequency: x, recency: tx, n } = checkBgBb(customer, ['customer']);
  if (!Number.isSafeInteger(opportunities) || opportunities < 0)
    throw new CrmRulesError('INVALID_INPUT', 'opportunities must be an integer ≥ 0', {
      path: ['opportunities'],
      value: opportunities,
    });
  return finiteResult(
    bgBbExpected(params, x, tx, n, opportunities),
    'E[X(n, n + n*) | x, tₓ, n]',
    ['params'],
    params,
  );
}

/**
 * Like {@link bgBbConditionalExpectedTransactions}, but returns `{ success, data | error }`
 * instead of throwing; it never throws.
 *
 * @example
 * ```ts
 * safeBgBbConditionalExpectedTransactions(null, null, null).success;
 * //=> false
 * ```
 */
export function safeBgBbConditionalExpectedTransactions(
  params: BgBbParams,
  customer: BgBbFields,
  opportunities: number,
): SafeResult<number> {
  return attempt(() => bgBbConditionalExpectedTransactions(params, customer, opportunities));
}

/**
 * The conditional expectation without checks (internal).
 *
 * @param params - BG/BB parameters
 * @param x - frequency
 * @param tx - recency
 * @param n - opportunities observed
 * @param future - n*
 * @returns E[X(n, n + n*) | x, tₓ, n]
 * @example
 * ```ts
 * bgBbExpected({ alpha: 1, beta: 1, gamma: 1, delta: 1 }, 0, 0, 0, 0);
 * //=> 0
 * ```
 */
export function bgBbExpected(
  params: BgBbParams,
  x: number,
  tx: number,
  n: number,
  future: number,
): number {
  if (future === 0) return 0;
  const { alpha, beta, gamma, delta } = params;
  const log =
    lnBeta(alpha + x + 1, beta + n - x) -
    lnBeta(alpha, beta) +
    lnBeta(gamma, delta + n + 1) -
    lnBeta(gamma, delta) -
    bgBbPatternLogLikelihood(params, x, tx, n);
  return Math.exp(log) * survivalSum(delta + n + 1, gamma, future);
}
