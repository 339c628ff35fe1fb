import { z } from 'zod';
import { CrmRulesError, parseWith } from '../../errors';
import type { TraceStep } from '../../explain';
import { type Money, toMoneyJson } from '../../money';
import { scoreDimension } from '../_lib/scoreDimension';
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
  const codeSteps = new Map<string, TraceStep>();
  const suffix = `.${unit}`;
  // A recency or frequency step depends only on the value: customers with equal values share one.
  const recencySteps = new Map<number, TraceStep>();
  const frequencySteps = new Map<number, TraceStep>();
  const shared = (
    cache: Map<number, TraceStep>,
    value: number,
    make: () => TraceStep,
  ): TraceStep => {
    let step = cache.get(value);
    if (step === undefined) {
      step = make();
      Object.freeze(step.params);
      Object.freeze(step);
      cache.set(value, step);
    }
    return step;
  };
  return summaries.map((s, i) => {
    const rs = r.scores[i] as number;
    const fs = f.scores[i] as number;
    const ms = m.scores[i] as number;
    const code = `${rs}${fs}${ms}`;
    let codeStep = codeSteps.get(code);
    if (codeStep === undefined) {
      codeStep = Object.freeze({
        code: 'grading.rfm.code',
        params: Object.freeze({ code, r: rs, f: fs, m: ms }),
      });
      codeSteps.set(code, codeStep);
    }
    const days = recency[i] as number;
    const money = toMoneyJson(monetary[i] as Money);
    return {
      customerId: s.customerId,
      r: rs,
      f: fs,
      m: ms,
      code,
      recency: days,
      frequency: frequency[i] as number,
      monetary: monetary[i] as Money,
      trace: [
        codeStep,
        shared(recencySteps, days, () =>
          r.step(i, n, days % 1 === 0 ? String(days) : days.toFixed(2), null, suffix),
        ),
        shared(frequencySteps, frequency[i] as number, () =>
          f.step(i, n, frequency[i] as number, null, ''),
        ),
        m.step(i, n, money.amount, money.currency, ''),
      ],
    };
  });
}
