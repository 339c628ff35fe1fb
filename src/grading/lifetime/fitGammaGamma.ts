import { attempt, CrmRulesError, parseWith, type RunOptions, type SafeResult } from '../../errors';
import { withoutRunOptions } from '../../errors/_lib/runControl';
import { parseSummaries } from './_lib/data/parseSummaries';
import { checkBoundary } from './_lib/fit/checkBoundary';
import { fitProgress } from './_lib/fit/fitProgress';
import { checkFitResult, fitLogLikelihood } from './_lib/fit/fitResult';
import { standardErrorsOf } from './_lib/fit/standardErrors';
import { minimizeBfgs } from './_lib/math/minimizeBfgs';
import { gammaGammaObjective, prepareGammaGamma } from './_lib/models/gammaGammaObjective';
import { repeatSpend } from './_lib/models/repeatSpend';
import { FitOptions, type FitOptionsInput } from './FitOptions';
import type { FitStandardErrors } from './FitStandardErrors';
import type { GammaGammaParams } from './GammaGammaParams';
import { gammaGammaCustomerLogLikelihood } from './gammaGammaLogLikelihood';
import type { TimeUnit } from './TimeUnit';

/** A converged Gamma-Gamma fit. */
export interface GammaGammaFit {
  readonly model: 'gamma-gamma';
  readonly params: GammaGammaParams;
  /** ln L at `params` (without the penalty), summed over the repeat customers. */
  readonly logLikelihood: number;
  readonly iterations: number;
  readonly converged: true;
  /** Standard errors and covariance of `params`, from the log-likelihood's Hessian. */
  readonly standardErrors: FitStandardErrors<'p' | 'q' | 'gamma'>;
  /** The time unit of the summaries fitted (`FitOptions.unit`), or `null` when not stated. */
  readonly unit: TimeUnit | null;
  /** Repeat customers fitted (customers with frequency 0 are skipped). */
  readonly customers: number;
}

/**
 * Fits the Gamma-Gamma spend model (Fader & Hardie 2013) by maximum likelihood on the customers
 * with repeat purchases (frequency > 0) and the mean value of those purchases (`monetaryValue`).
 * BFGS over the log-parameters with an analytic gradient, from p = q = 1, γ = the mean spend;
 * rows are sorted by (frequency, spend) first, so the result does not depend on input order; a
 * row's `count` weighs it as that many customers.
 *
 * The model assumes a customer's spend per purchase is independent of how often they buy:
 * check it with `spendFrequencyCorrelation` before combining with BG/NBD (on the CDNOW sample
 * the correlation is 0.11: weak).
 *
 * @param summaries - untrusted BTYD summaries with `monetaryValue`
 * @param options - penalizer, iteration limit, gradient tolerance;
 * `signal` and `onProgress` (stage `fit`: one report per BFGS iteration, see
 * {@link index!RunOptions})
 * @returns p, q, gamma, the log-likelihood and iterations
 * @throws CrmRulesError `INVALID_INPUT` for a bad row (path `[index, field]`; a repeat customer
 * without a `monetaryValue` > 0 at `[index, 'monetaryValue']`); `INSUFFICIENT_DATA` with fewer
 * than two repeat customers; `FIT_NOT_CONVERGED` (value: the last parameters); `ABORTED` (path
 * `['options', 'signal']`) once the signal is aborted, checked before any work and between
 * iterations
 * @example
 * ```ts
 * // cdnowWithSpend: the CDNOW sample with mean spend, as lifetimes ships it
 * // (cdnow_customers_summary_with_transactions.csv), rows of { frequency, recency, T, monetaryValue }
 * const fit = fitGammaGamma(cdnowWithSpend); // uses its 946 repeat customers
 * [fit.params.p, fit.params.q, fit.params.gamma].map((v) => v.toFixed(2));
 * //=> ['6.25', '3.74', '15.45']
 * ```
 */
export function fitGammaGamma(
  summaries: unknown,
  options: FitOptionsInput & RunOptions = {},
): GammaGammaFit {
  const progress = fitProgress(options);
  const rows = parseSummaries(summaries);
  const { penalizer, maxIterations, gradientTolerance, unit } = parseWith(
    FitOptions,
    withoutRunOptions(options),
    {
      path: ['options'],
    },
  );
  const repeat: Array<{ x: number; m: number; w: number }> = [];
  let repeatCustomers = 0;
  rows.forEach((row, index) => {
    const w = row.count ?? 1;
    if (row.frequency > 0 && w > 0) {
      repeat.push({
        x: row.frequency,
        m: repeatSpend(row.monetaryValue, [index, 'monetaryValue']),
        w,
      });
      repeatCustomers += w;
    }
  });
  if (repeatCustomers < 2)
    throw new CrmRulesError(
      'INSUFFICIENT_DATA',
      'the Gamma-Gamma model needs at least two customers with repeat purchases',
      { value: { repeatCustomers } },
    );
  const data = prepareGammaGamma(repeat);
  const start = [0, 0, Math.log(data.meanSpend)];
  const objective = gammaGammaObjective(data, penalizer, start);
  const result = minimizeBfgs(objective, start, {
    maxIterations,
    gradientTolerance,
    ...progress.hooks,
  });
  progress.end(result.iterations);
  const [p, q, gamma] = result.x.map(Math.exp) as [number, number, number];
  const params = { p, q, gamma };
  checkFitResult('Gamma-Gamma', result, params, { p: 1, q: 1, gamma: data.maxSpend });
  checkBoundary('Gamma-Gamma', objective, result.x, result.value, params);
  const logLikelihood = gammaGammaTotal(data, params);
  return {
    model: 'gamma-gamma',
    params,
    logLikelihood: fitLogLikelihood('Gamma-Gamma', logLikelihood, params),
    iterations: result.iterations,
    converged: true,
    unit: unit ?? null,
    standardErrors: standardErrorsOf(['p', 'q', 'gamma'] as const, params, (at) =>
      gammaGammaTotal(data, at),
    ),
    customers: data.count,
  };
}

/**
 * Like {@link fitGammaGamma} but returns a `SafeResult` instead of throwing.
 *
 * @param summaries - untrusted BTYD summaries with `monetaryValue`
 * @param options - fit options
 * @returns `{ success: true, data: fit }` or `{ success: false, error }`
 * @throws nothing: a CrmRulesError (`INVALID_INPUT`, `INSUFFICIENT_DATA`, `FIT_NOT_CONVERGED`, `ABORTED`) comes back as `error`
 * @example
 * ```ts
 * safeFitGammaGamma([{ frequency: 0, recency: 0, T: 3 }]).success;
 * //=> false
 * ```
 */
export function safeFitGammaGamma(
  summaries: unknown,
  options: FitOptionsInput & RunOptions = {},
): SafeResult<GammaGammaFit> {
  return attempt(() => fitGammaGamma(summaries, options));
}

/** Σ ln L over the repeat customers. */
function gammaGammaTotal(
  data: ReturnType<typeof prepareGammaGamma>,
  params: { p: number; q: number; gamma: number },
): number {
  let logLikelihood = 0;
  for (let i = 0; i < data.rows; i++) {
    const x = data.xs[data.rowX[i] as number] as number;
    logLikelihood +=
      (data.rowWeight[i] as number) *
      gammaGammaCustomerLogLikelihood(params, x, (data.rowXm[i] as number) / x);
  }
  return logLikelihood;
}
