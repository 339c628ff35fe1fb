import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkPositive } from './_lib/data/checkPositive';
import { checkNonNegative } from './_lib/data/summaryProblem';
import { hypergeometric } from './_lib/math/hypergeometric';
import type { BgNbdParams } from './BgNbdParams';

/**
 * The expected number of repeat purchases a new customer makes in (0, t] (Fader, Hardie & Lee
 * 2005, eq. 9): E[X(t)] = (a + b − 1)/(a − 1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))].
 *
 * Evaluated in a form with no removable singularity: Euler's transformation turns
 * (α/(α+t))^r ₂F₁(r, b; a+b−1; z) into (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b−1; z), whose series
 * minus 1 carries the factor a − 1; so a = 1 and a + b = 1 need no special case and the
 * remaining ₃F₂ series is summed with rescaling (no overflow for large parameters).
 *
 * @param params - BG/NBD parameters
 * @param t - the horizon, in the unit of `params.alpha`, ≥ 0
 * @returns E[X(t)] ≥ 0, 0 at t = 0 and non-decreasing in t
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter or t (path `['params', name]` or
 * `['t']`); `FIT_NOT_CONVERGED` when the series does not converge (t/alpha beyond ~10⁴·⁵)
 * — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range (inputs too
 * extreme for the model), never NaN or Infinity
 * @example
 * ```ts
 * bgNbdExpectedPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39).toFixed(4);
 * //=> '1.1967'
 * ```
 */
export function bgNbdExpectedPurchases(params: BgNbdParams, t: number): number {
  checkPositive(params, ['r', 'alpha', 'a', 'b'], ['params']);
  const expected = expectedPurchases(params, checkNonNegative(t, ['t']), ['t']);
  return finiteResult(expected, 'E[X(t)]', ['params'], params);
}

/**
 * Like {@link bgNbdExpectedPurchases}, but returns `{ success, data | error }` instead of throwing;
 * it never throws.
 *
 * @example
 * ```ts
 * safeBgNbdExpectedPurchases(null, null).success;
 * //=> false
 * ```
 */
export function safeBgNbdExpectedPurchases(params: BgNbdParams, t: number): SafeResult<number> {
  return attempt(() => bgNbdExpectedPurchases(params, t));
}

/**
 * E[X(t)] without checks (internal; `path` names t for a series error).
 *
 * @param params - BG/NBD parameters
 * @param t - the horizon, ≥ 0
 * @param path - names t in a series error
 * @returns E[X(t)]
 * @example
 * ```ts
 * expectedPurchases({ r: 1, alpha: 1, a: 2, b: 1 }, 0, ['t']);
 * //=> 0
 * ```
 */
export function expectedPurchases(
  { r, alpha, a, b }: BgNbdParams,
  t: number,
  path: ErrorPath,
): number {
  if (t === 0) return 0;
  const ratio = t / alpha;
  // For t ≪ α/(r+1) the two terms below cancel to the last bits; the Taylor expansion
  // E[X(t)] = r·(t/α)·(1 − (r+1)/2 · a/(a+b) · t/α) + O((t/α)³) is exact to rounding there.
  if ((r + 2) * ratio < 1e-6) return r * ratio * (1 - ((r + 1) / 2) * (a / (a + b)) * ratio);
  const c = a + b - 1;
  const u = a - 1;
  const L = -Math.log1p(t / alpha); // ln(1 − z)
  const z = t / (alpha + t);
  const first = c * (u === 0 ? -L : -Math.expm1(u * L) / u);
  if (c - r === 0) return Math.max(0, first);
  const series = hypergeometric([c - r + 1, a, 1], [c + 1, 2], z);
  if (!series.converged)
    throw new CrmRulesError(
      'FIT_NOT_CONVERGED',
      `the hypergeometric series for E[X(t)] did not converge in ${series.terms} terms; t is too long relative to alpha`,
      { path, value: t },
    );
  const second = Math.exp(u * L + series.logScale) * (c - r) * z * series.mantissa;
  return Math.max(0, first - second);
}
