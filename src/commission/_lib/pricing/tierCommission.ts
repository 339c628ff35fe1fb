import type { TierMode } from '../../model/TierTable';
import {
  type Arithmetic,
  add,
  cmp,
  div,
  isZero,
  max,
  min,
  mul,
  type Num,
  neg,
  parseNum,
  sign,
  sub,
} from '../exact/num';

/**
 * Internal: one tier with exact bounds and rate (`to: null` for the open last tier); in
 * `interpolated-amount` mode `rate` holds the tier's fixed amount.
 */
export interface TierNum {
  readonly from: Num;
  readonly to: Num | null;
  readonly rate: Num;
}

/** Internal: one slice of a tiered computation, exact. */
export interface SliceNum {
  readonly kind: 'slice' | 'retro';
  readonly from: Num;
  readonly to: Num;
  readonly rate: Num;
  readonly amount: Num;
  readonly commission: Num;
}

/** Internal: a computed tier delta — the commission and the slices that add up to it. */
export interface TierDelta {
  readonly commission: Num;
  readonly slices: SliceNum[];
}

/** Internal: converts validated tiers (decimal strings, `scale` multiplies bounds) to Num. */
export function tierNums(
  tiers: ReadonlyArray<{ from: string; to: string | null; rate?: string; amount?: string }>,
  arithmetic: Arithmetic,
  scale?: Num,
): TierNum[] {
  const bound = (text: string) => {
    const value = parseNum(text, arithmetic);
    return scale === undefined ? value : mul(value, scale);
  };
  return tiers.map((tier) => ({
    from: bound(tier.from),
    to: tier.to === null ? null : bound(tier.to),
    rate: parseNum(tier.rate ?? tier.amount ?? '0', arithmetic),
  }));
}

/**
 * Internal: whether a tier mode prices each slice of the measure in its own tier (`marginal` at
 * the tier's rate, `interpolated-amount` a prorated share of the tier's amount), rather than the
 * whole measure at one rate (`whole`, `interpolated-rate`). Every tier engine asks this, so a new
 * mode fails to compile here until it is given an answer.
 */
export function pricesBySlices(mode: TierMode): boolean {
  switch (mode) {
    case 'marginal':
    case 'interpolated-amount':
      return true;
    case 'whole':
    case 'interpolated-rate':
      return false;
    default: {
      const unhandled: never = mode;
      throw new TypeError(`unknown tier mode ${String(unhandled)}`);
    }
  }
}

/** Internal: whether the one rate of a mode is interpolated between tiers (`interpolated-rate`). */
export function interpolatesRate(mode: TierMode): boolean {
  switch (mode) {
    case 'interpolated-rate':
      return true;
    case 'whole':
    case 'marginal':
    case 'interpolated-amount':
      return false;
    default: {
      const unhandled: never = mode;
      throw new TypeError(`unknown tier mode ${String(unhandled)}`);
    }
  }
}

/**
 * Internal: the tier an amount falls in — amounts below 0 belong to a first tier from 0 — or −1
 * outside every tier (below a first tier above 0, in a gap, above a closed last tier).
 */
export function tierIndexAt(tiers: readonly TierNum[], x: Num): number {
  for (let i = tiers.length - 1; i >= 0; i -= 1) {
    const tier = tiers[i] as TierNum;
    if (cmp(x, tier.from) >= 0) return tier.to === null || cmp(x, tier.to) < 0 ? i : -1;
  }
  return sign((tiers[0] as TierNum).from) === 0 ? 0 : -1;
}

/**
 * Internal: the rate that applies to the whole of `x` in `whole` or `interpolated-rate` mode (0
 * outside every tier).
 */
export function rateAt(tiers: readonly TierNum[], mode: TierMode, x: Num): Num {
  const i = tierIndexAt(tiers, x);
  if (i < 0) return zeroLike(x);
  const tier = tiers[i] as TierNum;
  const next = tiers[i + 1];
  if (!interpolatesRate(mode) || next === undefined || tier.to === null || sign(x) < 0)
    return tier.rate;
  const through = div(sub(x, tier.from), sub(tier.to, tier.from));
  return add(tier.rate, mul(through, sub(next.rate, tier.rate)));
}

/** Internal: F(after) − F(before) for a tier table, with the slices that make it up. */
export function tierDelta(
  tiers: readonly TierNum[],
  mode: TierMode,
  before: Num,
  after: Num,
): TierDelta {
  if (pricesBySlices(mode)) return sliceDelta(tiers, mode, before, after);
  const rateAfter = rateAt(tiers, mode, after);
  const rateBefore = rateAt(tiers, mode, before);
  const amount = sub(after, before);
  const main = mul(amount, rateAfter);
  // F(after) − F(before) with F(x) = x × rate(x): lines telescope to F(total) exactly, even when
  // interpolated rates are rounded to 40 digits. The retro slice is the rest.
  const commission = sub(mul(after, rateAfter), mul(before, rateBefore));
  const slices: SliceNum[] = [
    {
      kind: 'slice',
      from: min(before, after),
      to: max(before, after),
      rate: rateAfter,
      amount,
      commission: main,
    },
  ];
  const uplift = sub(rateAfter, rateBefore);
  if (isZero(uplift) || isZero(before)) return { commission, slices };
  const zero = zeroLike(before);
  slices.push({
    kind: 'retro',
    from: min(zero, before),
    to: max(zero, before),
    rate: uplift,
    amount: before,
    commission: sub(commission, main),
  });
  return { commission, slices };
}

