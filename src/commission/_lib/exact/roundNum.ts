import { type RoundingMode, roundDecimal } from '../../../money';
import { Fixed, mul, toDec } from '../../../money/_lib/scaled/Fixed';
import { POW10 } from '../../../money/_lib/scaled/Register';
import type { Num } from './num';

/** Internal: rounds to `scale` decimal places by a named mode, exactly. */
export function roundNum(a: Num, scale: number, mode: RoundingMode): Num {
  if (!(a instanceof Fixed)) return roundDecimal(a, scale, mode);
  if (a.s <= scale) return a;
  const d = POW10[a.s - scale];
  if (d === undefined || a.s - scale > 15) return roundDecimal(toDec(a), scale, mode);
  const u = a.u;
  let q = Math.trunc(u / d);
  let r = u - q * d;
  // The float quotient may be one off; bring the remainder into (−d, d) with u's sign.
  const step = u >= 0 ? 1 : -1;
  while (u >= 0 ? r < 0 : r > 0) {
    q -= step;
    r += step * d;
  }
  while (u >= 0 ? r >= d : r <= -d) {
    q += step;
    r -= step * d;
  }
  if (r !== 0) q += adjustment(mode, u < 0 ? -1 : 1, Math.abs(r) * 2 - d, q);
  return new Fixed(q + 0, scale);
}

function adjustment(mode: RoundingMode, direction: number, half: number, q: number): number {
  switch (mode) {
    case 'down':
      return 0;
    case 'up':
      return direction;
    case 'ceiling':
      return direction > 0 ? 1 : 0;
    case 'floor':
      return direction < 0 ? -1 : 0;
    case 'half-up':
      return half >= 0 ? direction : 0;
    case 'half-down':
      return half > 0 ? direction : 0;
    case 'half-even':
      return half > 0 || (half === 0 && q % 2 !== 0) ? direction : 0;
  }
}

const MAX = Number.MAX_SAFE_INTEGER;

/** Internal: 1n when rounding a magnitude `q` with remainder `rest` (of `d`) moves it up. */
function bigStep(
  mode: RoundingMode,
  negative: boolean,
  rest: bigint,
  d: bigint,
  q: bigint,
): bigint {
  const twice = rest * 2n;
  switch (mode) {
    case 'down':
      return 0n;
    case 'up':
      return 1n;
    case 'ceiling':
      return negative ? 0n : 1n;
    case 'floor':
      return negative ? 1n : 0n;
    case 'half-up':
      return twice >= d ? 1n : 0n;
    case 'half-down':
      return twice > d ? 1n : 0n;
    case 'half-even':
      return twice > d || (twice === d && q % 2n !== 0n) ? 1n : 0n;
  }
}

/**
 * Internal: `round(a × b)` to `scale` places, exactly — on safe integers, or on bigints when the
 * product leaves the safe range (rather than decimal.js); the same value as
 * `roundNum(mul(a, b), scale, mode)`.
 */
export function mulRound(a: Num, b: Num, scale: number, mode: RoundingMode): Num {
  if (!(a instanceof Fixed && b instanceof Fixed)) return roundNum(mul(a, b), scale, mode);
  const p = a.u * b.u;
  const s = a.s + b.s;
  if (p <= MAX && p >= -MAX) return roundNum(new Fixed(p + 0, s), scale, mode);
  if (s <= scale) return roundNum(mul(a, b), scale, mode);
  const product = BigInt(a.u) * BigInt(b.u);
  const d = 10n ** BigInt(s - scale);
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  let q = magnitude / d;
  const rest = magnitude % d;
  if (rest !== 0n) q += bigStep(mode, negative, rest, d, q);
  const signed = negative ? -q : q;
  if (signed <= BigInt(MAX) && signed >= -BigInt(MAX)) return new Fixed(Number(signed) + 0, scale);
  return roundNum(mul(a, b), scale, mode);
}
