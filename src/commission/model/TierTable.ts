import * as z from 'zod';
import { Decimal, DecimalString } from '../../money';
import { checkBands } from '../_lib/schema/checkBands';

/**
 * How a tier table pays (DOMAIN §6): `whole` (retroactive — the rate of the tier the measured
 * amount reaches applies to all of it), `marginal` (each slice at its own tier's rate) or
 * `interpolated` (the rate moves linearly from a tier's rate at its `from` to the next tier's
 * rate at the next `from`, and applies to all of the amount; flat in the last tier; the rate is
 * computed to 40 significant digits, the only place a tier table divides).
 *
 * @example
 * ```ts
 * TierMode.options;
 * //=> ['whole', 'marginal', 'interpolated']
 * ```
 */
export const TierMode = z.enum(['whole', 'marginal', 'interpolated']);
/** A tier mode (see {@link TierMode}). */
export type TierMode = z.infer<typeof TierMode>;

/**
 * What the tiers measure: `line` (each line on its own), `period-to-date` (the running total of
 * the component's credited base in the period), `plan-year-to-date` (the running total since the
 * plan year began, read from the state) or `attainment` (bounds are percentages of the period
 * quota, turned into amounts by the quota; measured period-to-date).
 *
 * @example
 * ```ts
 * TierMeasure.options.includes('attainment');
 * //=> true
 * ```
 */
export const TierMeasure = z.enum(['line', 'period-to-date', 'plan-year-to-date', 'attainment']);
/** A tier measure (see {@link TierMeasure}). */
export type TierMeasure = z.infer<typeof TierMeasure>;

/**
 * One tier: from `from` (inclusive) to `to` (exclusive; `null` for the open last tier), paying
 * `rate` as a fraction (`"0.06"` is 6 %). Amounts are in the plan currency, or percentages of
 * quota for the `attainment` measure.
 *
 * @example
 * ```ts
 * Tier.parse({ from: '0', to: '150000', rate: '0.04' }).to;
 * //=> '150000'
 * ```
 */
export const Tier = z.strictObject({
  from: DecimalString,
  to: z.nullable(DecimalString),
  rate: DecimalString.check(
    z.refine((text) => new Decimal(text).gte(0), {
      message: 'a tier rate must not be negative',
      params: { code: 'INVALID_AMOUNT' },
    }),
  ),
});
/** A tier (see {@link Tier}). */
export type Tier = z.infer<typeof Tier>;

/**
 * A tiered calculation with an explicit mode and measure. The table is validated: the first tier
 * starts at 0, each starts where the previous ends (no gap, no overlap), each ends above where it
 * starts, and only the last is open — otherwise `INVALID_TIERS` at the tier's path
 * (`['tiers', 1, 'from']`).
 *
 * @example
 * ```ts
 * TiersCalculation.safeParse({
 *   kind: 'tiers', mode: 'marginal', measure: 'period-to-date',
 *   tiers: [{ from: '0', to: '100', rate: '0.04' }, { from: '120', to: null, rate: '0.06' }],
 * }).error?.issues[0]?.path;
 * //=> ['tiers', 1, 'from']
 * ```
 */
export const TiersCalculation = z
  .strictObject({
    kind: z.literal('tiers'),
    mode: TierMode,
    measure: TierMeasure,
    tiers: z.array(Tier),
  })
  .superRefine((table, ctx) => checkBands(table.tiers, ctx, 'tiers'));
/** A tiered calculation (see {@link TiersCalculation}). */
export type TiersCalculation = z.infer<typeof TiersCalculation>;

/**
 * A tier table on its own — a mode and validated tiers — as the tier functions take it
 * ({@link tierPayout}, {@link splitAcrossTiers}).
 *
 * @example
 * ```ts
 * TierTable.safeParse({ mode: 'whole', tiers: [{ from: '0', to: '100', rate: '0.5' }] }).error?.issues[0]?.path;
 * //=> ['tiers', 0, 'to']
 * ```
 */
export const TierTable = z
  .strictObject({ mode: TierMode, tiers: z.array(Tier) })
  .superRefine((table, ctx) => checkBands(table.tiers, ctx, 'tiers'));
/** A tier table (see {@link TierTable}). */
export type TierTable = z.infer<typeof TierTable>;
