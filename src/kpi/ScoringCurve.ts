import * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { DecimalString } from '../money';
import { checkGapFreeBands } from './_lib/scoring/gapFreeBands';

const point = z.strictObject({ x: DecimalString, y: DecimalString });

/**
 * How a KPI's measured value becomes a score, as data (DOMAIN §5):
 * - `ratio`: actual ÷ target (or target ÷ actual when lower is better), clamped to `[floor, cap]`;
 * - `linear`: straight lines through points (threshold / target / stretch …), flat beyond the ends,
 *   or `belowFirst` below the first point when stated (e.g. `'0'`: nothing below the threshold);
 * - `bands`: a lookup table of gap-free bands, lower bound inclusive and upper exclusive unless
 *   `upperInclusive` says otherwise;
 * - `steps`: a staircase — each step's `score` holds from its `from` (inclusive) until the next
 *   step's `from`, the last step for every value above; a value below the first step scores the
 *   stated `belowFirst`. Unlike `bands`, steps only name where the score changes: no upper edges,
 *   no edge-inclusivity choice, and no value falls outside (bands refuse one);
 * - `gate`: one score when the value reaches `threshold`, another when it does not.
 *
 * @example
 * ```ts
 * ScoringCurve.parse({ kind: 'ratio', direction: 'higher-is-better', cap: '1.5' }).kind;
 * //=> 'ratio'
 * ```
 */
export const ScoringCurve = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('ratio'),
      direction: z.enum(['higher-is-better', 'lower-is-better']),
      floor: z.optional(DecimalString),
      cap: z.optional(DecimalString),
    })
    .refine(
      (c) => c.floor === undefined || c.cap === undefined || new Decimal(c.floor).lte(c.cap),
      {
        message: 'floor must not exceed cap',
        path: ['cap'],
      },
    ),
  z.strictObject({
    kind: z.literal('linear'),
    belowFirst: z.optional(DecimalString),
    points: z
      .array(point)
      .min(2)
      .superRefine((points, ctx) => {
        points.forEach((p, i) => {
          const previous = points[i - 1];
          if (previous !== undefined && !new Decimal(p.x).gt(previous.x)) {
            ctx.addIssue({
              code: 'custom',
              message: 'x values must strictly increase',
              path: [i, 'x'],
              input: p.x,
            });
          }
        });
      }),
  }),
  z.strictObject({
    kind: z.literal('bands'),
    upperInclusive: z.boolean().default(false),
    bands: z
      .array(
        z.strictObject({
          from: z.nullable(DecimalString),
          to: z.nullable(DecimalString),
          score: DecimalString,
        }),
      )
      .min(1)
      .superRefine(checkGapFreeBands),
  }),
  z.strictObject({
    kind: z.literal('steps'),
    belowFirst: DecimalString,
    steps: z
      .array(z.strictObject({ from: DecimalString, score: DecimalString }))
      .min(1)
      .superRefine((steps, ctx) => {
        steps.forEach((step, i) => {
          const previous = steps[i - 1];
          if (previous !== undefined && !new Decimal(step.from).gt(previous.from))
            ctx.addIssue({
              code: 'custom',
              message: 'step starts must strictly increase',
              path: [i, 'from'],
              input: step.from,
            });
        });
      }),
  }),
  z.strictObject({
    kind: z.literal('gate'),
    threshold: DecimalString,
    direction: z.enum(['higher-is-better', 'lower-is-better']).default('higher-is-better'),
    met: DecimalString,
    missed: z._default(DecimalString, '0'),
  }),
]);
/** A scoring curve (see {@link ScoringCurve}). */
export type ScoringCurve = z.infer<typeof ScoringCurve>;
