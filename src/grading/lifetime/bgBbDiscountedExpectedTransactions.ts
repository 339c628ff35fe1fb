import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { type BgBbFields, checkBgBb } from './_lib/data/bgBbProblem';
import { checkPositive } from './_lib/data/checkPositive';
import { hyp2f1 } from './_lib/math/hypergeometric';
import { bgBbPatternLogLikelihood, lnBeta } from './_lib/models/bgBbTerms';
import type { BgBbParams } from './BgBbParams';

/**
 * DERT, the discounted expected residual transactions of a customer (Fader, Hardie & Shang 2010,
 * eq. 14): the transactions expected at every future opportunity n + 1, n + 2, …, the one at
 * n + k discounted by (1 + d)ᵏ —
 * B(α+x+1, β+n−x)/B(α,β) · B(γ, δ+n+1)/(B(γ,δ)·(1+d)) · ₂F₁(1, δ+n+1; γ+δ+n+1; 1/(1+d)) / L.
 * Multiply by a known value per transaction (and discount it yourself to money with
 * `estimateToMoney`) for a residual lifetime value.
 *
 * @param params - fitted BG/BB parameters
 * @param customer - frequency, recency, n (`count`, when present, is ignored)
 * @param discountRate - d per opportunity, a finite number > 0 (0.1 for 10 % a year)
 * @returns DERT ≥ 0
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter, pattern or `discountRate` (path
 * `['discountRate']`); `FIT_NOT_CONVERGED` when the series does not converge within its term
 * limit (a discount rate very near 0) — and `LIMIT_EXCEEDED` at `['params']` when the result
 * leaves the float range
 * @example
 * ```ts
 * const donors = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * bgBbDiscountedExpectedTransactions(donors, { frequency: 6, recency: 6, n: 6 }, 0.1).toFixed(2);
 * //=> '5.91'
 * ```
 */
export function bgBbDiscountedExpectedTransactions(
  params: BgBbParams,
  customer: BgBbFields,
  discountRate: number,
): number {
  checkPositive(params, ['alpha', 'beta', 'gamma', 'delta'], ['params']);
  const { frequency: x, recency: tx, n } = checkBgBb(customer, ['customer']);
  if (typeof discountRate !== 'number' || !Number.isFinite(discountRate) || discountRate <= 0)
    throw new CrmRulesError('INVALID_INPUT', 'discountRate must be a finite number > 0', {
      path: ['discountRate'],
      value: discountRate,
    });
  const { alpha, beta, gamma, delta } = params;
  const z = 1 / (1 + discountRate);
  const series = hyp2f1(1, delta + n + 1, gamma + delta + n + 1, z);
  if (!series.converged)
    throw new CrmRulesError(
      'FIT_NOT_CONVERGED',
      `the DERT series did not converge within ${series.terms} terms: the discount rate is too close to 0`,
      { path: ['discountRate'], value: discountRate },
    );
  const log =
    lnBeta(alpha + x + 1, beta + n - x) -
    lnBeta(alpha, beta) +
    lnBeta(gamma, delta + n + 1) -
    lnBeta(gamma, delta) -
    bgBbPatternLogLikelihood(params, x, tx, n) +
    Math.log(z) +
    Math.log(series.mantissa) +
    series.logScale;
  return finiteResult(Math.exp(log), 'DERT', ['params'], params);
}

/**
 * Like {@link bgBbDiscountedExpectedTransactions}, but returns `{ success, data | error }`
 * instead of throwing; it never throws.
 *
 * @example
 * ```ts
 * safeBgBbDiscountedExpectedTransactions(null, null, null).success;
 * //=> false
 * ```
 */
export function safeBgBbDiscountedExpectedTransactions(
  params: BgBbParams,
  customer: BgBbFields,
  discountRate: number,
): SafeResult<number> {
  return attempt(() => bgBbDiscountedExpectedTransactions(params, customer, discountRate));
}
