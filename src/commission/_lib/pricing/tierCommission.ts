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

/** Internal: one tier with exact bounds and rate (`to: null` for the open last tier). */
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
  tiers: ReadonlyArray<{ from: string; to: string | null; rate: string }>,
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
    rate: parseNum(tier.rate, arithmetic),
  }));
}

/**
 * Internal: whether a tier mode prices each slice of the measure at its own tier's rate
 * (`marginal`), rather than the whole measure at one rate (`whole`, `interpolated`). Every tier
 * engine asks this, so a new mode fails to compile here until it is given an answer.
 */
export function pricesBySlices(mode: TierMode): boolean {
  switch (mode) {
    case 'marginal':
      return true;
    case 'whole':
    case 'interpolated':
      return false;
    default: {
      const unhandled: never = mode;
      throw new TypeError(`unknown tier mode ${String(unhandled)}`);
    }
  }
}

/** Internal: whether the one rate of a mode is interpolated between tiers (`interpolated`). */
export function interpolates(mode: TierMode): boolean {
  switch (mode) {
    case 'interpolated':
      return true;
    case 'whole':
    case 'marginal':
      return false;
    default: {
      const unhandled: never = mode;
      throw new TypeError(`unknown tier mode ${String(unhandled)}`);
    }
  }
}

/** Internal: the tier an amount falls in (amounts below 0 belong to the first tier). */
export function tierIndexAt(tiers: readonly TierNum[], x: Num): number {
  for (let i = tiers.length - 1; i > 0; i -= 1)
    if (cmp(x, (tiers[i] as TierNum).from) >= 0) return i;
  return 0;
}

/** Internal: the rate that applies to the whole of `x` in `whole` or `interpolated` mode. */
export function rateAt(tiers: readonly TierNum[], mode: TierMode, x: Num): Num {
  const i = tierIndexAt(tiers, x);
  const tier = tiers[i] as TierNum;
  const next = tiers[i + 1];
  if (!interpolates(mode) || next === undefined || tier.to === null || sign(x) < 0)
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
  if (pricesBySlices(mode)) return marginalDelta(tiers, before, after);
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

function marginalDelta(tiers: readonly TierNum[], before: Num, after: Num): TierDelta {
  const direction = cmp(after, before);
  if (direction === 0) return { commission: zeroLike(before), slices: [] };
  const lo = direction > 0 ? before : after;
  const hi = direction > 0 ? after : before;
  const slices: SliceNum[] = [];
  let commission = zeroLike(before);
  const first = tiers[0] as TierNum;
  // Below 0 (net returns), the first tier's rate continues.
  const segments: Array<[Num | null, Num | null, Num]> = [[null, first.from, first.rate]];
  for (const tier of tiers) segments.push([tier.from, tier.to, tier.rate]);
  for (const [from, to, rate] of segments) {
    const start = from === null ? lo : max(lo, from);
    const end = to === null ? hi : min(hi, to);
    if (cmp(end, start) <= 0) continue;
    const length = sub(end, start);
    const amount = direction > 0 ? length : neg(length);
    const part = mul(amount, rate);
    slices.push({ kind: 'slice', from: start, to: end, rate, amount, commission: part });
    commission = add(commission, part);
  }
  return { commission, slices };
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
  if (!pricesBySlices(mode))
    return sub(mul(after, rateAt(tiers, mode, after)), mul(before, rateAt(tiers, mode, before)));
  const direction = cmp(after, before);
  if (direction === 0) return zeroLike(before);
  const lo = direction > 0 ? before : after;
  const hi = direction > 0 ? after : before;
  let commission = zeroLike(before);
  const first = tiers[0] as TierNum;
  for (let i = -1; i < tiers.length; i += 1) {
    const from = i < 0 ? null : (tiers[i] as TierNum).from;
    const to = i < 0 ? first.from : (tiers[i] as TierNum).to;
    const rate = i < 0 ? first.rate : (tiers[i] as TierNum).rate;
    const start = from === null ? lo : max(lo, from);
    const end = to === null ? hi : min(hi, to);
    if (cmp(end, start) <= 0) continue;
    const length = sub(end, start);
    commission = add(commission, mul(direction > 0 ? length : neg(length), rate));
  }
  return commission;
}
