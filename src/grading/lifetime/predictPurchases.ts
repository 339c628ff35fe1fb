import * as z from 'zod';
import { attempt, parseWith, type SafeResult } from '../../errors';
import type { TraceStep } from '../../explain';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkPositive } from './_lib/data/checkPositive';
import { checkSummary, type SummaryFields } from './_lib/data/summaryProblem';
import { exact, fixed } from './_lib/explain/traceText';
import type { BgNbdParams } from './BgNbdParams';
import { conditionalExpectedPurchases } from './bgNbdConditionalExpectedPurchases';
import { probabilityAlive } from './bgNbdProbabilityAlive';
import { bgNbdParamsIn } from './convertFitUnit';
import type { BgNbdFit } from './fitBgNbd';
import { TimeUnit } from './TimeUnit';

/**
 * Options of {@link predictPurchases}: the forecast `horizon` (> 0) and the `unit` the summary
 * and the fitted alpha are in.
 *
 * @example
 * ```ts
 * PurchaseForecastOptions.parse({ horizon: 39, unit: 'weeks' }).horizon;
 * //=> 39
 * ```
 */
export const PurchaseForecastOptions = z.strictObject({
  horizon: z.number().positive(),
  unit: TimeUnit,
});
/** Options of {@link predictPurchases}. */
export type PurchaseForecastOptions = z.infer<typeof PurchaseForecastOptions>;

/** A customer's BG/NBD outlook, explained. */
export interface PurchaseForecast {
  /** P(alive | history), in [0, 1]. */
  readonly probabilityAlive: number;
  /** Expected purchases in the next `horizon` units. */
  readonly expectedPurchases: number;
  readonly horizon: number;
  readonly unit: TimeUnit;
  /** `grading.clv.model.bg-nbd`, `grading.clv.history.<unit>`, `grading.clv.palive`, `grading.clv.expected-purchases.<unit>`. */
  readonly trace: TraceStep[];
}

/**
 * What a manager reads about one customer: how likely they are still active and how many
 * purchases to expect in the coming period, with a trace of the model, the history it read and
 * the two results (render it with `lifetimeCatalog`).
 *
 * @param model - fitted BG/NBD parameters (taken to be in `options.unit`), or a BG/NBD fit: a fit
 * that states its unit is converted to `options.unit` where that is exact (days ↔ weeks, see
 * `convertFitUnit`) and refused otherwise
 * @param customer - the customer's summary, in `options.unit`
 * @param options - `horizon` and `unit`
 * @returns P(alive), expected purchases and the trace
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter, summary or horizon (paths
 * `['params', name]`, `['customer', field]`, `['options', 'horizon']`); `UNKNOWN_UNIT` for a
 * unit other than days, weeks, months; `UNIT_MISMATCH` at `['options', 'unit']` (value
 * `{ fitted, requested }`) for a fit in months asked in days or weeks, or the reverse
 * — and `LIMIT_EXCEEDED` at `['params']` when the result leaves the float range (inputs too
 * extreme for the model), never NaN or Infinity
 * @example
 * ```ts
 * const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * const f = predictPurchases(cdnow, { frequency: 2, recency: 30.43, T: 38.86 }, { horizon: 39, unit: 'weeks' });
 * f.trace.map((step) => step.code);
 * //=> ['grading.clv.model.bg-nbd', 'grading.clv.history.weeks', 'grading.clv.palive', 'grading.clv.expected-purchases.weeks']
 * ```
 * @example
 * ```ts
 * // A fit in weeks, asked in days: α is converted exactly (× 7), so the answer is the same.
 * const fit = fitBgNbd(cdnowSummaries, { unit: 'weeks' });
 * const weeks = predictPurchases(fit, { frequency: 2, recency: 30, T: 38 }, { horizon: 4, unit: 'weeks' });
 * const days = predictPurchases(fit, { frequency: 2, recency: 210, T: 266 }, { horizon: 28, unit: 'days' });
 * const refused = safePredictPurchases(fit, { frequency: 2, recency: 7, T: 9 }, { horizon: 1, unit: 'months' });
 * [weeks.expectedPurchases.toFixed(9) === days.expectedPurchases.toFixed(9), refused.success ? null : refused.error.code];
 * //=> [true, 'UNIT_MISMATCH']
 * ```
 */
export function predictPurchases(
  model: BgNbdParams | BgNbdFit,
  customer: SummaryFields,
  options: PurchaseForecastOptions,
): PurchaseForecast {
  const { horizon, unit } = parseWith(PurchaseForecastOptions, options, { path: ['options'] });
  const params = bgNbdParamsIn(model, unit, ['options', 'unit']);
  checkPositive(params, ['r', 'alpha', 'a', 'b'], ['params']);
  const { frequency, recency, T } = checkSummary(customer, ['customer']);
  const alive = finiteResult(
    probabilityAlive(params, frequency, recency, T),
    'P(alive)',
    ['params'],
    params,
  );
  const expected = finiteResult(
    conditionalExpectedPurchases(params, frequency, recency, T, horizon),
    'E[X(t) | x, tₓ, T]',
    ['params'],
    params,
  );
  return {
    probabilityAlive: alive,
    expectedPurchases: expected,
    horizon,
    unit,
    trace: [
      bgNbdModelStep(params),
      historyStep(unit, frequency, recency, T),
      { code: 'grading.clv.palive', params: { probability: fixed(alive, 4) } },
      {
        code: `grading.clv.expected-purchases.${unit}`,
        params: { horizon: exact(horizon), expected: fixed(expected, 3) },
      },
    ],
  };
}

/**
 * Like {@link predictPurchases}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safePredictPurchases(null, null, null).success;
 * //=> false
 * ```
 */
export function safePredictPurchases(
  model: BgNbdParams | BgNbdFit,
  customer: SummaryFields,
  options: PurchaseForecastOptions,
): SafeResult<PurchaseForecast> {
  return attempt(() => predictPurchases(model, customer, options));
}

/**
 * The trace step naming the BG/NBD parameters used (internal).
 *
 * @param params - BG/NBD parameters
 * @returns the step, parameters to 4 decimals
 * @example
 * ```ts
 * bgNbdModelStep({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }).params.alpha;
 * //=> '4.4140'
 * ```
 */
export function bgNbdModelStep({ r, alpha, a, b }: BgNbdParams): TraceStep {
  return {
    code: 'grading.clv.model.bg-nbd',
    params: { r: fixed(r, 4), alpha: fixed(alpha, 4), a: fixed(a, 4), b: fixed(b, 4) },
  };
}

/**
 * The trace step restating the customer's history (internal).
 *
 * @param unit - the time unit
 * @param frequency - repeat purchases
 * @param recency - time of the last purchase
 * @param T - time observed
 * @returns the step
 * @example
 * ```ts
 * historyStep('weeks', 2, 30.43, 38.86).code;
 * //=> 'grading.clv.history.weeks'
 * ```
 */
export function historyStep(
  unit: TimeUnit,
  frequency: number,
  recency: number,
  T: number,
): TraceStep {
  return {
    code: `grading.clv.history.${unit}`,
    params: { frequency, recency: exact(recency), T: exact(T) },
  };
}
