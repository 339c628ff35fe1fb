import { Decimal } from '../../../_lib/decimal';
import type { RoundingMode } from '../../../money';

/** A finite decimal as an integer and a power of ten: `x = int ÷ 10^scale`. */
function scaled(x: Decimal): { int: bigint; scale: number } {
  const [whole = '0', fraction = ''] = x.toFixed().split('.');
  return { int: BigInt(whole + fraction), scale: fraction.length };
}

/** Whether the truncated quotient `q` (remainder `r ≠ 0`, sign `sign`) moves away from zero. */
function awayFromZero(mode: RoundingMode, q: bigint, r: bigint, m: bigint, sign: bigint): boolean {
  const twice = 2n * (r < 0n ? -r : r);
  switch (mode) {
    case 'down':
      return false;
    case 'up':
      return true;
    case 'ceiling':
      return sign > 0n;
    case 'floor':
      return sign < 0n;
    case 'half-up':
      return twice >= m;
    case 'half-down':
      return twice > m;
    case 'half-even':
      return twice > m || (twice === m && q % 2n !== 0n);
    default: {
      const _exhaustive: never = mode;
      return _exhaustive;
    }
  }
}

/**
 * Internal: `numerator ÷ denominator` rounded once, exactly, to `places` decimal places with a
 * named mode — no intermediate rounding, so `down` never rounds a quotient such as
 * 2.99…9(…) up to 3 first. The operands are finite decimals; the denominator must not be zero.
 */
export function roundRatio(
  numerator: Decimal,
  denominator: Decimal,
  places: number,
  mode: RoundingMode,
): Decimal {
  const a = scaled(numerator);
  const d = scaled(denominator);
  // numerator ÷ denominator × 10^places = (a.int × 10^(d.scale + places)) ÷ (d.int × 10^a.scale)
  let n = a.int * 10n ** BigInt(d.scale + places);
  let m = d.int * 10n ** BigInt(a.scale);
  if (m < 0n) {
    n = -n;
    m = -m;
  }
  const q = n / m;
  const r = n % m;
  const sign = n < 0n ? -1n : 1n;
  const rounded = r !== 0n && awayFromZero(mode, q, r, m, sign) ? q + sign : q;
  // The constructor keeps every digit: no division, so no rounding to the working precision.
  return new Decimal(`${rounded}e-${places}`);
}
