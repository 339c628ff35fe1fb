import { attempt, CrmRulesError, parseWith, type RunOptions, type SafeResult } from '../../errors';
import { withoutRunOptions } from '../../errors/_lib/runControl';
import { groupSummaries } from './_lib/data/groupSummaries';
import { parseSummaries } from './_lib/data/parseSummaries';
import { checkBoundary } from './_lib/fit/checkBoundary';
import { fitProgress } from './_lib/fit/fitProgress';
import { checkFitResult, fitLogLikelihood, groupedLogLikelihood } from './_lib/fit/fitResult';
import { standardErrorsOf } from './_lib/fit/standardErrors';
import { minimizeBfgs } from './_lib/math/minimizeBfgs';
import { paretoNbdObjective } from './_lib/models/paretoNbdObjective';
import { FitOptions, type FitOptionsInput } from './FitOptions';
import type { FitStandardErrors } from './FitStandardErrors';
import type { ParetoNbdParams } from './ParetoNbdParams';
import { paretoNbdCustomerLogLikelihood } from './paretoNbdLogLikelihood';
import type { TimeUnit } from './TimeUnit';

/** A converged Pareto/NBD fit. */
export interface ParetoNbdFit {
  readonly model: 'pareto-nbd';
  readonly params: ParetoNbdParams;
  /** ln L at `params` (without the penalty), summed over customers. */
  readonly logLikelihood: number;
  readonly iterations: number;
  readonly converged: true;
  /** Standard errors and covariance of `params`, from the log-likelihood's Hessian. */
  readonly standardErrors: FitStandardErrors<'r' | 'alpha' | 's' | 'beta'>;
  /** The time unit of the summaries fitted (`FitOptions.unit`), or `null` when not stated. */
  readonly unit: TimeUnit | null;
  readonly customers: number;
  readonly groups: number;
}

/**
 * Fits the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987; likelihood as in Fader, Hardie
 * & Lee 2005, "A Note on Deriving the Pareto/NBD Model") by maximum likelihood: customers grouped
 * and sorted as for `fitBgNbd`, BFGS over the log-parameters with a central-difference gradient,
 * from r = s = 1, α = ΣT / Σx, β = mean T. Slower than the BG/NBD fit (two hypergeometric series
 * per distinct customer and evaluation), and offered for comparison with it.
 *
 * @param summaries - untrusted BTYD summaries
 * @param options - penalizer, iteration limit, gradient tolerance;
 * `signal` and `onProgress` (stage `fit`: one report per BFGS iteration, see
 * {@link index!RunOptions})
 * @returns the parameters, log-likelihood and iterations
 * @throws CrmRulesError `INVALID_INPUT` for a bad row or option; `INSUFFICIENT_DATA` without
 * customers, repeat purchases or observation time; `FIT_NOT_CONVERGED` (value: the last
 * parameters); `ABORTED` (path
 * `['options', 'signal']`) once the signal is aborted, checked before any work and between
 * iterations
 * @example
 * ```ts
 * // cdnowSummaries: the CDNOW sample as lifetimes ships it (cdnow_customers_summary.csv: 2,357
 * // customers, weeks), rows of { frequency, recency, T }
 * const fit = fitParetoNbd(cdnowSummaries);
 * [fit.params.r, fit.params.alpha, fit.params.s, fit.params.beta].map((v) => v.toFixed(2));
 * //=> ['0.55', '10.58', '0.61', '11.67']
 * ```
 */
export function fitParetoNbd(
  summaries: unknown,
  options: FitOptionsInput & RunOptions = {},
): ParetoNbdFit {
  const progress = fitProgress(options);
  const rows = parseSummaries(summaries);
  const { penalizer, maxIterations, gradientTolerance, unit } = parseWith(
    FitOptions,
    withoutRunOptions(options),
    {
      path: ['options'],
    },
  );
  const groups = groupSummaries(rows);
  let totalFrequency = 0;
  let totalT = 0;
  for (let g = 0; g < groups.size; g++) {
    totalFrequency += (groups.weight[g] as number) * (groups.x[g] as number);
    totalT += (groups.weight[g] as number) * (groups.T[g] as number);
  }
  if (groups.totalWeight === 0 || totalFrequency === 0 || totalT === 0)
    throw new CrmRulesError(
      'INSUFFICIENT_DATA',
      'Pareto/NBD needs customers with repeat purchases and some observation time',
      { value: { customers: groups.totalWeight, repeatPurchases: totalFrequency } },
    );
  const maxT = groups.Ts[groups.Ts.length - 1] as number;
  const start = [0, Math.log(totalT / totalFrequency), 0, Math.log(totalT / groups.totalWeight)];
  const objective = paretoNbdObjective(groups, penalizer, start);
  const result = minimizeBfgs(objective, start, {
    maxIterations,
    gradientTolerance,
    ...progress.hooks,
  });
  progress.end(result.iterations);
  const [r, alpha, s, beta] = result.x.map(Math.exp) as [number, number, number, number];
  const params = { r, alpha, s, beta };
  checkFitResult('Pareto/NBD', result, params, { r: 1, alpha: maxT, s: 1, beta: maxT });
  checkBoundary('Pareto/NBD', objective, result.x, result.value, params);
  return {
    model: 'pareto-nbd',
    params,
    logLikelihood: fitLogLikelihood(
      'Pareto/NBD',
      groupedLogLikelihood(groups, (x, tx, T) => paretoNbdCustomerLogLikelihood(params, x, tx, T)),
      params,
    ),
    iterations: result.iterations,
    converged: true,
    unit: unit ?? null,
    standardErrors: standardErrorsOf(['r', 'alpha', 's', 'beta'] as const, params, (at) =>
      groupedLogLikelihood(groups, (x, tx, T) => paretoNbdCustomerLogLikelihood(at, x, tx, T)),
    ),
    customers: groups.totalWeight,
    groups: groups.size,
  };
}

/**
 * Like {@link fitParetoNbd} but returns a `SafeResult` instead of throwing.
 *
 * @param summaries - untrusted BTYD summaries
 * @param options - fit options
 * @returns `{ success: true, data: fit }` or `{ success: false, error }`
 * @throws nothing: a CrmRulesError (`INVALID_INPUT`, `INSUFFICIENT_DATA`, `FIT_NOT_CONVERGED`, `ABORTED`) comes back as `error`
 * @example
 * ```ts
 * safeFitParetoNbd([]).success;
 * //=> false
 * ```
 */
export function safeFitParetoNbd(
  summaries: unknown,
  options: FitOptionsInput & RunOptions = {},
): SafeResult<ParetoNbdFit> {
  return attempt(() => fitParetoNbd(summaries, options));
}
