import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkPositive } from './_lib/data/checkPositive';
import { checkNonNegative } from './_lib/data/summaryProblem';
import { lnGamma, lnRising } from './_lib/math/gamma';
import { regularizedBeta } from './_lib/math/regularizedBeta';
import type { BgNbdParams } from './BgNbdParams';

/**
 * The probability that a new customer makes exactly n repeat purchases in (0, t]
 * (Fader, Hardie & Lee 2005, eq. 8):
 * P(X(t) = n) = B(a, b+n)/B(a, b) · NB(n; r, α/(α+t)) + [n > 0] · B(a+1, b+n−1)/B(a, b) ·
 * P(NB ≥ n), where NB is the negative binomial count of a customer who never drops out. The
 * first term is computed in log space and the tail P(NB ≥ n) as the regularized incomplete beta
 * I_{t/(α+t)}(n, r), so tiny probabilities keep their relative accuracy.
 *
 * @param params - BG/NBD parameters
 * @param t - the horizon, ≥ 0, in the unit of `params.alpha`
 * @param n - the number of purchases, an integer ≥ 0
 * @returns a probability in [0, 1]; over n = 0, 1, 2, … they sum to 1
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter, t or n (paths `['params', name]`,
 * `['t']`, `['n']`); `FIT_NOT_CONVERGED` if the incomplete beta's continued fraction fails
 * — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range (inputs too
 * extreme for the model), never NaN or Infinity
 * @example
 * ```ts
 * bgNbdPurchaseProbability({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, 0).toFixed(7);
 * //=> '0.5737864'
 * ```
 */
export function bgNbdPurchaseProbability(params: BgNbdParams, t: number, n: number): number {
  const { r, alpha, a, b } = checkPositive(params, ['r', 'alpha', 'a', 'b'], ['params']);
  checkNonNegative(t, ['t']);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new CrmRulesError('INVALID_INPUT', 'n must be an integer ≥ 0', { path: ['n'], value: n });
  if (t === 0) return n === 0 ? 1 : 0;
  const lnStay = -Math.log1p(t / alpha); // ln(α/(α+t))
  if (n === 0) return Math.exp(r * lnStay);
  const lnGo = Math.log(t) - Math.log(alpha + t); // ln(t/(α+t)), no underflow for tiny t
  const neverDrop = Math.exp(
    lnRising(b, n) - lnRising(a + b, n) + lnRising(r, n) - lnGamma(n + 1) + r * lnStay + n * lnGo,
  );
  const tail = regularizedBeta(t / (alpha + t), n, r);
  if (!Number.isFinite(tail))
    throw new CrmRulesError(
      'FIT_NOT_CONVERGED',
      'the incomplete beta continued fraction did not converge',
      { path: ['n'], value: n },
    );
  const lnDrop =
    Math.log(a) - Math.log(a + b + n - 1) + lnRising(b, n - 1) - lnRising(a + b, n - 1);
  return finiteResult(
    Math.min(1, neverDrop + Math.exp(lnDrop) * tail),
    `P(X(t) = ${n})`,
    ['params'],
    params,
  );
}

/**
 * Like {@link bgNbdPurchaseProbability}, but returns `{ success, data | error }` instead of
 * throwing; it never throws.
 *
 * @example
 * ```ts
 * safeBgNbdPurchaseProbability(null, null, null).success;
 * //=> false
 * ```
 */
export function safeBgNbdPurchaseProbability(
  params: BgNbdParams,
  t: number,
  n: number,
): SafeResult<number> {
  return attempt(() => bgNbdPurchaseProbability(params, t, n));
}
