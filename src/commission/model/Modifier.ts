import * as z from 'zod';
import { EntityId } from '../../model';
import { Decimal, DecimalString, MoneyJson } from '../../money';
import { checkBands } from '../_lib/schema/checkBands';

const NonNegative = DecimalString.check(
  z.refine((text) => new Decimal(text).gte(0), {
    message: 'must not be negative',
    params: { code: 'INVALID_AMOUNT' },
  }),
);
const NonNegativeMoney = MoneyJson.check(
  z.refine((value) => new Decimal(value.amount).gte(0), {
    message: 'must not be negative',
    path: ['amount'],
    params: { code: 'INVALID_AMOUNT' },
  }),
);

/**
 * One band of an accelerator or decelerator: attainment percentages `[from, to)` and the factor
 * that multiplies the component's earnings there (`"1.5"` accelerates, `"0.5"` decelerates).
 *
 * @example
 * ```ts
 * MultiplierBand.parse({ from: '100', to: null, factor: '1.5' }).factor;
 * //=> '1.5'
 * ```
 */
export const MultiplierBand = z.strictObject({
  from: DecimalString,
  to: z.nullable(DecimalString),
  factor: NonNegative,
});
/** A multiplier band (see {@link MultiplierBand}). */
export type MultiplierBand = z.infer<typeof MultiplierBand>;

/**
 * A modifier of a component, discriminated by `kind`:
 * - `multiplier` — an accelerator or decelerator: the factor of the band the final attainment
 *   (percent of quota) falls in multiplies the component's earnings; the difference is its own
 *   line. `scope: 'period'` (default) works on the period; `'plan-year'` on the plan year to date,
 *   paying the difference to what it paid before (a YTD true-up). Bands are validated like tiers.
 * - `gate` — nothing is paid when attainment is below `min` percent.
 * - `kpi-gate` — nothing is paid when the KPI score `kpi` is below `min` or missing.
 * - `cap` — the most paid `per` line, period or plan year (`amount` in the plan currency).
 * - `minimum` — the least paid per period.
 *
 * Line caps apply to each line as it is computed; the others apply to the component's period
 * total in array order, each as a separate statement line.
 *
 * @example
 * ```ts
 * Modifier.parse({ kind: 'cap', per: 'period', amount: { amount: '10000', currency: 'USD' } }).per;
 * //=> 'period'
 * ```
 */
export const Modifier = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('multiplier'),
      basis: z.literal('attainment'),
      scope: z.enum(['period', 'plan-year']).default('period'),
      bands: z.array(MultiplierBand),
    })
    .superRefine((modifier, ctx) => checkBands(modifier.bands, ctx, 'bands', { what: 'band' })),
  z.strictObject({ kind: z.literal('gate'), basis: z.literal('attainment'), min: NonNegative }),
  z.strictObject({ kind: z.literal('kpi-gate'), kpi: EntityId, min: DecimalString }),
  z.strictObject({
    kind: z.literal('cap'),
    per: z.enum(['line', 'period', 'plan-year']),
    amount: NonNegativeMoney,
  }),
  z.strictObject({
    kind: z.literal('minimum'),
    per: z.literal('period'),
    amount: NonNegativeMoney,
  }),
]);
/** A component modifier (see {@link Modifier}). */
export type Modifier = z.infer<typeof Modifier>;
