/**
 * Internal: rounding of a scaled integer by mode code, for the column kernel (whose registers are
 * money's `Register` family, `money/_lib/scaled/Register`).
 */
import type { RoundingMode } from '../../../money';
import { quotient } from '../../../money/decimalWords';

/** Internal: rounding modes by code (what the kernel's rounded products take). */
export const MODES: readonly RoundingMode[] = [
  'down',
  'up',
  'ceiling',
  'floor',
  'half-up',
  'half-down',
  'half-even',
];

/** Whether a magnitude with remainder `twice / 2` (not 0) of `d` rounds away from zero, by mode code. */
function away(mode: number, negative: boolean, twice: number, d: number, q: number): number {
  switch (mode) {
    case 0:
      return 0;
    case 1:
      return 1;
    case 2:
      return negative ? 0 : 1;
    case 3:
      return negative ? 1 : 0;
    case 4:
      return twice >= d ? 1 : 0;
    case 5:
      return twice > d ? 1 : 0;
    default:
      return twice > d || (twice === d && Math.floor(q / 2) * 2 !== q) ? 1 : 0;
  }
}

/**
 * Internal: `u ÷ d` rounded to an integer by mode code (see {@link MODES}), for a safe integer
 * `u` and an integer `d ≥ 1` (mostly a power of ten) — exact: the quotient of the magnitudes comes from `quotient` (an
 * exact float division), not from the remainder operator, which V8 computes with a slow x87
 * loop, tens of cycles a call on the hot path. Half-up, the default, is decided in line.
 */
export function roundedQuotient(u: number, d: number, mode: number): number {
  const negative = u < 0;
  const a = negative ? -u : u;
  const q = quotient(a, d);
  const twice = (a - q * d) * 2;
  const magnitude =
    twice === 0 ? q : mode === 4 ? (twice >= d ? q + 1 : q) : q + away(mode, negative, twice, d, q);
  return negative ? 0 - magnitude : magnitude;
}
