import * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { INPUT_LIMITS } from '../errors';
import { DecimalString, RoundingMode } from '../money';
import { checkGapFreeBands } from './_lib/scoring/gapFreeBands';

/**
 * How a scorecard's final score is shown on an output scale (0–100, 0–5, 1–5 stars, a rating
 * label), as data; the result keeps both the raw and the mapped score:
 * - `linear`: `to.min + (score − min) × (to.max − to.min) ÷ (max − min)` from the scorecard's
 *   scale onto `to`, rounded once and exactly (no intermediate rounding) to `places` decimal
 *   places with `mode` (default `half-up`);
 * - `bands`: a rating table — the band holding the score gives its `rating` (a number) and
 *   `label`; lower bound inclusive and upper exclusive, or the reverse with `upperInclusive`;
 *   gap-free like a `bands` curve. A score outside every band is `INVALID_INPUT`, so leave the
 *   first band open below (`from: null`) and the last open above (`to: null`).
 *
 * @example
 * ```ts
 * ScaleMapping.parse({ kind: 'linear', to: { min: '1', max: '5' }, places: 1 }).mode;
 * //=> 'half-up'
 * ```
 */
export const ScaleMapping = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('linear'),
    to: z
      .strictObject({ min: DecimalString, max: DecimalString })
      .refine((to) => new Decimal(to.max).gt(to.min), {
        message: 'the output scale max must exceed its min',
        path: ['max'],
      }),
    places: z.number().int().min(0).max(INPUT_LIMITS.maxScale),
    mode: z._default(RoundingMode, 'half-up'),
  }),
  z.strictObject({
    kind: z.literal('bands'),
    upperInclusive: z.boolean().default(false),
    bands: z
      .array(
        z.strictObject({
          from: z.nullable(DecimalString),
          to: z.nullable(DecimalString),
          rating: DecimalString,
          label: z.optional(z.string().min(1)),
        }),
      )
      .min(1)
      .superRefine(checkGapFreeBands),
  }),
]);
/** A scale mapping (see {@link ScaleMapping}). */
export type ScaleMapping = z.infer<typeof ScaleMapping>;
