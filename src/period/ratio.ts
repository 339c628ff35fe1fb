/**
 * Internal (not exported from the barrel): day-count ratios as decimals with a fixed number of
 * places, computed exactly in integers.
 */
import { Decimal } from '../_lib/decimal';

/** Decimal places of a proration ratio. Any ratio of day counts that terminates fits in them. */
export const RATIO_SCALE = 40;
const UNIT = 10n ** BigInt(RATIO_SCALE);
const UNIT_DECIMAL = new Decimal(10).pow(RATIO_SCALE);

/** `part ÷ whole` rounded half-up to {@link RATIO_SCALE} places (`whole` > 0). */
export function dayRatio(part: number, whole: number): Decimal {
  const numerator = BigInt(part) * UNIT;
  const denominator = BigInt(whole);
  return toRatio((2n * numerator + denominator) / (2n * denominator));
}

/**
 * Ratios `parts[i] ÷ whole` at {@link RATIO_SCALE} places that add up to exactly `Σ parts ÷
 * whole` when that is 1: each is the exact ratio rounded down, and the units left over go one at
 * a time to the largest remainders, ties to the earlier part (largest-remainder method).
 */
export function allocateRatios(parts: readonly number[], whole: number): Decimal[] {
  const denominator = BigInt(whole);
  const units = parts.map((part) => (BigInt(part) * UNIT) / denominator);
  const order = parts
    .map((part, index) => ({ index, remainder: (BigInt(part) * UNIT) % denominator }))
    .sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
  let left = UNIT - units.reduce((sum, unit) => sum + unit, 0n);
  for (const { index } of order) {
    if (left <= 0n) break;
    units[index] = (units[index] as bigint) + 1n;
    left -= 1n;
  }
  return units.map(toRatio);
}

function toRatio(units: bigint): Decimal {
  return new Decimal(units.toString()).div(UNIT_DECIMAL);
}
