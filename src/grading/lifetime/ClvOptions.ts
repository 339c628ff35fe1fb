import * as z from 'zod';
import { rateField } from '../../_lib/numberNotes';
import { CurrencyCode, Decimal, DecimalString, RoundingPolicy } from '../../money';
import { TimeUnit } from './TimeUnit';

/**
 * Options of `customerLifetimeValue`: the `unit` of the summaries and fitted alpha, the
 * horizon in `months`, the monthly `discountRate` (a decimal string, `'0.01'` = 1% a month), the
 * `currency` of the spends and the `rounding` of the result (default half-up to the minor unit).
 *
 * @example
 * ```ts
 * ClvOptions.parse({ unit: 'weeks', months: 12, discountRate: '0.01', currency: 'USD' }).rounding;
 * //=> { mode: 'half-up' }
 * ```
 */
export const ClvOptions = z.strictObject({
  unit: TimeUnit,
  months: z.number().int().min(1).max(1200),
  discountRate: rateField(
    DecimalString.check(
      z.refine((text) => new Decimal(text).gte(0), {
        message: 'the discount rate must be ≥ 0',
      }),
    ),
  ),
  currency: CurrencyCode,
  rounding: z._default(RoundingPolicy, { mode: 'half-up' }),
});
/** Parsed CLV options (see {@link ClvOptions}). */
export type ClvOptions = z.infer<typeof ClvOptions>;
/** CLV options as a caller writes them. */
export type ClvOptionsInput = z.input<typeof ClvOptions>;
