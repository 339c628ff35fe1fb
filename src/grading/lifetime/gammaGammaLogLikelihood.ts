import { attempt, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkArray } from '../_lib/input/checkArgument';
import { checkPositive } from './_lib/data/checkPositive';
import { rowCount } from './_lib/data/rowCount';
import { checkSummary, type SummaryFields } from './_lib/data/summaryProblem';
import { lnGamma } from './_lib/math/gamma';
import { repeatSpend } from './_lib/models/repeatSpend';
import type { GammaGammaParams } from './GammaGammaParams';

/** A summary with the mean value of its repeat purchases. */
export interface SpendFields extends SummaryFields {
  readonly monetaryValue?: number | undefined;
}

/**
 * The Gamma-Gamma log-likelihood of the repeat customers' mean spends (Fader & Hardie 2013,
 * eq. 4): for a customer with x repeat purchases of mean value m,
 * ℓ = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + mx).
 * Customers without repeat purchases (frequency 0) carry no spend information and are skipped; a
 * row with a `count` counts that many times.
 *
 * @param params - p, q, gamma
 * @param summaries - customers with `frequency` and `monetaryValue`
 * @returns the summed log-likelihood
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter (path `['params', name]`), a bad
 * summary, or a repeat customer whose `monetaryValue` is missing or not > 0 (path
 * `['summaries', index, 'monetaryValue']`)
 * — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range (inputs too
 * extreme for the model), never NaN or Infinity
 * @example
 * ```ts
 * gammaGammaLogLikelihood({ p: 1, q: 1, gamma: 1 }, [{ frequency: 1, recency: 1, T: 2, monetaryValue: 1 }]).toFixed(10);
 * //=> '-1.3862943611'
 * ```
 */
export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  summaries: readonly SpendFields[],
): number {
  checkPositive(params, ['p', 'q', 'gamma'], ['params']);
  checkArray(summaries, ['summaries']);
  let total = 0;
  summaries.forEach((summary, index) => {
    const { frequency } = checkSummary(summary, ['summaries', index]);
    const count = rowCount(summary, ['summaries', index]);
    if (frequency === 0 || count === 0) return;
    const m = repeatSpend(summary.monetaryValue, ['summaries', index, 'monetaryValue']);
    total += count * gammaGammaCustomerLogLikelihood(params, frequency, m);
  });
  return finiteResult(total, 'the Gamma-Gamma log-likelihood', ['params'], params);
}

/**
 * Like {@link gammaGammaLogLikelihood}, but returns `{ success, data | error }` instead of
 * throwing; it never throws.
 *
 * @example
 * ```ts
 * safeGammaGammaLogLikelihood(null, null).success;
 * //=> false
 * ```
 */
export function safeGammaGammaLogLikelihood(
  params: GammaGammaParams,
  summaries: readonly SpendFields[],
): SafeResult<number> {
  return attempt(() => gammaGammaLogLikelihood(params, summaries));
}

/**
 * One repeat customer's Gamma-Gamma log-likelihood, no checks (internal).
 *
 * @param params - Gamma-Gamma parameters
 * @param x - repeat purchases, > 0
 * @param m - their mean value, > 0
 * @returns the customer's log-likelihood
 * @example
 * ```ts
 * gammaGammaCustomerLogLikelihood({ p: 1, q: 1, gamma: 1 }, 1, 1).toFixed(10); // ln(1/4)
 * //=> '-1.3862943611'
 * ```
 */
export function gammaGammaCustomerLogLikelihood(
  { p, q, gamma }: GammaGammaParams,
  x: number,
  m: number,
): number {
  const px = p * x;
  return (
    lnGamma(px + q) -
    lnGamma(px) -
    lnGamma(q) +
    q * Math.log(gamma) +
    (px - 1) * Math.log(m) +
    px * Math.log(x) -
    (px + q) * Math.log(gamma + m * x)
  );
}
