import { Decimal as DecimalJs } from 'decimal.js';
import * as z from 'zod/mini';
import { englishByDefault } from '../_lib/englishByDefault';
import { attempt, CrmRulesError, INPUT_LIMITS, type SafeResult } from '../errors';
import { checkLimits, exactProduct } from './_lib/amountLimits';
import { requireDecimal, requireMoney, requireScale } from './_lib/guards';
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
export const RoundingMode = /* @__PURE__ */ englishByDefault(() =>
  z.enum(['half-up', 'half-even', 'half-down', 'down', 'up', 'ceiling', 'floor']),
);
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
export const RoundingPolicy = /* @__PURE__ */ englishByDefault(() =>
  z.strictObject({
    mode: z._default(RoundingMode, 'half-up'),
    scale: z.optional(z.number().check(z.int(), z.gte(0), z.lte(INPUT_LIMITS.maxScale))),
    increment: z.optional(
      DecimalString.check(
        z.refine((text) => new Decimal(text).gt(0), { message: 'increment must be positive' }),
      ),
    ),
  }),
);
/** A rounding policy (see {@link RoundingPolicy}). */
export type RoundingPolicy = z.infer<typeof RoundingPolicy>;
/** A rounding policy as written by a caller: every field optional. */
export type RoundingPolicyInput = z.input<typeof RoundingPolicy>;

/**
 * Rounds a decimal to `scale` places with a named mode, exactly.
 *
 * @param value - a finite decimal
 * @param scale - decimal places, a whole number from 0 to `INPUT_LIMITS.maxScale` (40)
 * @param mode - the rounding mode (default `half-up`)
 * @throws CrmRulesError `INVALID_INPUT` for a value that is not a finite decimal, a scale that is
 * not a whole number or an unknown mode; `LIMIT_EXCEEDED` for a scale above the limit
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
  requireDecimal(value, ['value']);
  requireScale(scale, ['scale']);
  return value.toDecimalPlaces(scale, decimalJsMode(mode));
}

function decimalJsMode(mode: RoundingMode): DecimalJs.Rounding {
  if (typeof mode !== 'string' || !Object.hasOwn(DECIMAL_JS_MODE, mode))
    throw new CrmRulesError(
      'INVALID_INPUT',
      `expected a rounding mode: ${RoundingMode.options.join(', ')}`,
      {
        path: ['mode'],
        value: mode,
      },
    );
  return DECIMAL_JS_MODE[mode];
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
 * otherwise. With an `increment`, rounds to a multiple of it (cash rounding), exactly: the
 * multiple is found in integers, never through a 40-digit quotient.
 *
 * @param value - the amount to round
 * @param policy - mode, scale and increment; defaults to half-up at the minor unit
 * @throws CrmRulesError `INVALID_INPUT` for a malformed policy or a value that is not money;
 * `LIMIT_EXCEEDED` when the rounded amount is beyond the amount limits (`9…9` rounded up to 1e40)
 * @example
 * ```ts
 * round(money('2.345', 'USD')).amount.toString();
 * //=> '2.35'
 * round(money('-2.5', 'JPY'), { mode: 'half-even' }).amount.toString();
 * //=> '-2'
 * ```
 */
export function round(value: Money, policy: RoundingPolicyInput = {}): Money {
  requireMoney(value, ['value']);
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
    const multiple = new Decimal(roundedQuotient(value.amount, step, mode).toString());
    return unsafeMoney(exactProduct(multiple, step, ['value']), value.currency);
  }
  const rounded = roundDecimal(value.amount, scale ?? minorUnits(value.currency), mode);
  checkLimits(rounded, ['value'], rounded.toFixed());
  return unsafeMoney(rounded, value.currency);
}

/** `value ÷ step` rounded to a whole number by `mode`, computed exactly in integers (`step > 0`). */
function roundedQuotient(value: DecimalJs, step: DecimalJs, mode: RoundingMode): bigint {
  const places = Math.max(value.decimalPlaces(), step.decimalPlaces());
  const dividend = BigInt(value.toFixed(places).replace('.', ''));
  const divisor = BigInt(step.toFixed(places).replace('.', ''));
  const quotient = dividend / divisor;
  const remainder = dividend % divisor;
  if (remainder === 0n) return quotient;
  const away = quotient + (dividend < 0n ? -1n : 1n);
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  switch (mode) {
    case 'down':
      return quotient;
    case 'up':
      return away;
    case 'ceiling':
      return dividend < 0n ? quotient : away;
    case 'floor':
      return dividend < 0n ? away : quotient;
    case 'half-up':
      return twice >= divisor ? away : quotient;
    case 'half-down':
      return twice > divisor ? away : quotient;
    case 'half-even':
      return twice > divisor || (twice === divisor && quotient % 2n !== 0n) ? away : quotient;
    default: {
      const unknown: never = mode;
      return unknown;
    }
  }
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
