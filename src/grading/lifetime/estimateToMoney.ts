import { CrmRulesError, INPUT_LIMITS, parseWith } from '../../errors';
import {
  Decimal,
  type Money,
  money,
  RoundingPolicy,
  type RoundingPolicyInput,
  round,
} from '../../money';

/**
 * Significant digits a statistical estimate keeps when it becomes a decimal.
 *
 * @example
 * ```ts
 * ESTIMATE_DIGITS;
 * //=> 12
 * ```
 */
export const ESTIMATE_DIGITS = 12;

/**
 * Turns a statistical estimate (a float such as an expected spend) into a decimal at
 * {@link ESTIMATE_DIGITS} significant digits. An estimate is not more precise than that, and
 * cutting there keeps last-bit differences of `Math.exp`/`Math.log` between JavaScript engines
 * out of money amounts.
 *
 * @param value - a finite number
 * @returns the decimal
 * @throws CrmRulesError `INVALID_INPUT` (path `['value']`) for NaN or ±Infinity
 * @example
 * ```ts
 * estimateToDecimal(35.218978102189784).toString();
 * //=> '35.2189781022'
 * ```
 */
export function estimateToDecimal(value: number): Decimal {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new CrmRulesError('INVALID_INPUT', 'an estimate must be a finite number', {
      path: ['value'],
      value,
    });
  return new Decimal(value.toPrecision(ESTIMATE_DIGITS));
}

/**
 * Presents a statistical estimate as money: {@link estimateToDecimal}, then rounded by a named
 * policy (default half-up to the currency's minor unit). The one sanctioned way from a model's
 * float to a `Money`.
 *
 * @param value - a finite estimate, in the currency's major unit
 * @param currency - an ISO 4217 code
 * @param rounding - mode, scale, increment (see `RoundingPolicy`)
 * @returns the rounded money
 * @throws CrmRulesError `INVALID_INPUT` for a non-finite value or a bad policy (path
 * `['rounding']`); `LIMIT_EXCEEDED` for |value| ≥ 1e40 (`INPUT_LIMITS.maxDecimalExponent`);
 * `UNKNOWN_CURRENCY`
 * @example
 * ```ts
 * estimateToMoney(24.6558, 'USD').amount.toString();
 * //=> '24.66'
 * ```
 */
export function estimateToMoney(
  value: number,
  currency: string,
  rounding: RoundingPolicyInput = {},
): Money {
  const policy = parseWith(RoundingPolicy, rounding, { path: ['rounding'] });
  const limit = INPUT_LIMITS.maxDecimalExponent;
  if (Number.isFinite(value) && Math.abs(value) >= 10 ** limit)
    throw new CrmRulesError(
      'LIMIT_EXCEEDED',
      `an amount of money must stay below 1e${limit} (INPUT_LIMITS.maxDecimalExponent)`,
      { path: ['value'], value },
    );
  return round(money(estimateToDecimal(value), currency), policy);
}
