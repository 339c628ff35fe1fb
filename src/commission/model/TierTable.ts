import * as z from 'zod';
import { rateField } from '../../_lib/numberNotes';
import { Decimal, DecimalString } from '../../money';
import { checkBands } from '../_lib/schema/checkBands';

/**
 * How a tier table pays (DOMAIN §6): `whole` (retroactive — the rate of the tier the measured
 * amount reaches applies to all of it), `marginal` (each slice at its own tier's rate),
 * `interpolated-rate` (the RATE moves linearly from a tier's rate at its `from` to the next tier's
 * rate at its `to`, and applies to all of the amount; flat in the last tier) or
 * `interpolated-amount` (each tier pays a fixed `amount`, prorated by how far into the tier the
 * measured amount reaches, plus the whole amount of every tier below — Oracle Incentive
 * Compensation's "interpolated" split on an amount rate table; every tier is closed). The two
 * interpolated modes divide, to 40 significant digits — the only places a tier table does.
 *
 * @example
 * ```ts
 * TierMode.options;
 * //=> ['whole', 'marginal', 'interpolated-rate', 'interpolated-amount']
 * ```
 */
export const TierMode = z.enum(['whole', 'marginal', 'interpolated-rate', 'interpolated-amount']);
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
  rate: rateField(
    DecimalString.check(
      z.refine((text) => new Decimal(text).gte(0), {
        message: 'a tier rate must not be negative',
        params: { code: 'INVALID_AMOUNT' },
      }),
    ),
  ),
});
/** A tier (see {@link Tier}). */
export type Tier = z.infer<typeof Tier>;

/**
 * One tier of an `interpolated-amount` table: from `from` (inclusive) to `to` (exclusive; the
 * table refuses `null`, as an open tier has no width to prorate over), paying the fixed `amount` (plan currency, not negative) in full once the measured amount
 * reaches `to`, and `amount × (measured − from) / (to − from)` inside the tier.
 *
 * @example
 * ```ts
 * AmountTier.parse({ from: '1000', to: '3000', amount: '40' }).amount;
 * //=> '40'
 * ```
 */
export const AmountTier = z.strictObject({
  from: DecimalString,
  to: z.nullable(DecimalString),
  amount: DecimalString.check(
    z.refine((text) => new Decimal(text).gte(0), {
      message: 'a tier amount must not be negative',
      params: { code: 'INVALID_AMOUNT' },
    }),
  ),
});
/** An amount tier (see {@link AmountTier}). */
export type AmountTier = z.infer<typeof AmountTier>;

/**
 * What a tier table pays for a measured amount outside every tier — below a first tier that
 * starts above 0, in a gap between tiers, or above a closed last tier: `error` stops the run with
 * `NO_RATE_MATCH` at the line's path; `zero` pays nothing for the part outside (OCA commission's
 * "sections": a band pays its rate, nothing outside any band). Stating it is what lets a table be
 * written with gaps or a closed top; without it a table must cover every amount from 0.
 *
 * @example
 * ```ts
 * OutsideTiers.options;
 * //=> ['error', 'zero']
 * ```
 */
export const OutsideTiers = z.enum(['error', 'zero']);
/** The outcome outside the tiers (see {@link OutsideTiers}). */
export type OutsideTiers = z.infer<typeof OutsideTiers>;

const TierRow = z.union([Tier, AmountTier]);
const GAP_HINT = "state outsideTiers: 'error' | 'zero' to accept the table as written";

/** Cross-field checks of a tier table: the bands, and the tier shape its mode needs. */
function checkTable(
  table: {
    readonly mode: TierMode;
    readonly outsideTiers?: OutsideTiers | undefined;
    readonly tiers: ReadonlyArray<Tier | AmountTier>;
  },
  ctx: z.RefinementCtx,
): void {
  checkBands(table.tiers, ctx, 'tiers', {
    outside: table.outsideTiers !== undefined,
    hint: GAP_HINT,
  });
  const amounts = table.mode === 'interpolated-amount';
  table.tiers.forEach((tier, index) => {
    if (amounts !== 'amount' in tier)
      ctx.addIssue({
        code: 'custom',
        path: ['tiers', index, amounts ? 'amount' : 'rate'],
        message: amounts
          ? 'a tier of an interpolated-amount table pays an amount: { from, to, amount }'
          : `a tier of a ${table.mode} table pays a rate: { from, to, rate }`,
        input: tier,
        params: { code: 'INVALID_TIERS' },
      });
    else if (amounts && tier.to === null)
      ctx.addIssue({
        code: 'custom',
        path: ['tiers', index, 'to'],
        message: `every tier of an interpolated-amount table is closed (its amount is prorated over its width); ${GAP_HINT.replace('the table as written', 'what lies above')}`,
        input: tier.to,
        params: { code: 'INVALID_TIERS' },
      });
  });
}

/**
 * A tiered calculation with an explicit mode and measure. The table is validated: each tier ends
 * above where it starts, none overlaps the previous one, and only the last may be open; without
 * `outsideTiers` (see {@link OutsideTiers}) the first tier also starts at 0, each starts where the
 * previous ends (no gap) and the last is open — otherwise `INVALID_TIERS` at the tier's path
 * (`['tiers', 1, 'from']`). Tiers carry a `rate` ({@link Tier}), or an `amount` in
 * `interpolated-amount` mode ({@link AmountTier}).
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
    outsideTiers: OutsideTiers.optional(),
    tiers: z.array(TierRow),
  })
  .superRefine(checkTable);
/** A tiered calculation (see {@link TiersCalculation}). */
export type TiersCalculation = z.infer<typeof TiersCalculation>;

/**
 * A tier table on its own — a mode, validated tiers and the optional outcome outside them — as
 * the tier functions take it ({@link tierPayout}, {@link splitAcrossTiers}).
 *
 * @example
 * ```ts
 * TierTable.safeParse({ mode: 'whole', tiers: [{ from: '0', to: '100', rate: '0.5' }] }).error?.issues[0]?.path;
 * //=> ['tiers', 0, 'to']
 * ```
 */
export const TierTable = z
  .strictObject({ mode: TierMode, outsideTiers: OutsideTiers.optional(), tiers: z.array(TierRow) })
  .superRefine(checkTable);
/** A tier table (see {@link TierTable}). */
export type TierTable = z.infer<typeof TierTable>;
