import * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { percentField } from '../_lib/numberNotes';
import { EntityId } from '../model';
import { DecimalString, MoneyJson } from '../money';
import { IsoDate } from '../period';

const percent = percentField(
  DecimalString.check(
    z.refine((text) => new Decimal(text).gte(0), {
      message: 'a percentage must not be negative',
    }),
  ),
);

/**
 * Credit exposure policy (DOMAIN §7, SAP credit management style): what counts as exposure, the
 * limit lookup order customer → group (`groupLimits`, by `Customer.groupId`) → `defaultLimit`,
 * whether the insured limit adds to the own limit, and the utilisation percentages that warn
 * (at or above `warnAtPercent`) and block (above `blockAtPercent`). `check: 'static'` (the
 * default) counts every unbilled order; `check: 'dynamic'` leaves out the undelivered part of
 * orders promised after `asOf` + `horizonDays` (SAP's dynamic check with a horizon), which it
 * then requires.
 *
 * @example
 * ```ts
 * CreditPolicy.parse({ effectiveFrom: '2026-01-01', warnAtPercent: '90', blockAtPercent: '100' }).includeUnbilledOrders;
 * //=> true
 * ```
 */
export const CreditPolicy = z
  .strictObject({
    effectiveFrom: IsoDate,
    effectiveTo: z.optional(IsoDate),
    defaultLimit: z.optional(MoneyJson),
    groupLimits: z.optional(z.record(EntityId, MoneyJson)),
    check: z.enum(['static', 'dynamic']).default('static'),
    horizonDays: z.optional(z.number().int().min(0).max(36_600)),
    includeUnbilledOrders: z.boolean().default(true),
    includeUnbilledDeliveries: z.boolean().default(true),
    insuredLimitAdds: z.boolean().default(true),
    warnAtPercent: percent,
    blockAtPercent: percent,
  })
  .refine((p) => new Decimal(p.warnAtPercent).lte(p.blockAtPercent), {
    message: 'warn must not exceed block',
    path: ['warnAtPercent'],
  })
  .refine((p) => p.check !== 'dynamic' || p.horizonDays !== undefined, {
    message: 'a dynamic check needs horizonDays',
    path: ['horizonDays'],
  });
/** A credit policy version. */
export type CreditPolicy = z.infer<typeof CreditPolicy>;

/**
 * Aging of receivables: bucket edges in days past due (default 30/60/90/120), strictly
 * increasing, and the age from which an open item is a warning or a block.
 *
 * @example
 * ```ts
 * AgingPolicy.parse({ effectiveFrom: '2026-01-01' }).bucketDays;
 * //=> [30, 60, 90, 120]
 * ```
 */
export const AgingPolicy = z.strictObject({
  effectiveFrom: IsoDate,
  effectiveTo: z.optional(IsoDate),
  bucketDays: z
    .array(z.number().int().positive())
    .min(1)
    .default([30, 60, 90, 120])
    .refine((days) => days.every((d, i) => i === 0 || d > (days[i - 1] as number)), {
      message: 'bucket edges must strictly increase',
    }),
  warnAfterDays: z.number().int().min(0).default(30),
  blockAfterDays: z.number().int().min(0).default(90),
});
/** An aging policy version. */
export type AgingPolicy = z.infer<typeof AgingPolicy>;

/**
 * Concentration limits: the share of revenue of the top N customers, and the
 * Herfindahl–Hirschman index (Σ (share × 100)², 0–10,000) at which to warn and block, per company
 * and per account manager (key-person risk); optionally the share of revenue one manager may hold
 * and the customers one manager can serve (capacity).
 *
 * @example
 * ```ts
 * ConcentrationPolicy.parse({ effectiveFrom: '2026-01-01', topN: 5, topShareWarnPercent: '50', hhiWarn: '1500', hhiBlock: '2500' }).topN;
 * //=> 5
 * ```
 */
export const ConcentrationPolicy = z.strictObject({
  effectiveFrom: IsoDate,
  effectiveTo: z.optional(IsoDate),
  topN: z.number().int().positive(),
  topShareWarnPercent: percent,
  hhiWarn: DecimalString,
  hhiBlock: DecimalString,
  managerShareWarnPercent: z.optional(percent),
  maxCustomersPerManager: z.optional(z.number().int().positive()),
});
/** A concentration policy version. */
export type ConcentrationPolicy = z.infer<typeof ConcentrationPolicy>;
