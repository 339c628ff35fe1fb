import * as z from 'zod';
import { TimeUnit } from './TimeUnit';

/**
 * Options of the maximum-likelihood fitters (`fitBgNbd`, `fitGammaGamma`, `fitParetoNbd`):
 * - `penalizer` (default 0): an L2 penalty `penalizer · Σ param²` added to the mean negative
 *   log-likelihood, as lifetimes' `penalizer_coef` (time-scale parameters are measured in units
 *   of the longest T or the largest spend, so the penalty does not depend on the unit);
 * - `maxIterations` (default 500): BFGS iterations before the fit gives up with
 *   `FIT_NOT_CONVERGED`;
 * - `gradientTolerance` (default 1e-9): converged when every partial derivative of the mean
 *   negative log-likelihood in log-parameters is at most this;
 * - `unit` (optional): the time unit of the summaries (`days`, `weeks`, `months`; an `iso-weeks`
 *   summary is in `weeks`, a `calendar-months` one in `months`). The fit remembers it, and
 *   `predictPurchases`, `customerLifetimeValue` and `convertFitUnit` convert the fit to another
 *   unit where that is exact (days ↔ weeks) or refuse with `UNIT_MISMATCH`. Without it the fit's
 *   `unit` is `null` and predictions take the unit they are given on trust.
 *
 * @example
 * ```ts
 * FitOptions.parse({});
 * //=> { penalizer: 0, maxIterations: 500, gradientTolerance: 1e-9 }
 * ```
 */
export const FitOptions = z.strictObject({
  penalizer: z.number().min(0).default(0),
  maxIterations: z.number().int().min(1).max(100_000).default(500),
  gradientTolerance: z.number().positive().max(1).default(1e-9),
  unit: TimeUnit.optional(),
});
/** Parsed fit options (see {@link FitOptions}). */
export type FitOptions = z.infer<typeof FitOptions>;
/** Fit options as a caller writes them: every field optional. */
export type FitOptionsInput = z.input<typeof FitOptions>;
