import { add, cmp, isZero, max, min, mul, neg, sub } from '../../../money/_lib/scaled/Fixed';
import type { TierMode } from '../../model/TierTable';
import type { Num } from '../exact/num';
import { pricesBySlices } from './pricesBySlices';
import { rateAt } from './rateAt';
import { segmentsOf, slicePay } from './slicePay';
import { type TierNum, zeroLike } from './TierNum';
import { tierCommission } from './tierCommission';

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
