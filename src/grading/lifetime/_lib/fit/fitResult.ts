import { CrmRulesError } from '../../../../errors';
import type { SummaryGroups } from '../data/groupSummaries';
import type { MinimizeResult } from '../math/minimizeBfgs';

/** A parameter further than this factor from its reference scale counts as running off. */
const RUN_OFF = 1e6;

/**
 * Throws `FIT_NOT_CONVERGED` (value: the last parameters) unless the optimiser met its
 * tolerance with finite parameters, each within a factor of 10⁶ of its reference scale (1 for
 * shape parameters, the longest T or largest spend for scale parameters). A parameter beyond that
 * is running off towards 0 or ∞, where the likelihood flattens and a gradient test alone would
 * stop at an arbitrary point: the data do not identify the model.
 *
 * @param model - the model's name, for the message
 * @param result - what the optimiser returned
 * @param params - the parameters at its last point
 * @param reference - the scale each parameter is compared with
 * @returns nothing; throws instead
 * @throws CrmRulesError `FIT_NOT_CONVERGED` with the parameters as value
 * @example
 * ```ts
 * checkFitResult('BG/NBD', result, params, { r: 1, alpha: 39, a: 1, b: 1 });
 * //=> undefined
 * ```
 */
export function checkFitResult<P extends Record<string, number>>(
  model: string,
  result: MinimizeResult,
  params: P,
  reference: { readonly [K in keyof P]: number },
): void {
  for (const name of Object.keys(params) as Array<keyof P & string>) {
    const ratio = (params[name] as number) / (reference[name] as number);
    if (!(ratio > 1 / RUN_OFF && ratio < RUN_OFF))
      throw new CrmRulesError(
        'FIT_NOT_CONVERGED',
        `${model} fit did not converge: ${name} runs off towards ${ratio < 1 ? '0' : '∞'}; the data do not identify the model`,
        { value: params },
      );
  }
  const finite = Object.values(params).every(Number.isFinite) && Number.isFinite(result.value);
  if (!result.converged || !finite) {
    const why =
      result.reason === 'max-iterations'
        ? `no convergence within ${result.iterations} iterations`
        : result.reason === 'line-search'
          ? 'the line search found no better point before the tolerance was met'
          : 'the likelihood is not finite at the starting point';
    throw new CrmRulesError('FIT_NOT_CONVERGED', `${model} fit did not converge: ${why}`, {
      value: params,
    });
  }
}

/**
 * Σ weight · ℓ(x, tₓ, T) over groups, in their (sorted) order.
 *
 * @param groups - grouped summaries
 * @param perCustomer - one customer's log-likelihood
 * @returns the weighted sum (Neumaier-compensated)
 * @example
 * ```ts
 * groupedLogLikelihood(groups, () => -1); // −(number of customers)
 * //=> -3
 * ```
 */
export function groupedLogLikelihood(
  groups: SummaryGroups,
  perCustomer: (x: number, tx: number, T: number) => number,
): number {
  let total = 0;
  let compensation = 0; // Neumaier: the sum is reported, so keep it exact to rounding
  for (let g = 0; g < groups.size; g++) {
    const term =
      (groups.weight[g] as number) *
      perCustomer(groups.x[g] as number, groups.tx[g] as number, groups.T[g] as number);
    const next = total + term;
    compensation += Math.abs(total) >= Math.abs(term) ? total - next + term : term - next + total;
    total = next;
  }
  return total + compensation;
}

/**
 * The reported log-likelihood of a fit: finite, or `FIT_NOT_CONVERGED` — a fit whose own
 * likelihood is not a number has not found a usable optimum (never a NaN in the result).
 *
 * @param model - the model's name, for the message
 * @param value - the log-likelihood at the fitted parameters
 * @param params - the fitted parameters, reported as the error's value
 * @returns `value`
 * @throws CrmRulesError `FIT_NOT_CONVERGED` when `value` is NaN or ±Infinity
 * @example
 * ```ts
 * fitLogLikelihood('BG/NBD', -9582.4, { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
 * //=> -9582.4
 * ```
 */
export function fitLogLikelihood(model: string, value: number, params: object): number {
  if (Number.isFinite(value)) return value;
  throw new CrmRulesError(
    'FIT_NOT_CONVERGED',
    `${model} fit did not converge: the log-likelihood at the fitted parameters is ${value}`,
    { value: params },
  );
}
