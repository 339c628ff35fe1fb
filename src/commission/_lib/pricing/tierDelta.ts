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
  return rateDelta(tiers, mode, { measureBefore: before, measureAfter: after, before, after });
}

/** The running figures of a rate-priced tier: the measure that finds the rate, the base it pays on. */
export interface MeasureAndBase {
  readonly measureBefore: Num;
  readonly measureAfter: Num;
  readonly before: Num;
  readonly after: Num;
}

/**
 * Internal: a line's delta of `G = rate(measure) × base` (`whole`, `interpolated-rate`): the line's
 * base at the rate after it, and a retro slice for the uplift on the base before it. The lines
 * telescope to G at the period's end exactly, even when interpolated rates are rounded to 40
 * digits. Money tiers find the rate by the base itself; a `quantity` plan's by the units.
 */
export function rateDelta(
  tiers: readonly TierNum[],
  mode: TierMode,
  at: MeasureAndBase,
): TierDelta {
  const { measureBefore: u0, measureAfter: u1, before, after } = at;
  const rateAfter = rateAt(tiers, mode, u1);
  const rateBefore = rateAt(tiers, mode, u0);
  const amount = sub(after, before);
  const main = mul(amount, rateAfter);
  const commission = sub(mul(after, rateAfter), mul(before, rateBefore));
  const slices: SliceNum[] = [
    {
      kind: 'slice',
      from: min(u0, u1),
      to: max(u0, u1),
      rate: rateAfter,
      amount,
      commission: main,
    },
  ];
  const uplift = sub(rateAfter, rateBefore);
  if (isZero(uplift) || isZero(before)) return { commission, slices };
  const zero = zeroLike(u0);
  slices.push({
    kind: 'retro',
    from: min(zero, u0),
    to: max(zero, u0),
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
