import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkPositive } from './_lib/data/checkPositive';
import { lnGamma } from './_lib/math/gamma';
import { lnBeta } from './_lib/models/bgBbTerms';
import type { BgBbParams } from './BgBbParams';

/**
 * The probability that a new customer makes exactly `frequency` transactions in their first `n`
 * opportunities (Fader, Hardie & Shang 2010, eq. 7): C(n,x)·B(α+x, β+n−x)/B(α,β)·B(γ, δ+n)/B(γ,δ)
 * + Σᵢ₌ₓⁿ⁻¹ C(i,x)·B(α+x, β+i−x)/B(α,β)·B(γ+1, δ+i)/B(γ,δ). Times the cohort's size, the
 * expected count of customers per frequency: the in-sample fit of a BG/BB model.
 *
 * @param params - BG/BB parameters
 * @param frequency - x, an integer 0 ≤ x ≤ n
 * @param n - opportunities, an integer ≥ 0
 * @returns P(X(n) = x) in [0, 1]
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter (path `['params', name]`),
 * `frequency` or `n` — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range
 * @example
 * ```ts
 * // Of the 11,104 donors, how many are expected to give in none / all of the 6 years
 * // (Hardie's BG/BB spreadsheet: 3,454.9 and 1,253.1; observed 3,464 and 1,203).
 * const donors = { alpha: 1.2035, beta: 0.7497, gamma: 0.6567, delta: 2.7834 };
 * [0, 6].map((x) => (11104 * bgBbTransactionProbability(donors, x, 6)).toFixed(1));
 * //=> ['3454.9', '1253.1']
 * ```
 */
export function bgBbTransactionProbability(
  params: BgBbParams,
  frequency: number,
  n: number,
): number {
  checkPositive(params, ['alpha', 'beta', 'gamma', 'delta'], ['params']);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new CrmRulesError('INVALID_INPUT', 'n must be an integer ≥ 0', { path: ['n'], value: n });
  if (!Number.isSafeInteger(frequency) || frequency < 0 || frequency > n)
    throw new CrmRulesError('INVALID_INPUT', 'frequency must be an integer from 0 to n', {
      path: ['frequency'],
      value: frequency,
    });
  const { alpha, beta, gamma, delta } = params;
  const x = frequency;
  const base = -lnBeta(alpha, beta) - lnBeta(gamma, delta);
  let sum = Math.exp(
    lnChoose(n, x) + base + lnBeta(alpha + x, beta + n - x) + lnBeta(gamma, delta + n),
  );
  for (let i = x; i < n; i++)
    sum += Math.exp(
      lnChoose(i, x) + base + lnBeta(alpha + x, beta + i - x) + lnBeta(gamma + 1, delta + i),
    );
  return finiteResult(Math.min(1, sum), 'P(X(n) = x)', ['params'], params);
}

/**
 * Like {@link bgBbTransactionProbability}, but returns `{ success, data | error }` instead of
 * throwing; it never throws.
 *
 * @example
 * ```ts
 * safeBgBbTransactionProbability(null, null, null).success;
 * //=> false
 * ```
 */
export function safeBgBbTransactionProbability(
  params: BgBbParams,
  frequency: number,
  n: number,
): SafeResult<number> {
  return attempt(() => bgBbTransactionProbability(params, frequency, n));
}

function lnChoose(n: number, k: number): number {
  return lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);
}
