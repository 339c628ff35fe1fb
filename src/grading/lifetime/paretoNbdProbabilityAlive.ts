import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkPositive } from './_lib/data/checkPositive';
import { checkSummary, type SummaryFields } from './_lib/data/summaryProblem';
import { logistic } from './_lib/math/logSpace';
import { deadLogOdds } from './_lib/models/paretoNbdTerms';
import type { ParetoNbdParams } from './ParetoNbdParams';

/**
 * The probability that a Pareto/NBD customer is still alive at the end of observation (Fader,
 * Hardie & Lee 2005, "A Note on Deriving the Pareto/NBD Model", eq. 22):
 * P(alive) = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀), evaluated as a logistic of a
 * log-odds. Unlike BG/NBD, a customer without repeat purchases can be dead (it is below 1 when
 * T > 0); it is 1 when the last purchase is at T.
 *
 * @param params - Pareto/NBD parameters
 * @param customer - frequency, recency, T (in the unit of `alpha` and `beta`)
 * @returns a probability in [0, 1]
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter or summary (paths `['params', name]`,
 * `['customer', field]`); `FIT_NOT_CONVERGED` if a hypergeometric series does not converge
 * — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range (inputs too
 * extreme for the model), never NaN or Infinity
 * @example
 * ```ts
 * paretoNbdProbabilityAlive({ r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 },
 *   { frequency: 26, recency: 30.86, T: 31 }).toFixed(4);
 * //=> '0.9979'
 * ```
 */
export function paretoNbdProbabilityAlive(
  params: ParetoNbdParams,
  customer: SummaryFields,
): number {
  checkPositive(params, ['r', 'alpha', 's', 'beta'], ['params']);
  const { frequency, recency, T } = checkSummary(customer, ['customer']);
  const alive = paretoProbabilityAlive(params, frequency, recency, T);
  return finiteResult(alive, 'P(alive)', ['params'], params);
}

/**
 * Like {@link paretoNbdProbabilityAlive}, but returns `{ success, data | error }` instead of
 * throwing; it never throws.
 *
 * @example
 * ```ts
 * safeParetoNbdProbabilityAlive(null, null).success;
 * //=> false
 * ```
 */
export function safeParetoNbdProbabilityAlive(
  params: ParetoNbdParams,
  customer: SummaryFields,
): SafeResult<number> {
  return attempt(() => paretoNbdProbabilityAlive(params, customer));
}

/**
 * P(alive) without checks (internal).
 *
 * @throws CrmRulesError `FIT_NOT_CONVERGED` if a series does not converge
 * @param params - Pareto/NBD parameters
 * @param x - frequency
 * @param tx - recency
 * @param T - time observed
 * @returns P(alive | x, tₓ, T)
 * @example
 * ```ts
 * paretoProbabilityAlive({ r: 1, alpha: 1, s: 1, beta: 1 }, 3, 5, 5);
 * //=> 1
 * ```
 */
export function paretoProbabilityAlive(
  params: ParetoNbdParams,
  x: number,
  tx: number,
  T: number,
): number {
  const logOdds = deadLogOdds(params, x, tx, T);
  if (Number.isNaN(logOdds))
    throw new CrmRulesError(
      'FIT_NOT_CONVERGED',
      'a hypergeometric series of P(alive) did not converge',
      {
        path: ['customer'],
        value: { frequency: x, recency: tx, T },
      },
    );
  return logistic(-logOdds);
}
