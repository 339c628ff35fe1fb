import { add, div, mul, sign, sub } from '../../../money/_lib/scaled/Fixed';
import type { TierMode } from '../../model/TierTable';
import type { Num } from '../exact/num';
import { interpolatesRate } from './pricesBySlices';
import { type TierNum, tierIndexAt, zeroLike } from './TierNum';

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
