import { allocate, minorUnits, money } from '../../../money';
import { largestRemainderOrder } from '../../../money/_lib/largestRemainder';
import { Fixed, toDec } from '../../../money/_lib/scaled/Fixed';
import { POW10 } from '../../../money/_lib/scaled/Register';
import { quotient } from '../../../money/decimalWords';
import type { Num } from './num';
import { MODES, roundedQuotient } from './roundedQuotient';

const MAX = Number.MAX_SAFE_INTEGER;
const HALF_UP = MODES.indexOf('half-up');

/** Internal: percentages as integer weights over a common power of ten. */
export interface SplitWeights {
  readonly texts: readonly string[];
  readonly weights: readonly number[];
  readonly total: number;
  /** The largest weight. */
  readonly widest: number;
  /** Full credit (a `full` split): every share is the whole amount, not a part of it. */
  readonly full: boolean;
}

/** Internal: reads split percentages (decimal strings adding up to 100) as integer weights. */
export function splitWeights(percents: readonly string[]): SplitWeights {
  const places = percents.reduce(
    (most, text) => Math.max(most, (text.split('.')[1] ?? '').length),
    0,
  );
  const factor = POW10[places] ?? 1;
  const weights = percents.map((text) => {
    const [whole = '0', fraction = ''] = text.split('.');
    return Number(whole) * factor + Number(fraction.padEnd(places, '0') || '0');
  });
  return {
    texts: percents,
    weights,
    total: 100 * factor,
    widest: Math.max(0, ...weights),
    full: false,
  };
}

/** Internal: the weights of a full-credit split of `n` payees: each share is 100 % (see `splitNum`). */
export function fullWeights(n: number): SplitWeights {
  return {
    texts: Array.from({ length: n }, () => '100'),
    weights: Array.from({ length: n }, () => 1),
    total: 1,
    widest: 1,
    full: true,
  };
}

/**
 * Internal: divides an amount by percentages exactly (a full-credit split gives each share the
 * whole amount) — largest remainder at the amount's own
 * precision (at least the currency's minor unit), ties to the earlier share, a negative amount
 * split as its magnitude — so the shares add up to the amount. The fast path works on safe
 * integers; otherwise it is `allocate` from the money module (the reference).
 */
export function splitNum(amount: Num, currency: string, split: SplitWeights): Num[] {
  if (split.full) return split.texts.map(() => amount);
  const minor = minorUnits(currency);
  if (amount instanceof Fixed && split.weights.length > 0) {
    const parts = new Float64Array(split.weights.length);
    const { weights, total, widest } = split;
    const scale = splitUnits(amount, minor, weights, 0, 1, weights.length, total, widest, parts);
    if (scale >= 0) return Array.from(parts, (part) => new Fixed(part, scale));
  }
  const value = toDec(amount);
  const scale = Math.max(minor, value.decimalPlaces());
  return allocate(money(value, currency), split.texts, { scale }).map((part) => part.amount);
}

/** The remainders of the shares {@link splitUnits} is splitting, and its order buffer. */
let rest = new Float64Array(8);
let order = new Int32Array(8);

/** Compares the remainders of shares `i` and `j` in `rest` (largest first). */
function largerRest(i: number, j: number): number {
  return (rest[j] as number) - (rest[i] as number);
}

/**
 * Internal: {@link splitNum} on a safe scaled integer `amount` (`u × 10^-s`) by the `n` integer
 * weights at `weights[from + i × step]` (summing to `total`, the largest `widest`), allocation-free: writes the
 * parts' integers to `parts` and returns their scale — the amount's own precision (trailing zeros
 * dropped, as decimal.js counts it) and at least the currency's minor unit — or −1 when the
 * integers would leave the safe range (split it with `splitNum`'s decimal path).
 */
export function splitUnits(
  amount: { readonly u: number; readonly s: number },
  minor: number,
  weights: ArrayLike<number>,
  from: number,
  step: number,
  n: number,
  total: number,
  widest: number,
  parts: Float64Array,
): number {
  let digits = amount.u;
  let places = amount.s;
  // `digits % 10 === 0` without a floating-point remainder: ⌊d ÷ 10⌋ is exact below 2^53. Zeros
  // at or past the minor unit need not be dropped: the scale is at least `minor` either way.
  while (places > minor && Math.trunc(digits / 10) * 10 === digits) {
    digits /= 10;
    places -= 1;
  }
  const scale = Math.max(minor, places);
  const factor = POW10[scale - places];
  const units = factor === undefined ? Number.NaN : Math.abs(digits) * factor;
  if (!(units <= MAX && units * widest <= MAX)) return -1;
  const sign = digits < 0 ? -1 : 1;
  if (n === 2) {
    // Two shares: the remainders add up to 0 or to `total`, so at most one unit is left, and it
    // goes to the first share when its remainder is at least half of `total` (the larger, ties to
    // the earlier) — the rule below, in one division: the first share rounded half-up.
    const first = roundedQuotient(units * (weights[from] as number), total, HALF_UP);
    parts[0] = first * sign + 0;
    parts[1] = (units - first) * sign + 0;
    return scale;
  }
  if (rest.length < n) rest = new Float64Array(n * 2);
  let left = units;
  for (let i = 0; i < n; i += 1) {
    const product = units * (weights[from + i * step] as number);
    const part = quotient(product, total);
    parts[i] = part;
    rest[i] = product - part * total;
    left -= part;
  }
  // The rest goes to the largest remainders, ties to the earlier share (money's one rule).
  if (left > 0) {
    order = largestRemainderOrder(n, largerRest, order);
    for (let k = 0; k < left; k += 1) {
      const i = order[k] as number;
      parts[i] = (parts[i] as number) + 1;
    }
  }
  for (let i = 0; i < n; i += 1) parts[i] = (parts[i] as number) * sign + 0;
  return scale;
}
