import * as z from 'zod';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../../errors';
import type { TraceStep } from '../../explain';
import { type BgBbFields, checkBgBb } from './_lib/data/bgBbProblem';
import { bgBbSteps } from './_lib/explain/bgBbSteps';
import { fixed } from './_lib/explain/traceText';
import type { BgBbParams } from './BgBbParams';
import { bgBbConditionalExpectedTransactions } from './bgBbConditionalExpectedTransactions';
import { bgBbProbabilityAlive } from './bgBbProbabilityAlive';
import type { BgBbFit } from './fitBgBb';
import type { TimeUnit } from './TimeUnit';

/**
 * Options of {@link predictBgBb}: how many future `opportunities` (yearly appeals, renewal
 * dates) to forecast, an integer from 1 to 100,000.
 *
 * @example
 * ```ts
 * BgBbForecastOptions.parse({ opportunities: 5 }).opportunities;
 * //=> 5
 * ```
 */
export const BgBbForecastOptions = z.strictObject({
  opportunities: z.number().int().min(1).max(100_000),
});
/** Options of {@link predictBgBb}. */
export type BgBbForecastOptions = z.infer<typeof BgBbForecastOptions>;

/** A customer's BG/BB outlook over discrete opportunities, explained. */
export interface BgBbForecast {
  /** P(alive at the next opportunity | pattern), in [0, 1]. */
  readonly probabilityAlive: number;
  /** Transactions expected at the next `opportunities` opportunities. */
  readonly expectedTransactions: number;
  readonly opportunities: number;
  /** The length of one opportunity when the fit states it, else `null`: opportunities are counted, not timed. */
  readonly unit: TimeUnit | null;
  /** `grading.clv.model.bg-bb`, `grading.clv.history.opportunities`, `grading.clv.palive`, `grading.clv.expected-transactions`. */
  readonly trace: TraceStep[];
}

/**
 * What a manager reads about one customer of a discrete-time business (donations, yearly
 * renewals, trade fairs): how likely they are still active and how many transactions to expect
 * at the coming opportunities, with a trace of the model, the pattern it read and both results
 * (render it with `lifetimeCatalog`). The BG/BB twin of `predictPurchases`; the horizon is a
 * number of opportunities, never days, so no time unit is converted.
 *
 * @param model - fitted BG/BB parameters, or a BG/BB fit (`fitBgBb`)
 * @param customer - frequency, recency and n (`count`, when present, is ignored)
 * @param options - `opportunities`
 * @returns P(alive), expected transactions and the trace
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter (`['params', name]`), pattern
 * (`['customer', field]`) or horizon (`['options', 'opportunities']`); `LIMIT_EXCEEDED` at
 * `['params']` when the result leaves the float range — never NaN or Infinity
 * @example
 * ```ts
 * // Fader, Hardie & Shang (2010): a donor who gave in 4 of the 6 years, the last in 2001.
 * const donors = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * const f = predictBgBb(donors, { frequency: 4, recency: 6, n: 6 }, { opportunities: 5 });
 * [f.probabilityAlive.toFixed(2), f.expectedTransactions.toFixed(2)];
 * //=> ['0.93', '2.71']
 * ```
 */
export function predictBgBb(
  model: BgBbParams | BgBbFit,
  customer: BgBbFields,
  options: BgBbForecastOptions,
): BgBbForecast {
  const { opportunities } = parseWith(BgBbForecastOptions, options, { path: ['options'] });
  const params = bgBbParamsOf(model);
  const pattern = checkBgBb(customer, ['customer']);
  const alive = bgBbProbabilityAlive(params, pattern);
  const expected = bgBbConditionalExpectedTransactions(params, pattern, opportunities);
  return {
    probabilityAlive: alive,
    expectedTransactions: expected,
    opportunities,
    unit: isFit(model) ? model.unit : null,
    trace: [
      ...bgBbSteps(params, pattern),
      { code: 'grading.clv.palive', params: { probability: fixed(alive, 4) } },
      {
        code: 'grading.clv.expected-transactions',
        params: { opportunities, expected: fixed(expected, 3) },
      },
    ],
  };
}

/**
 * Like {@link predictBgBb}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safePredictBgBb(null, null, null).success;
 * //=> false
 * ```
 */
export function safePredictBgBb(
  model: BgBbParams | BgBbFit,
  customer: BgBbFields,
  options: BgBbForecastOptions,
): SafeResult<BgBbForecast> {
  return attempt(() => predictBgBb(model, customer, options));
}

function isFit(model: BgBbParams | BgBbFit): model is BgBbFit {
  return (model as { model?: unknown }).model === 'bg-bb';
}

/**
 * The parameters of a BG/BB fit, or the parameters given (internal).
 *
 * @param model - parameters or a fit
 * @returns the parameters
 * @throws CrmRulesError `INVALID_INPUT` at `['params']` for anything but an object
 * @example
 * ```ts
 * bgBbParamsOf({ alpha: 1, beta: 2, gamma: 3, delta: 4 }).delta;
 * //=> 4
 * ```
 */
export function bgBbParamsOf(model: BgBbParams | BgBbFit): BgBbParams {
  if (typeof model !== 'object' || model === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected BG/BB parameters or a BG/BB fit', {
      path: ['params'],
      value: model,
    });
  return isFit(model) ? model.params : model;
}
