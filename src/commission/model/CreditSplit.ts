import * as z from 'zod';
import { EntityId } from '../../model';
import { Decimal, DecimalString } from '../../money';

/**
 * How the credit of an order — or of one of its lines, with `lineId` — is divided among payees.
 * Percentages are decimal strings above 0 that must add up to exactly 100 (`SPLIT_NOT_100` at
 * `['splits']` otherwise, with the sum as the value); a payee appears once. Amounts are divided
 * exactly (largest remainder at the amount's own precision), so the shares always add up to the
 * whole. A line-level split takes precedence over an order-level one; without either the order's
 * owner gets 100 %. The commission engine rejects a line-level split naming a line its order does
 * not have (`INVALID_INPUT` at `splits[i].lineId`).
 *
 * @example
 * ```ts
 * CreditSplit.safeParse({ orderId: 'SO-1', splits: [{ payeeId: 'A', percent: '60' }, { payeeId: 'B', percent: '30' }] }).error?.issues[0]?.path;
 * //=> ['splits']
 * ```
 */
export const CreditSplit = z
  .strictObject({
    orderId: EntityId,
    lineId: EntityId.optional(),
    splits: z
      .array(
        z.strictObject({
          payeeId: EntityId,
          percent: DecimalString.check(
            z.refine((text) => new Decimal(text).gt(0), {
              message: 'a split percentage is above 0',
              params: { code: 'INVALID_AMOUNT' },
            }),
          ),
        }),
      )
      .min(1),
  })
  .superRefine((split, ctx) => {
    const seen = new Set<string>();
    split.splits.forEach((share, index) => {
      if (seen.has(share.payeeId))
        ctx.addIssue({
          code: 'custom',
          path: ['splits', index, 'payeeId'],
          message: 'a payee appears once in a split',
          input: share.payeeId,
        });
      seen.add(share.payeeId);
    });
    const total = split.splits.reduce((sum, share) => sum.plus(share.percent), new Decimal(0));
    if (!total.eq(100))
      ctx.addIssue({
        code: 'custom',
        path: ['splits'],
        message: `split percentages add up to ${total.toFixed()}, not 100`,
        input: total.toFixed(),
        params: { code: 'SPLIT_NOT_100' },
      });
  });
/** A credit split (see {@link CreditSplit}). */
export type CreditSplit = z.infer<typeof CreditSplit>;
