import { attempt, CrmRulesError, type ErrorPath, INPUT_LIMITS, type SafeResult } from '../errors';
import { requirePath } from '../errors/_lib/argumentGuards';
import { requireMoney, requireObject, requireScale } from './_lib/guards';
import { largestRemainderOrder } from './_lib/largestRemainder';
import { minorUnits } from './currencies';
import { Decimal, type DecimalInput, toDecimal } from './decimal';

const DIGITS = INPUT_LIMITS.maxSignificantDigits;

import { type Money, unsafeMoney } from './Money';

/** Options of {@link allocate}. */
export interface AllocateOptions {
  /** Decimal places of the parts; default the currency's minor unit. */
  readonly scale?: number;
  /** Where the call sits in the caller's input, for errors. */
  readonly path?: ErrorPath;
}

/**
 * Splits money into parts proportional to `ratios` that add up exactly to the whole. Each part
 * first gets its share rounded toward zero; the units left over go one at a time to the parts
 * with the largest remainders, ties to the earlier part (largest-remainder method). A positive
 * total never yields a negative part; a negative total is split as its absolute value, negated.
 *
 * Exact by construction: the amount, as a whole number of `scale` units, must be below 1e40
 * (the 40 digits the arithmetic carries), so every part — a whole number of units no larger —
 * is held exactly, and the parts are computed in integers.
 *
 * @param value - the amount to split; it must already be a whole number of `scale` units
 * @param ratios - non-negative weights (percentages, shares, days …), at least one above zero,
 * each within the amount limits (see {@link toDecimal})
 * @param options - `scale` of the parts (default the currency's minor unit; at most
 * `INPUT_LIMITS.maxScale`, 40)
 * @returns one part per ratio, in order
 * @throws CrmRulesError `INVALID_ALLOCATION` for no ratios, a negative ratio, all-zero ratios, or
 * an amount finer than `scale`; `INVALID_AMOUNT` for a float ratio; `LIMIT_EXCEEDED` for a ratio
 * beyond the amount limits (at `['ratios', i]`), a scale above 40 (at `['scale']`) or an amount
 * of 1e40 units or more at the scale (at `['amount']`); `INVALID_INPUT` for a value that is not
 * money, ratios that are not an array or a scale that is not a whole number
 * @example
 * ```ts
 * allocate(money('100', 'USD'), [1, 1, 1]).map((part) => part.amount.toFixed(2));
 * //=> ['33.34', '33.33', '33.33']
 * ```
 */
export function allocate(
  value: Money,
  ratios: readonly DecimalInput[],
  options: AllocateOptions = {},
): Money[] {
  requireMoney(value, ['value']);
  requireObject(options, ['options']);
  const path = options.path ?? [];
  requirePath(path);
  const scale =
    options.scale === undefined
      ? minorUnits(value.currency)
      : requireScale(options.scale, [...path, 'scale']);
  const weights = integerWeights(ratios, path);
  const units = unitsOf(value.amount, scale, path);
  const parts = largestRemainderParts(units, weights);
  const negative = value.amount.lt(0);
  return parts.map((part) =>
    unsafeMoney(decimalOfUnits(negative ? -part : part, scale), value.currency),
  );
}

/** `units` split by the integer `weights`, exactly, by the largest-remainder rule. */
function largestRemainderParts(units: bigint, weights: readonly bigint[]): bigint[] {
  const totalWeight = weights.reduce((acc, weight) => acc + weight, 0n);
  // Exact integer arithmetic: part = floor(units × w / W), remainder = units × w mod W.
  const parts = weights.map((weight) => (units * weight) / totalWeight);
  const remainders = weights.map((weight) => (units * weight) % totalWeight);
  const left = Number(units - parts.reduce((acc, part) => acc + part, 0n));
  const order = largestRemainderOrder(parts.length, (i, j) => {
    const a = remainders[i] as bigint;
    const b = remainders[j] as bigint;
    return a === b ? 0 : a > b ? -1 : 1;
  });
  for (let k = 0; k < left; k += 1) {
    const index = order[k] as number;
    parts[index] = (parts[index] as bigint) + 1n;
  }
  return parts;
}

/** The ratios as integers over a common power of ten, checked. */
function integerWeights(ratios: readonly DecimalInput[], path: ErrorPath): bigint[] {
  if (!Array.isArray(ratios))
    throw new CrmRulesError('INVALID_INPUT', 'expected an array of ratios', {
      path: [...path, 'ratios'],
      value: ratios,
    });
  if (ratios.length === 0)
    throw new CrmRulesError('INVALID_ALLOCATION', 'at least one ratio is needed', {
      path: [...path, 'ratios'],
      value: ratios,
    });
  const weights = ratios.map((ratio, index) => {
    const weight = toDecimal(ratio, [...path, 'ratios', index]);
    if (weight.lt(0))
      throw new CrmRulesError('INVALID_ALLOCATION', 'ratios must not be negative', {
        path: [...path, 'ratios', index],
        value: ratio,
      });
    return weight;
  });
  // At most 40 places each (the amount limits), so the integers have at most 80 digits.
  const places = weights.reduce((most, weight) => Math.max(most, weight.decimalPlaces()), 0);
  const integers = weights.map((weight) => BigInt(weight.toFixed(places).replace('.', '')));
  if (integers.every((weight) => weight === 0n))
    throw new CrmRulesError('INVALID_ALLOCATION', 'the ratios add up to zero', {
      path: [...path, 'ratios'],
      value: ratios,
    });
  return integers;
}

/** `|amount|` as a whole number of `scale` units, below 1e40. */
function unitsOf(amount: Decimal, scale: number, path: ErrorPath): bigint {
  if (amount.decimalPlaces() > scale)
    throw new CrmRulesError(
      'INVALID_ALLOCATION',
      `the amount has more than ${scale} decimal places; round it first`,
      { path: [...path, 'amount'], value: amount.toString() },
    );
  // Digits from 10^e down to 10^−scale: more than 40 means 1e40 units or more.
  if (!amount.isZero() && amount.e + scale >= DIGITS)
    throw new CrmRulesError(
      'LIMIT_EXCEEDED',
      `the amount has more than ${DIGITS} digits at ${scale} decimal places, so its parts could not be exact`,
      { path: [...path, 'amount'], value: amount.toFixed() },
    );
  return BigInt(amount.abs().toFixed(scale).replace('.', ''));
}

/** `units × 10^−scale`, exactly (`units` below 1e40). */
function decimalOfUnits(units: bigint, scale: number): Decimal {
  const text = units.toString();
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).padStart(scale + 1, '0');
  const whole = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return new Decimal(negative ? `-${whole}` : whole);
}

/**
 * Like {@link allocate}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeAllocate(null, null).success;
 * //=> false
 * ```
 */
export function safeAllocate(
  value: Money,
  ratios: readonly DecimalInput[],
  options: AllocateOptions = {},
): SafeResult<Money[]> {
  return attempt(() => allocate(value, ratios, options));
}
