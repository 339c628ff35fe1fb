import { attempt, type SafeResult } from '../errors';
import { requireArray } from '../errors/_lib/argumentGuards';
import { type Decimal, type DecimalInput, toDecimal } from '../money';

/**
 * The factor of an accelerator or decelerator at an attainment: the factor of the band
 * `[from, to)` the attainment (percent of quota) falls in; below 0, the first band's.
 *
 * @param bands - validated bands (see `MultiplierBand`), first from 0, last open
 * @param attainment - attainment in percent (`"112.5"`)
 * @returns the factor
 * @throws CrmRulesError `INVALID_AMOUNT` (path `['attainment']`) for a float or malformed value
 * @example
 * ```ts
 * multiplierFactor(
 *   [{ from: '0', to: '100', factor: '1' }, { from: '100', to: '150', factor: '1.5' }, { from: '150', to: null, factor: '2' }],
 *   '120',
 * ).toFixed();
 * //=> '1.5'
 * ```
 */
export function multiplierFactor(
  bands: ReadonlyArray<{
    readonly from: string;
    readonly to: string | null;
    readonly factor: string;
  }>,
  attainment: DecimalInput,
): Decimal {
  requireArray(bands, 'bands');
  const value = toDecimal(attainment, ['attainment']);
  let factor = bands[0]?.factor ?? '1';
  for (const band of bands) if (value.gte(band.from)) factor = band.factor;
  return toDecimal(factor);
}

/**
 * Like {@link multiplierFactor}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeMultiplierFactor(null, null).success;
 * //=> false
 * ```
 */
export function safeMultiplierFactor(
  bands: Parameters<typeof multiplierFactor>[0],
  attainment: DecimalInput,
): SafeResult<Decimal> {
  return attempt(() => multiplierFactor(bands, attainment));
}