function zeroLike(value: Num): Num {
  return sub(value, value);
}

/**
 * The segments a measure can be sliced into, lowest first, each as its tier's index: below 0 the
 * first tier continues when it starts at 0 (net returns); nothing else lies outside the tiers.
 */
function segmentsOf(tiers: readonly TierNum[]): Array<[Num | null, Num | null, TierNum]> {
  const first = tiers[0] as TierNum;
  const segments: Array<[Num | null, Num | null, TierNum]> = [];
  if (sign(first.from) === 0) segments.push([null, first.from, first]);
  for (const tier of tiers) segments.push([tier.from, tier.to, tier]);
  return segments;
}

/**
 * What `amount` measured inside `tier` pays: its rate times the amount (`marginal`), or the
 * tier's amount prorated over its width (`interpolated-amount`), with the per-unit rate shown.
 */
function slicePay(tier: TierNum, mode: TierMode, amount: Num): { rate: Num; pay: Num } {
  if (mode !== 'interpolated-amount') return { rate: tier.rate, pay: mul(amount, tier.rate) };
  const width = sub(tier.to as Num, tier.from);
  return { rate: div(tier.rate, width), pay: div(mul(amount, tier.rate), width) };
}

function sliceDelta(tiers: readonly TierNum[], mode: TierMode, before: Num, after: Num): TierDelta {
  const direction = cmp(after, before);
  if (direction === 0) return { commission: zeroLike(before), slices: [] };
  const lo = direction > 0 ? before : after;
  const hi = direction > 0 ? after : before;
  const slices: SliceNum[] = [];
  let commission = zeroLike(before);
  for (const [from, to, tier] of segmentsOf(tiers)) {
    const start = from === null ? lo : max(lo, from);
    const end = to === null ? hi : min(hi, to);
    if (cmp(end, start) <= 0) continue;
    const length = sub(end, start);
    const amount = direction > 0 ? length : neg(length);
    const { rate, pay } = slicePay(tier, mode, amount);
    slices.push({ kind: 'slice', from: start, to: end, rate, amount, commission: pay });
    commission = add(commission, pay);
  }
  if (mode !== 'interpolated-amount' || slices.length === 0) return { commission, slices };
  // Prorated amounts divide: the total is F(after) − F(before), so lines telescope to F(total)
  // exactly; the last slice takes the rest of any rounding at the 40th digit.
  const total = tierCommission(tiers, mode, before, after);
  const last = slices[slices.length - 1] as SliceNum;
  slices[slices.length - 1] = { ...last, commission: add(last.commission, sub(total, commission)) };
  return { commission: total, slices };
}

/** `F(x)` of an `interpolated-amount` table: the amounts of the tiers passed, prorated in the last. */
function amountAt(tiers: readonly TierNum[], x: Num): Num {
  let total = zeroLike(x);
  for (const [from, to, tier] of segmentsOf(tiers)) {
    if (from === null) {
      if (sign(x) < 0) total = add(total, slicePay(tier, 'interpolated-amount', x).pay);
    } else if (cmp(x, to as Num) >= 0) total = add(total, tier.rate);
    else if (cmp(x, from) > 0)
      total = add(total, slicePay(tier, 'interpolated-amount', sub(x, from)).pay);
  }
  return total;
}

/**
 * Internal: `F(after) − F(before)` without the slices — the same additions as
 * {@link tierDelta}, for runs that only need totals.
 */
export function tierCommission(
  tiers: readonly TierNum[],
  mode: TierMode,
  before: Num,
  after: Num,
): Num {
  switch (mode) {
    case 'whole':
    case 'interpolated-rate':
      return sub(mul(after, rateAt(tiers, mode, after)), mul(before, rateAt(tiers, mode, before)));
    case 'interpolated-amount':
      return sub(amountAt(tiers, after), amountAt(tiers, before));
    case 'marginal':
      return marginalCommission(tiers, before, after);
    default: {
      const unhandled: never = mode;
      throw new TypeError(`unknown tier mode ${String(unhandled)}`);
    }
  }
}

function marginalCommission(tiers: readonly TierNum[], before: Num, after: Num): Num {
  const direction = cmp(after, before);
  if (direction === 0) return zeroLike(before);
  const lo = direction > 0 ? before : after;
  const hi = direction > 0 ? after : before;
  let commission = zeroLike(before);
  const below = sign((tiers[0] as TierNum).from) === 0;
  for (let i = below ? -1 : 0; i < tiers.length; i += 1) {
    const tier = tiers[i < 0 ? 0 : i] as TierNum;
    const from = i < 0 ? null : tier.from;
    const to = i < 0 ? tier.from : tier.to;
    const start = from === null ? lo : max(lo, from);
    const end = to === null ? hi : min(hi, to);
    if (cmp(end, start) <= 0) continue;
    const length = sub(end, start);
    commission = add(commission, mul(direction > 0 ? length : neg(length), tier.rate));
  }
  return commission;
}

/**
 * Internal: whether a measured amount lies outside every tier of a table (below a first tier
 * above 0, in a gap, above a closed last tier) — where `outsideTiers: 'error'` stops the run.
 */
export function outsideTiers(tiers: readonly TierNum[], x: Num): boolean {
  return tierIndexAt(tiers, x) < 0;
}
