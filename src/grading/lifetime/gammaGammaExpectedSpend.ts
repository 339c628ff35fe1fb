import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkPositive } from './_lib/data/checkPositive';
import { checkSummary } from './_lib/data/summaryProblem';
import { repeatSpend } from './_lib/models/repeatSpend';
import type { GammaGammaParams } from './GammaGammaParams';
import type { SpendFields } from './gammaGammaLogLikelihood';

/**
 * A customer's expected spend per purchase under the Gamma-Gamma model (Fader & Hardie 2013,
 * eq. 5): a weighted mean of the population mean p·γ/(q−1) and the customer's own observed mean
 * m over x repeat purchases, E(M | x, m) = (p·γ + p·x·m) / (p·x + q − 1). With no repeat
 * purchase it is the population mean. A statistical estimate (a number); turn it into money with
 * `estimateToMoney`.
 *
 * @param params - fitted Gamma-Gamma parameters (q must exceed 1 for the mean to exist)
 * @param customer - `frequency` and, when it is > 0, `monetaryValue` > 0
 * @returns the expected spend per purchase, in the currency unit of the fitted spends
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter (path `['params', name]`), q ≤ 1
 * (path `['params', 'q']`), a bad summary or a missing spend (path `['customer', field]`)
 * — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range (inputs too
 * extreme for the model), never NaN or Infinity
 * @example
 * ```ts
 * const cdnow = { p: 6.25, q: 3.74, gamma: 15.44 };
 * [gammaGammaExpectedSpend(cdnow, { frequency: 0, recency: 0, T: 38.86 }).toFixed(2),
 *  gammaGammaExpectedSpend(cdnow, { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 }).toFixed(2)];
 * //=> ['35.22', '24.66']
 * ```
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, customer: SpendFields): number {
  return expectedSpend(params, customer, ['params'], ['customer']);
}

/**
 * Like {@link gammaGammaExpectedSpend}, but returns `{ success, data | error }` instead of
 * throwing; it never throws.
 *
 * @example
 * ```ts
 * safeGammaGammaExpectedSpend(null, null).success;
 * //=> false
 * ```
 */
export function safeGammaGammaExpectedSpend(
  params: GammaGammaParams,
  customer: SpendFields,
): SafeResult<number> {
  return attempt(() => gammaGammaExpectedSpend(params, customer));
}

/**
 * The expected spend with the parameters and the customer checked at the given paths (internal).
 *
 * @throws CrmRulesError `INVALID_INPUT`
 * @param params - Gamma-Gamma parameters
 * @param customer - the customer's summary
 * @param paramsPath - where the parameters sit in the caller's input
 * @param customerPath - where the customer sits in the caller's input
 * @returns the expected spend per purchase
 * @example
 * ```ts
 * expectedSpend({ p: 1, q: 2, gamma: 10 }, { frequency: 0, recency: 0, T: 1 }, ['gg'], ['c']);
 * //=> 10
 * ```
 */
export function expectedSpend(
  params: GammaGammaParams,
  customer: SpendFields,
  paramsPath: ErrorPath,
  customerPath: ErrorPath,
): number {
  const { p, q, gamma } = checkPositive(params, ['p', 'q', 'gamma'], paramsPath);
  if (q <= 1)
    throw new CrmRulesError(
      'INVALID_INPUT',
      'q must exceed 1: with q ≤ 1 the Gamma-Gamma model has no finite mean spend',
      { path: [...paramsPath, 'q'], value: q },
    );
  const { frequency: x } = checkSummary(customer, customerPath);
  const m = x === 0 ? 0 : repeatSpend(customer.monetaryValue, [...customerPath, 'monetaryValue']);
  // (pγ + p·x·m) / (p·x + q − 1), written as γ/d + m·(x/d) with d = x + (q − 1)/p so that no
  // intermediate overflows where the mean itself is finite (huge p, γ or m).
  const d = x + (q - 1) / p;
  const mean = gamma / d + (x === 0 ? 0 : m * (x / d));
  return finiteResult(mean, 'E[spend]', paramsPath, params);
}
