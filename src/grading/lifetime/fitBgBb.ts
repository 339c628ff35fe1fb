import { attempt, CrmRulesError, parseWith, type RunOptions, type SafeResult } from '../../errors';
import { withoutRunOptions } from '../../errors/_lib/runControl';
import { groupBgBb } from './_lib/data/groupBgBb';
import { checkBoundary } from './_lib/fit/checkBoundary';
import { fitProgress } from './_lib/fit/fitProgress';
import { checkFitResult, fitLogLikelihood } from './_lib/fit/fitResult';
import { standardErrorsOf } from './_lib/fit/standardErrors';
import { minimizeBfgs } from './_lib/math/minimizeBfgs';
import { bgBbGroupedLogLikelihood, bgBbObjective } from './_lib/models/bgBbObjective';
import type { BgBbParams } from './BgBbParams';
import { BgBbSummaries } from './BgBbSummary';
import { FitOptions, type FitOptionsInput } from './FitOptions';
import type { FitStandardErrors } from './FitStandardErrors';
import type { TimeUnit } from './TimeUnit';

/** A converged BG/BB fit. */
export interface BgBbFit {
  readonly model: 'bg-bb';
  readonly params: BgBbParams;
  /** ln L at `params` (without the penalty), summed over customers (each row × its `count`). */
  readonly logLikelihood: number;
  /** BFGS iterations used. */
  readonly iterations: number;
  readonly converged: true;
  /** Standard errors and covariance of `params`, from the log-likelihood's Hessian. */
  readonly standardErrors: FitStandardErrors<'alpha' | 'beta' | 'gamma' | 'delta'>;
  /** The length of one opportunity, when stated (`FitOptions.unit`), else `null`. */
  readonly unit: TimeUnit | null;
  /** Customers fitted (Σ count), and the distinct (frequency, recency, n) patterns. */
  readonly customers: number;
  readonly groups: number;
}

/**
 * Fits the BG/BB model (Fader, Hardie & Shang 2010) by maximum likelihood on discrete-time
 * patterns (see `BgBbSummary`: frequency, recency, n and a `count` of customers per row). Rows
 * with the same pattern are added up and sorted first, so the result does not depend on input
 * order and a pattern table fits exactly as one row per customer; the mean negative
 * log-likelihood is minimised over the log-parameters by BFGS (central-difference gradient),
 * from α = β = γ = δ = 1, with the convergence checks of `fitBgNbd`.
 *
 * @param summaries - untrusted pattern rows
 * @param options - penalizer, iteration limit, gradient tolerance, `unit` (the length of one
 * opportunity, remembered only); `signal` and `onProgress` (stage `fit`, see
 * {@link index!RunOptions})
 * @returns the parameters, log-likelihood, iterations, standard errors and counts
 * @throws CrmRulesError `INVALID_INPUT` for a bad row (path `[index, field]`) or option (path
 * `['options', field]`); `INSUFFICIENT_DATA` when there are no customers, no repeat transaction or
 * no opportunity; `FIT_NOT_CONVERGED` (value: the last parameters, or `{ params, evidence }` on a
 * flat ridge); `ABORTED` once the signal is aborted
 * @example
 * ```ts
 * // The 1995 cohort of a nonprofit's donors (Fader, Hardie & Shang 2010, 11,104 donors,
 * // 6 yearly opportunities), as `lifetimes` ships it (donations.csv): a pattern and its count.
 * const fit = fitBgBb(donationPatterns);
 * [fit.params.alpha, fit.params.beta, fit.params.gamma, fit.params.delta].map((v) => v.toFixed(3));
 * //=> ['1.204', '0.750', '0.657', '2.783']
 * ```
 * @example
 * ```ts
 * const fit = fitBgBb([
 *   { frequency: 0, recency: 0, n: 4, count: 40 },
 *   { frequency: 1, recency: 1, n: 4, count: 12 },
 *   { frequency: 1, recency: 3, n: 4, count: 5 },
 *   { frequency: 2, recency: 4, n: 4, count: 9 },
 *   { frequency: 3, recency: 4, n: 4, count: 10 },
 *   { frequency: 4, recency: 4, n: 4, count: 24 },
 * ]);
 * [fit.customers, fit.groups];
 * //=> [100, 6]
 * ```
 */
export function fitBgBb(summaries: unknown, options: FitOptionsInput & RunOptions = {}): BgBbFit {
  const progress = fitProgress(options);
  const rows = parseWith(BgBbSummaries, summaries);
  const { penalizer, maxIterations, gradientTolerance, unit } = parseWith(
    FitOptions,
    withoutRunOptions(options),
    { path: ['options'] },
  );
  const groups = groupBgBb(rows);
  if (groups.totalWeight === 0 || groups.totalFrequency === 0 || groups.totalOpportunities === 0)
    throw new CrmRulesError(
      'INSUFFICIENT_DATA',
      'BG/BB needs customers with repeat transactions and some opportunities',
      { value: { customers: groups.totalWeight, repeatTransactions: groups.totalFrequency } },
    );
  const start = [0, 0, 0, 0];
  const objective = bgBbObjective(groups, penalizer, start);
  const result = minimizeBfgs(objective, start, {
    maxIterations,
    gradientTolerance,
    ...progress.hooks,
  });
  progress.end(result.iterations);
  const [alpha, beta, gamma, delta] = result.x.map(Math.exp) as [number, number, number, number];
  const params = { alpha, beta, gamma, delta };
  checkFitResult('BG/BB', result, params, { alpha: 1, beta: 1, gamma: 1, delta: 1 });
  checkBoundary('BG/BB', objective, result.x, result.value, params);
  return {
    model: 'bg-bb',
    params,
    logLikelihood: fitLogLikelihood('BG/BB', bgBbGroupedLogLikelihood(groups, params), params),
    iterations: result.iterations,
    converged: true,
    unit: unit ?? null,
    standardErrors: standardErrorsOf(['alpha', 'beta', 'gamma', 'delta'] as const, params, (at) =>
      bgBbGroupedLogLikelihood(groups, at),
    ),
    customers: groups.totalWeight,
    groups: groups.size,
  };
}

/**
 * Like {@link fitBgBb} but returns a `SafeResult` instead of throwing.
 *
 * @param summaries - untrusted pattern rows
 * @param options - fit options
 * @returns `{ success: true, data: fit }` or `{ success: false, error }`
 * @throws nothing: a CrmRulesError (`INVALID_INPUT`, `INSUFFICIENT_DATA`, `FIT_NOT_CONVERGED`, `ABORTED`) comes back as `error`
 * @example
 * ```ts
 * const r = safeFitBgBb([{ frequency: 0, recency: 0, n: 6, count: 10 }]);
 * r.success ? null : r.error.code;
 * //=> 'INSUFFICIENT_DATA'
 * ```
 */
export function safeFitBgBb(
  summaries: unknown,
  options: FitOptionsInput & RunOptions = {},
): SafeResult<BgBbFit> {
  return attempt(() => fitBgBb(summaries, options));
}
