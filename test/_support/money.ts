import fc from 'fast-check';
import { type Money, money } from '../../src/money';

/** Decimal strings with up to `scale` places, between -10^digits and 10^digits. */
export function decimalText(
  options: { scale?: number; digits?: number; min?: bigint } = {},
): fc.Arbitrary<string> {
  const scale = options.scale ?? 2;
  const limit = 10n ** BigInt((options.digits ?? 12) + scale);
  return fc
    .bigInt({ min: options.min ?? -limit, max: limit })
    .map((units) => unitsToText(units, scale));
}

/** Writes an integer number of 10^-scale units as a decimal string. */
export function unitsToText(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** Money of one currency with amounts of up to `scale` decimal places. */
export function moneyOf(
  currency: string,
  options: { scale?: number; digits?: number } = {},
): fc.Arbitrary<Money> {
  return decimalText(options).map((amount) => money(amount, currency));
}

/** Expects `run` to throw a CrmRulesError with this code (and path, when given). */
export function thrown(run: () => unknown): { code?: unknown; path?: unknown; value?: unknown } {
  try {
    run();
  } catch (error) {
    return error as { code?: unknown; path?: unknown; value?: unknown };
  }
  throw new Error('expected a CrmRulesError, but nothing was thrown');
}

/** An array together with a permutation of it. */
export function withPermutation<T>(items: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return items.chain((values) =>
    fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length })),
  );
}
