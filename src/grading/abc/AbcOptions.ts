import * as z from 'zod';
import { Decimal } from '../../_lib/decimal';
import { Label } from '../../model';
import { DecimalString } from '../../money';

/**
 * Options of {@link abcClasses}: the `shares` of total value each class covers, in percent,
 * best class first (default `['80', '15', '5']`: A up to 80 %, B the next 15 %, C the rest), and
 * the class `names` (default `A`, `B`, `C`, …). Shares must be positive and add up to exactly 100.
 *
 * @example
 * ```ts
 * AbcOptions.safeParse({ shares: ['70', '20'] }).success;
 * //=> false
 * ```
 */
export const AbcOptions = z
  .strictObject({
    shares: z
      .array(
        DecimalString.check(
          z.refine((text) => new Decimal(text).gt(0), {
            message: 'a share must be above 0',
          }),
        ),
      )
      .min(2)
      .max(10)
      .default(['80', '15', '5']),
    names: z.array(Label).optional(),
  })
  .superRefine((options, ctx) => {
    const total = options.shares.reduce((sum, share) => sum.plus(share), new Decimal(0));
    if (!total.eq(100))
      ctx.addIssue({
        code: 'custom',
        path: ['shares'],
        message: `the shares add up to ${total.toFixed()}, not 100`,
        input: options.shares,
      });
    const names = options.names;
    if (names !== undefined && names.length !== options.shares.length)
      ctx.addIssue({
        code: 'custom',
        path: ['names'],
        message: `expected ${options.shares.length} names, one per share`,
        input: names,
      });
    if (names !== undefined && new Set(names).size !== names.length)
      ctx.addIssue({
        code: 'custom',
        path: ['names'],
        message: 'names must be unique',
        input: names,
      });
  });
/** Options of {@link abcClasses}, as a caller writes them. */
export type AbcOptionsInput = z.input<typeof AbcOptions>;
