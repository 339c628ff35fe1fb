import { add, cmp, max, min, mul, neg, sign, sub } from '../../../money/_lib/scaled/Fixed';
import type { TierMode } from '../../model/TierTable';
import type { Num } from '../exact/num';
import { rateAt } from './rateAt';
import { segmentsOf, slicePay } from './slicePay';
import { type TierNum, zeroLike } from './TierNum';

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
