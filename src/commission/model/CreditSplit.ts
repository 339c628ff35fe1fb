import * as z from 'zod';
import { percentField } from '../../_lib/numberNotes';
import { EntityId } from '../../model';
import { Decimal, DecimalString } from '../../money';

/**
 * How the credit of an order — or of one of its lines, with `lineId` — goes to payees. `mode`
 * (default `divide`) says how:
 *
 * - `divide`: the percentages divide the line. They are decimal strings above 0 that must add up
 *   to exactly 100 (`SPLIT_NOT_100` at `['splits']` otherwise, with the sum as the value).
 *   Amounts are divided exactly (largest remainder at the amount's own precision), so the shares
 *   always add up to the whole.
 * - `full`: full (duplicate, "shadow") credit — each named payee is credited with the whole line
 *   and earns on it exactly what a sole owner would (an agent and a principal, two agents on one
 *   order, as OCA commission and Tryton pay agents). Each percentage is then `100`
 *   (`INVALID_AMOUNT` at the share otherwise); statements show such credit as `full`. The
 *   credited amounts add up to the line times the number of payees.
 *
 * A split is keyed by its order (`orderId`, with `lineId` for one line) or by one invoice
 * (`invoiceId`, the whole invoice): an invoice's split applies to the credit of that invoice —
 * its lines, the payments of it and the credit notes on it — and takes precedence over its
 * order's split (a deal re-split at billing); give exactly one of `orderId` and `invoiceId`.
 *
 * A payee appears once. A line-level split takes precedence over an order-level one; without
 * either the order's owner gets 100 %. The commission engine rejects a line-level split naming a
 * line its order does not have (`INVALID_INPUT` at `splits[i].lineId`).
 *
 * @example
 * ```ts
 * CreditSplit.safeParse({ orderId: 'SO-1', splits: [{ payeeId: 'A', percent: '60' }, { payeeId: 'B', percent: '30' }] }).error?.issues[0]?.path;
 * //=> ['splits']
 * ```
 */
export const CreditSplit = z
  .strictObject({
    orderId: EntityId.optional(),
    invoiceId: EntityId.optional(),
    lineId: EntityId.optional(),
    mode: z.enum(['divide', 'full']).optional(),
    splits: z
      .array(
        z.strictObject({
          payeeId: EntityId,
          percent: percentField(
            DecimalString.check(
              z.refine((text) => new Decimal(text).gt(0), {
                message: 'a split percentage is above 0',
                params: { code: 'INVALID_AMOUNT' },
              }),
            ),
          ),
        }),
      )
      .min(1),
  })
  .superRefine((split, ctx) => {
    if ((split.orderId === undefined) === (split.invoiceId === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [split.orderId === undefined ? 'orderId' : 'invoiceId'],
        message: 'a split is keyed by exactly one of orderId and invoiceId',
        input: split.invoiceId ?? split.orderId,
      });
    if (split.invoiceId !== undefined && split.lineId !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['lineId'],
        message: 'an invoice split covers the whole invoice (lineId goes with orderId)',
        input: split.lineId,
      });
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
    if (split.mode === 'full') {
      split.splits.forEach((share, index) => {
        if (!new Decimal(share.percent).eq(100))
          ctx.addIssue({
            code: 'custom',
            path: ['splits', index, 'percent'],
            message: 'each payee of a full-credit split earns on 100 % of the line',
            input: share.percent,
            params: { code: 'INVALID_AMOUNT' },
          });
      });
      return;
    }
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
