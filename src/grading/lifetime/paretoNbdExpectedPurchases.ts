import { attempt, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkPositive } from './_lib/data/checkPositive';
import { checkNonNegative } from './_lib/data/summaryProblem';
import type { ParetoNbdParams } from './ParetoNbdParams';

/**
 * The expected number of repeat purchases a new Pareto/NBD customer makes in (0, t]
 * (Schmittlein, Morrison & Colombo 1987): E[X(t)] = rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)],
 * computed with `expm1` so s = 1 (where it is (rβ/α) ln(1 + t/β)) needs no special case.
 *
 * @param params - Pareto/NBD parameters
 * @param t - the horizon, ≥ 0
 * @returns E[X(t)] ≥ 0, non-decreasing in t
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter or t
 * — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range (inputs too
 * extreme for the model), never NaN or Infinity
 * @example
 * ```ts
 * paretoNbdExpectedPurchases({ r: 0.55, alpha: 10.56, s: 0.61, beta: 11.64 }, 1).toFixed(8); // R BTYD
 * //=> '0.05077821'
 * ```
 */
export function paretoNbdExpectedPurchases(params: ParetoNbdParams, t: number): number {
  checkPositive(params, ['r', 'alpha', 's', 'beta'], ['params']);
  const expected = paretoExpectedPurchases(params, checkNonNegative(t, ['t']));
  return finiteResult(expected, 'E[X(t)]', ['params'], params);
}

/**
 * Like {@link paretoNbdExpectedPurchases}, but returns `{ success, data | error }` instead of
 * throwing; it never throws.
 *
 * @example
 * ```ts
 * safeParetoNbdExpectedPurchases(null, null).success;
 * //=> false
 * ```
 */
export function safeParetoNbdExpectedPurchases(
  params: ParetoNbdParams,
  t: number,
): SafeResult<number> {
  return attempt(() => paretoNbdExpectedPurchases(params, t));
}

/**
 * E[X(t)] without checks (internal).
 *
 * @param params - Pareto/NBD parameters
 * @param t - the horizon, ≥ 0
 * @returns E[X(t)]
 * @example
 * ```ts
 * paretoExpectedPurchases({ r: 1, alpha: 1, s: 1, beta: 1 }, 0);
 * //=> 0
 * ```
 */
export function paretoExpectedPurchases({ r, alpha, s, beta }: ParetoNbdParams, t: number): number {
  if (t === 0) return 0;
  const L = -Math.log1p(t / beta); // ln(β/(β+t))
  const u = s - 1;
  const growth = u === 0 ? -L : -Math.expm1(u * L) / u;
  return ((r * beta) / alpha) * growth;
}
