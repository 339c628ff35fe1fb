import type { TraceStep } from '../../../../explain';
import type { RoundingPolicy } from '../../../../money';
import { roundingStep as moneyRoundingStep } from '../../../../money/_lib/roundingStep';

/**
 * The trace step of the final rounding: the core `money.round.<mode>` message, or
 * `grading.clv.round.increment` for cash rounding to an increment.
 *
 * @param amount - the unrounded total, as shown
 * @param result - the rounded total
 * @param currency - the ISO 4217 code
 * @param rounding - the parsed rounding policy
 * @param scale - the decimal places rounded to
 * @returns the trace step
 * @example
 * ```ts
 * roundingStep('36.289211', '36.29', 'USD', { mode: 'half-up' }, 2).code;
 * //=> 'money.round.half-up'
 * ```
 */
export function roundingStep(
  amount: string,
  result: string,
  currency: string,
  rounding: RoundingPolicy,
  scale: number,
): TraceStep {
  if (rounding.increment !== undefined)
    return {
      code: 'grading.clv.round.increment',
      params: { amount, result, currency, increment: rounding.increment },
    };
  return moneyRoundingStep(amount, result, currency, rounding.mode, scale);
}
