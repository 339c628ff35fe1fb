import DecimalJs from 'decimal.js';
import { z } from 'zod';
import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { requireNumber, requireOptions } from '../errors/_lib/argumentGuards';
import { requireDecimal, requireMoney } from './_lib/moneyGuards';
import { minorUnits } from './currencies';
import { Decimal, DecimalString } from './decimal';
import { type Money, unsafeMoney } from './Money';

/**
 * The named rounding modes. `half-up` (四舍五入, the default) rounds halves away from zero;
 * `half-even` (banker's) rounds halves to the even digit; `down` truncates toward zero; `up`
 * rounds away from zero; `ceiling` toward +∞; `floor` toward −∞; `half-down` rounds halves toward
 * zero.
 *
 * @example
 * ```ts
 * RoundingMode.options.length;
 * //=> 7
 * ```
 */
export const RoundingMode = z.enum([
  'half-up',
  'half-even',
  'half-down',
  'down',
  'up',
  'ceiling',
  'floor',
]);
/** A rounding mode name. */
export type RoundingMode = z.infer<typeof RoundingMode>;

const DECIMAL_JS_MODE: Readonly<Record<RoundingMode, DecimalJs.Rounding>> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  'half-down': DecimalJs.ROUND_HALF_DOWN,
  down: DecimalJs.ROUND_DOWN,
  up: DecimalJs.ROUND_UP,
  ceiling: DecimalJs.ROUND_CEIL,
  floor: DecimalJs.ROUND_FLOOR,
};

/**
 * How and where to round: the mode, the number of decimal places (`scale`, default the
 * currency's minor unit) and an optional cash `increment` such as `"0.05"`.
 *
 * @example
 * ```ts
 * RoundingPolicy.parse({});
 * //=> { mode: 'half-up' }
 * ```
 */
export const RoundingPolicy = z.object({
  mode: RoundingMode.default('half-up'),
  scale: z.number().int().min(0).max(20).optional(),
  increment: DecimalString.refine((text) => new Decimal(text).gt(0), {
    message: 'increment must be positive',
  }).optional(),
});
/** A rounding policy (see {@link RoundingPolicy}). */
export type RoundingPolicy = z.infer<typeof RoundingPolicy>;
/** A rounding policy as written by a caller: every field optional. */
export type RoundingPolicyInput = z.input<typeof RoundingPolicy>;

/**
 * Rounds a decimal to `scale` places with a named mode.
 *
 * @example
 * ```ts
 * roundDecimal(new Decimal('2.345'), 2, 'half-even').toString();
 * //=> '2.34'
 * ```
 */
export function roundDecimal(
  value: DecimalJs,
  scale: number,
  mode: RoundingMode = 'half-up',
): DecimalJs {
  requireDecimal(value, 'value');
  requireNumber(scale, 'scale');
  return value.toDecimalPlaces(scale, DECIMAL_JS_MODE[mode]);
}

/**
 * Like {@link roundDecimal}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeRoundDecimal(null, null).success;
 * //=> false
 * ```
 */
export function safeRoundDecimal(
  value: DecimalJs,
  scale: number,
  mode: RoundingMode = 'half-up',
): SafeResult<DecimalJs> {
  return attempt(() => roundDecimal(value, scale, mode));
}

/**
 * Rounds money by a policy: to the currency's minor unit, half-up, unless the policy says
 * otherwise. With an `increment`, rounds to a multiple of it (cash rounding).
 *
 * @param value - the amount to round
 * @param policy - mode, scale and increment; defaults to half-up at the minor unit
 * @throws CrmRulesError `INVALID_INPUT` for a malformed policy
 * @example
 * ```ts
 * round(money('2.345', 'USD')).amount.toString();
 * //=> '2.35'
 * round(money('-2.5', 'JPY'), { mode: 'half-even' }).amount.toString();
 * //=> '-2'
 * ```
 */
export function round(value: Money, policy: RoundingPolicyInput = {}): Money {
  requireMoney(value, 'value');
  requireOptions(policy, 'policy');
  const parsed = RoundingPolicy.safeParse(policy);
  if (!parsed.success) {
    throw new CrmRulesError(
      'INVALID_INPUT',
      parsed.error.issues[0]?.message ?? 'invalid rounding policy',
      { path: ['policy'], value: policy },
    );
  }
  const { mode, scale, increment } = parsed.data;
  if (increment !== undefined) {
    const step = new Decimal(increment);
    return unsafeMoney(roundDecimal(value.amount.div(step), 0, mode).times(step), value.currency);
  }
  return unsafeMoney(
    roundDecimal(value.amount, scale ?? minorUnits(value.currency), mode),
    value.currency,
  );
}

/**
 * Like {@link round}, but returns `{ success, data | error }` instead of throwing; it never throws.
 *
 * @example
 * ```ts
 * safeRound(null).success;
 * //=> false
 * ```
 */
export function safeRound(value: Money, policy: RoundingPolicyInput = {}): SafeResult<Money> {
  return attempt(() => round(value, policy));
}
