import type { TraceStep } from '../../explain';
import type { RoundingMode } from '../round';

/**
 * Internal: the one trace step for rounding an amount to a currency's decimals, the core
 * catalog's `money.round.<mode>` message, which names the mode in words in each locale
 * ("half-up (halves away from zero)", 四舍五入). Commission lines, KPI bonuses and lifetime
 * values all explain their final rounding with it.
 *
 * @param amount - the unrounded amount, as shown
 * @param result - the rounded amount, as shown
 * @param currency - the ISO 4217 code of both
 * @param mode - the rounding mode applied
 * @param scale - the decimal places rounded to
 */
export function roundingStep(
  amount: string,
  result: string,
  currency: string,
  mode: RoundingMode,
  scale: number,
): TraceStep {
  return { code: `money.round.${mode}`, params: { amount, result, currency, scale } };
}
