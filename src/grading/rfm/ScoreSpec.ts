import * as z from 'zod';
import { Decimal } from '../../_lib/decimal';
import { DecimalString, type Money } from '../../money';

/** What scores are computed from: plain numbers, or exact decimals / money of one currency. */
export type ScoreValue = number | Decimal | Money;

/**
 * Which way a measure is good: `higher-is-better` (frequency, money) or `lower-is-better`
 * (recency: days since the last purchase).
 *
 * @example
 * ```ts
 * ScoreDirection.options;
 * //=> ['higher-is-better', 'lower-is-better']
 * ```
 */
export const ScoreDirection = z.enum(['higher-is-better', 'lower-is-better']);
/** A score direction. */
export type ScoreDirection = z.infer<typeof ScoreDirection>;

/**
 * Options of {@link quantileScores}: `bins` (2–10, default 5 — RFM uses 5 or 4) and `direction`
 * (default `higher-is-better`).
 *
 * @example
 * ```ts
 * QuantileOptions.parse({});
 * //=> { bins: 5, direction: 'higher-is-better' }
 * ```
 */
export const QuantileOptions = z.strictObject({
  bins: z.number().int().min(2).max(10).default(5),
  direction: ScoreDirection.default('higher-is-better'),
});
/** Options of {@link quantileScores}, as a caller writes them. */
export type QuantileOptionsInput = z.input<typeof QuantileOptions>;

/**
 * Options of {@link thresholdScores}: fixed cut points, strictly ascending decimal strings (1–9
 * of them, giving scores 1 to `thresholds.length + 1`), and the `direction`. A sales team's
 * tiers do not move when other customers change.
 *
 * @example
 * ```ts
 * ThresholdOptions.safeParse({ thresholds: ['10', '5'] }).success;
 * //=> false
 * ```
 */
export const ThresholdOptions = z.strictObject({
  thresholds: z
    .array(DecimalString)
    .min(1)
    .max(9)
    .superRefine((thresholds, ctx) => {
      thresholds.forEach((threshold, i) => {
        const previous = thresholds[i - 1];
        if (previous !== undefined && !new Decimal(threshold).gt(previous))
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: 'thresholds must be strictly ascending',
            input: threshold,
          });
      });
    }),
  direction: ScoreDirection.default('higher-is-better'),
});
/** Options of {@link thresholdScores}, as a caller writes them. */
export type ThresholdOptionsInput = z.input<typeof ThresholdOptions>;

/**
 * How one RFM dimension is scored: `{ kind: 'quantile', bins }` (relative to the other
 * customers, see {@link quantileScores}) or `{ kind: 'thresholds', thresholds }` (fixed cut
 * points, see {@link thresholdScores}). The direction is the dimension's own.
 *
 * @example
 * ```ts
 * ScoreSpec.parse({ kind: 'quantile' });
 * //=> { kind: 'quantile', bins: 5 }
 * ```
 */
export const ScoreSpec = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('quantile'), bins: QuantileOptions.shape.bins }),
  z.strictObject({
    kind: z.literal('thresholds'),
    thresholds: ThresholdOptions.shape.thresholds,
  }),
]);
/** How one RFM dimension is scored. */
export type ScoreSpec = z.infer<typeof ScoreSpec>;
