import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../errors';
import { requireArray, requireOptions } from '../errors/_lib/argumentGuards';
import { requireMoney } from './_lib/moneyGuards';
import { minorUnits } from './currencies';
import { Decimal, type DecimalInput, toDecimal } from './decimal';
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
 * @param value - the amount to split; it must already be a whole number of `scale` units
 * @param ratios - non-negative weights (percentages, shares, days …), at least one above zero
 * @param options - `scale` of the parts (default the currency's minor unit)
 * @returns one part per ratio, in order
 * @throws CrmRulesError `INVALID_ALLOCATION` for no ratios, a negative ratio, all-zero ratios, or
 * an amount finer than `scale`; `INVALID_AMOUNT` for a float ratio
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
  requireMoney(value, 'value');
  requireArray(ratios, 'ratios');
  requireOptions(options);
  const path = options.path ?? [];
  const scale = options.scale ?? minorUnits(value.currency);
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
  const places = weights.reduce((most, weight) => Math.max(most, weight.decimalPlaces()), 0);
  const integerWeights = weights.map((weight) =>
    BigInt(weight.times(new Decimal(10).pow(places)).toFixed(0)),
  );
  const totalWeight = integerWeights.reduce((acc, weight) => acc + weight, 0n);
  if (totalWeight === 0n)
    throw new CrmRulesError('INVALID_ALLOCATION', 'the ratios add up to zero', {
      path: [...path, 'ratios'],
      value: ratios,
    });

  const scaled = value.amount.abs().times(new Decimal(10).pow(scale));
  if (!scaled.isInteger()) {
    throw new CrmRulesError(
      'INVALID_ALLOCATION',
      `the amount has more than ${scale} decimal places; round it first`,
      {
        path: [...path, 'amount'],
        value: value.amount.toString(),
      },
    );
  }
  // Exact integer arithmetic: part = floor(units × w / W), remainder = units × w mod W.
  const units = BigInt(scaled.toFixed(0));
  const parts = integerWeights.map((weight) => (units * weight) / totalWeight);
  const remainders = integerWeights.map((weight, index) => ({
    index,
    remainder: (units * weight) % totalWeight,
  }));
  let left = units - parts.reduce((acc, part) => acc + part, 0n);
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const { index } of remainders) {
    if (left <= 0n) break;
    parts[index] = (parts[index] as bigint) + 1n;
    left -= 1n;
  }
  const sign = value.amount.lt(0) ? -1 : 1;
  const unit = new Decimal(10).pow(-scale);
  return parts.map((part) =>
    unsafeMoney(new Decimal(part.toString()).times(unit).times(sign), value.currency),
  );
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
