import { attempt, CrmRulesError, parseWith, type RunOptions, type SafeResult } from '../../errors';
import { withoutRunOptions } from '../../errors/_lib/runControl';
import { groupSummaries } from './_lib/data/groupSummaries';
import { parseSummaries } from './_lib/data/parseSummaries';
import { checkBoundary } from './_lib/fit/checkBoundary';
import { fitProgress } from './_lib/fit/fitProgress';
import { checkFitResult, fitLogLikelihood, groupedLogLikelihood } from './_lib/fit/fitResult';
import { standardErrorsOf } from './_lib/fit/standardErrors';
import { minimizeBfgs } from './_lib/math/minimizeBfgs';
import { bgNbdObjective } from './_lib/models/bgNbdObjective';
import { prepareBgNbd } from './_lib/models/prepareBgNbd';
import type { BgNbdParams } from './BgNbdParams';
import { bgNbdCustomerLogLikelihood } from './bgNbdLogLikelihood';
import { FitOptions, type FitOptionsInput } from './FitOptions';
import type { FitStandardErrors } from './FitStandardErrors';
import type { TimeUnit } from './TimeUnit';

/** A converged BG/NBD fit. */
export interface BgNbdFit {
  readonly model: 'bg-nbd';
  readonly params: BgNbdParams;
  /** ln L at `params` (without the penalty), summed over customers. */
  readonly logLikelihood: number;
  /** BFGS iterations used. */
  readonly iterations: number;
  readonly converged: true;
  /** Standard errors and covariance of `params`, from the log-likelihood's Hessian. */
  readonly standardErrors: FitStandardErrors<'r' | 'alpha' | 'a' | 'b'>;
  /** The time unit of the summaries fitted (`FitOptions.unit`), or `null` when not stated. */
  readonly unit: TimeUnit | null;
  /** Customers fitted, and the distinct (frequency, recency, T) groups they compress to. */
  readonly customers: number;
  readonly groups: number;
}

/**
 * Fits the BG/NBD model (Fader, Hardie & Lee 2005) by maximum likelihood. Customers with the
 * same (frequency, recency, T) are compressed into weighted groups and sorted first, so the
 * result does not depend on input order; the mean negative log-likelihood is minimised over the
 * log-parameters by BFGS with an analytic gradient, starting from r = 1, α = ΣT / Σx, a = b = 1.
 *
 * @param summaries - untrusted BTYD summaries (see `BtydSummary`)
 * @param options - penalizer, iteration limit, gradient tolerance (see `FitOptions`);
 * `signal` and `onProgress` (stage `fit`: one report per BFGS iteration, see
 * {@link index!RunOptions})
 * @returns the parameters, log-likelihood, iterations, standard errors (`FitStandardErrors`) and
 * unit
 * @throws CrmRulesError `INVALID_INPUT` for a bad row (path `[index, field]`) or option (path
 * `['options', field]`); `INSUFFICIENT_DATA` when there are no customers, no repeat purchase or
 * no observation time; `FIT_NOT_CONVERGED` (value: the last parameters) when BFGS stops without
 * meeting the tolerance, or a parameter runs off towards 0 or ∞ (say, no customer ever drops out),
 * or the likelihood still rises when a parameter is moved × 10 or ÷ 10 from where BFGS stopped
 * (a flat ridge; value `{ params, evidence }`); `ABORTED` (path
 * `['options', 'signal']`) once the signal is aborted, checked before any work and between
 * iterations
 * @example
 * ```ts
 * // cdnowSummaries: the CDNOW sample as lifetimes ships it (cdnow_customers_summary.csv: 2,357
 * // customers, weeks), rows of { frequency, recency, T }
 * const fit = fitBgNbd(cdnowSummaries);
 * [fit.params.r, fit.params.alpha, fit.params.a, fit.params.b].map((v) => v.toFixed(3));
 * //=> ['0.243', '4.414', '0.793', '2.426']
 * ```
 * @example
 * ```ts
 * // Standard errors from the log-likelihood's Hessian (lifetimes reports 0.0126, 0.378, 0.186, 0.705).
 * const { standardErrors } = fitBgNbd(cdnowSummaries);
 * standardErrors.status === 'ok' ? [standardErrors.standardErrors.r.toFixed(4), standardErrors.standardErrors.alpha.toFixed(3)] : null;
 * //=> ['0.0126', '0.378']
 * ```
 * @example
 * ```ts
 * // Stop a fit after ten iterations (a time budget would check the clock here).
 * const controller = new AbortController();
 * const stopped = safeFitBgNbd(cdnowSummaries, {
 *   signal: controller.signal,
 *   onProgress: ({ done }) => done === 10 && controller.abort('budget'),
 * });
 * stopped.success ? null : [stopped.error.code, stopped.error.value];
 * //=> ['ABORTED', 'budget']
 * ```
 */
export function fitBgNbd(summaries: unknown, options: FitOptionsInput & RunOptions = {}): BgNbdFit {
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
  const data = prepareBgNbd(groups);
  if (data.totalWeight === 0 || data.totalFrequency === 0 || data.totalT === 0)
    throw new CrmRulesError(
      'INSUFFICIENT_DATA',
      'BG/NBD needs customers with repeat purchases and some observation time',
      { value: { customers: data.totalWeight, repeatPurchases: data.totalFrequency } },
    );
  const start = [0, Math.log(data.totalT / data.totalFrequency), 0, 0];
  const objective = bgNbdObjective(data, penalizer, start);
  const result = minimizeBfgs(objective, start, {
    maxIterations,
    gradientTolerance,
    ...progress.hooks,
  });
  progress.end(result.iterations);
  const [r, alpha, a, b] = result.x.map(Math.exp) as [number, number, number, number];
  const params = { r, alpha, a, b };
  checkFitResult('BG/NBD', result, params, { r: 1, alpha: data.maxT, a: 1, b: 1 });
  checkBoundary('BG/NBD', objective, result.x, result.value, params);
  return {
    model: 'bg-nbd',
    params,
    logLikelihood: fitLogLikelihood(
      'BG/NBD',
      groupedLogLikelihood(groups, (x, tx, T) => bgNbdCustomerLogLikelihood(params, x, tx, T)),
      params,
    ),
    iterations: result.iterations,
    converged: true,
    unit: unit ?? null,
    standardErrors: standardErrorsOf(['r', 'alpha', 'a', 'b'] as const, params, (at) =>
      groupedLogLikelihood(groups, (x, tx, T) => bgNbdCustomerLogLikelihood(at, x, tx, T)),
    ),
    customers: groups.totalWeight,
    groups: groups.size,
  };
}

/**
 * Like {@link fitBgNbd} but returns a `SafeResult` instead of throwing.
 *
 * @param summaries - untrusted BTYD summaries
 * @param options - fit options
 * @returns `{ success: true, data: fit }` or `{ success: false, error }`
 * @throws nothing: a CrmRulesError (`INVALID_INPUT`, `INSUFFICIENT_DATA`, `FIT_NOT_CONVERGED`, `ABORTED`) comes back as `error`
 * @example
 * ```ts
 * const r = safeFitBgNbd([{ frequency: 0, recency: 0, T: 5 }]);
 * r.success ? null : r.error.code;
 * //=> 'INSUFFICIENT_DATA'
 * ```
 */
export function safeFitBgNbd(
  summaries: unknown,
  options: FitOptionsInput & RunOptions = {},
): SafeResult<BgNbdFit> {
  return attempt(() => fitBgNbd(summaries, options));
}
