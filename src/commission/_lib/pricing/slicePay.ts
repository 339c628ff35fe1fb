import { div, mul, sign, sub } from '../../../money/_lib/scaled/Fixed';
import type { TierMode } from '../../model/TierTable';
import type { Num } from '../exact/num';
import type { TierNum } from './TierNum';

/**
 * Internal: the segments a measure can be sliced into, lowest first, each as its tier's index: below 0 the
 * first tier continues when it starts at 0 (net returns); nothing else lies outside the tiers.
 */
export function segmentsOf(tiers: readonly TierNum[]): Array<[Num | null, Num | null, TierNum]> {
  const first = tiers[0] as TierNum;
  const segments: Array<[Num | null, Num | null, TierNum]> = [];
  if (sign(first.from) === 0) segments.push([null, first.from, first]);
  for (const tier of tiers) segments.push([tier.from, tier.to, tier]);
  return segments;
}

/**
 * Internal: what `amount` measured inside `tier` pays: its rate times the amount (`marginal`), or the
 * tier's amount prorated over its width (`interpolated-amount`), with the per-unit rate shown.
 */
export function slicePay(tier: TierNum, mode: TierMode, amount: Num): { rate: Num; pay: Num } {
  if (mode !== 'interpolated-amount') return { rate: tier.rate, pay: mul(amount, tier.rate) };
  const width = sub(tier.to as Num, tier.from);
  return { rate: div(tier.rate, width), pay: div(mul(amount, tier.rate), width) };
}
