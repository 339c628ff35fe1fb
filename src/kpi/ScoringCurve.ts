import * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { DecimalString } from '../money';

const point = z.strictObject({ x: DecimalString, y: DecimalString });

/**
 * How a KPI's measured value becomes a score, as data (DOMAIN §5):
 * - `ratio`: actual ÷ target (or target ÷ actual when lower is better), clamped to `[floor, cap]`;
 * - `linear`: straight lines through points (threshold / target / stretch …), flat beyond the ends,
 *   or `belowFirst` below the first point when stated (e.g. `'0'`: nothing below the threshold);
 * - `bands`: a lookup table of gap-free bands, lower bound inclusive and upper exclusive unless
 *   `upperInclusive` says otherwise;
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
      .superRefine((bands, ctx) => {
        bands.forEach((band, i) => {
          const previous = bands[i - 1];
          if (i > 0 && band.from === null)
            ctx.addIssue({
              code: 'custom',
              message: 'only the first band may be open below',
              path: [i, 'from'],
            });
          if (i < bands.length - 1 && band.to === null)
            ctx.addIssue({
              code: 'custom',
              message: 'only the last band may be open above',
              path: [i, 'to'],
            });
          if (band.from !== null && band.to !== null && !new Decimal(band.to).gt(band.from)) {
            ctx.addIssue({
              code: 'custom',
              message: 'a band must end above its start',
              path: [i, 'to'],
              input: band.to,
            });
          }
          if (
            previous !== undefined &&
            (previous.to === null || band.from === null || !new Decimal(previous.to).eq(band.from))
          ) {
            ctx.addIssue({
              code: 'custom',
              message: 'bands must be gap-free: each starts where the previous ends',
              path: [i, 'from'],
              input: band.from,
            });
          }
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
