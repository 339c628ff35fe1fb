import * as z from 'zod';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../../errors';
import type { TraceStep } from '../../explain';
import { type Money, minorUnits } from '../../money';
import { decimalToFixed } from '../../money/decimalWords';
import { checkSummaryResult } from '../_lib/input/checkArgument';
import { scoreDimension } from '../_lib/scoring/scoreDimension';
import { freezeStep } from '../_lib/scoring/sortRows';
import type { SummaryResult } from '../summary/CustomerSummary';
import { ScoreSpec } from './ScoreSpec';
import { thresholdScores } from './thresholdScores';

/**
 * Options of {@link rfmScores}: how each dimension is scored (default quantiles 1–5) and which
 * money the M dimension reads — `total` (net value, default) or `average` (per purchase).
 *
 * @example
 * ```ts
 * RfmOptions.parse({}).monetaryField;
 * //=> 'total'
 * ```
 */
export const RfmOptions = z.strictObject({
  recency: ScoreSpec.default({ kind: 'quantile', bins: 5 }),
  frequency: ScoreSpec.default({ kind: 'quantile', bins: 5 }),
  monetary: ScoreSpec.default({ kind: 'quantile', bins: 5 }),
  monetaryField: z.enum(['total', 'average']).default('total'),
});
/** Options of {@link rfmScores}, as a caller writes them. */
export type RfmOptionsInput = z.input<typeof RfmOptions>;

/** One customer's RFM scores, the values they came from, and why. */
export interface RfmScore {
  readonly customerId: string;
  /** Recency score: higher is more recent. */
  readonly r: number;
  readonly f: number;
  readonly m: number;
  /** The scores as `"R F M"` digits, e.g. `"545"` (a two-digit score is written as is). */
  readonly code: string;
  /** Time since the last purchase, in the summary's unit. */
  readonly recency: number;
  /** Purchases, the first included. */
  readonly frequency: number;
  readonly monetary: Money;
  readonly trace: TraceStep[];
}

/**
 * RFM scores of every customer of an `rfm`-convention summary: R from the time since the last
 * purchase (lower is better), F from the purchases, M from the net total (or average) value. Each
 * dimension is scored by quantiles (see {@link quantileScores} for the tie rule) or fixed
 * thresholds (see {@link thresholdScores}). Deterministic: the same summaries give the same
 * scores whatever order the transactions came in.
 *
 * @param result - from {@link summarise} with `convention: 'rfm'`
 * @param options - one {@link ScoreSpec} per dimension, and the `monetaryField`
 * @returns one score per customer, in the summary's order, each with its trace
 * @throws CrmRulesError `INVALID_INPUT` at `['convention']` for a `btyd` summary, at
 * `['options', …]` for bad options
 * @example
 * ```ts
 * const result = summariseTransactions(
 *   [
 *     { customerId: 'A', date: '2026-03-30', amount: '500' },
 *     { customerId: 'A', date: '2026-03-01', amount: '500' },
 *     { customerId: 'B', date: '2026-01-10', amount: '80' },
 *   ],
 *   { currency: 'USD', end: '2026-03-31', convention: 'rfm' },
 * );
 * rfmScores(result, { recency: { kind: 'quantile', bins: 4 }, frequency: { kind: 'quantile', bins: 4 }, monetary: { kind: 'quantile', bins: 4 } })
 *   .map((s) => `${s.customerId}:${s.code}`);
 * //=> ['A:333', 'B:111']
 * ```
 */
export function rfmScores(result: SummaryResult, options: RfmOptionsInput = {}): RfmScore[] {
  checkSummaryResult(result, ['result']);
  if (result.convention !== 'rfm')
    throw new CrmRulesError(
      'INVALID_INPUT',
      'RFM scores read the time since the last purchase: summarise with convention "rfm"',
      { path: ['convention'], value: result.convention },
    );
  const parsed = parseWith(RfmOptions, options, { path: ['options'] });
  const { summaries, unit } = result;
  const recency = summaries.map((s) => s.recency);
  const frequency = summaries.map((s) => s.purchases);
  const monetary = summaries.map((s) =>
    parsed.monetaryField === 'total' ? s.totalValue : s.averageValue,
  );
  const r = scoreDimension('recency', recency, parsed.recency);
  const f = scoreDimension('frequency', frequency, parsed.frequency);
  const m = scoreDimension('monetary', monetary, parsed.monetary);
  const n = summaries.length;
  const suffix = `.${unit}`;
  // Steps that depend only on the scores or on the value are built once and shared, frozen: the
  // code step by the scores (each 1 … 10 by ScoreSpec, so a number is key enough), the recency
  // and frequency steps by the value.
  const codeSteps = new Map<number, { code: string; step: TraceStep }>();
  const recencySteps = new Map<number, TraceStep>();
  const frequencySteps = new Map<number, TraceStep>();
  // Money written as toMoneyJson writes it: at least the currency's minor-unit places.
  let currency = '';
  let places = 0;
  const scores: RfmScore[] = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const s = summaries[i] as (typeof summaries)[number];
    const rs = r.scores[i] as number;
    const fs = f.scores[i] as number;
    const ms = m.scores[i] as number;
    const key = (rs * 1000 + fs) * 1000 + ms;
    let coded = codeSteps.get(key);
    if (coded === undefined) {
      const code = `${rs}${fs}${ms}`;
      coded = {
        code,
        step: freezeStep({ code: 'grading.rfm.code', params: { code, r: rs, f: fs, m: ms } }),
      };
      codeSteps.set(key, coded);
    }
    const days = recency[i] as number;
    let recencyStep = recencySteps.get(days);
    if (recencyStep === undefined) {
      recencyStep = freezeStep(
        r.step(i, n, days % 1 === 0 ? String(days) : days.toFixed(2), null, suffix),
      );
      recencySteps.set(days, recencyStep);
    }
    const purchases = frequency[i] as number;
    let frequencyStep = frequencySteps.get(purchases);
    if (frequencyStep === undefined) {
      frequencyStep = freezeStep(f.step(i, n, purchases, null, ''));
      frequencySteps.set(purchases, frequencyStep);
    }
    const value = monetary[i] as Money;
    if (value.currency !== currency) {
      currency = value.currency;
      places = minorUnits(currency);
    }
    scores[i] = {
      customerId: s.customerId,
      r: rs,
      f: fs,
      m: ms,
      code: coded.code,
      recency: days,
      frequency: purchases,
      monetary: value,
      trace: [
        coded.step,
        recencyStep,
        frequencyStep,
        m.step(i, n, decimalToFixed(value.amount, places), currency, ''),
      ],
    };
  }
  return scores;
}

/**
 * Like {@link rfmScores}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeRfmScores(null).success;
 * //=> false
 * ```
 */
export function safeRfmScores(
  result: SummaryResult,
  options: RfmOptionsInput = {},
): SafeResult<RfmScore[]> {
  return attempt(() => rfmScores(result, options));
}
