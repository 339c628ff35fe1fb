import { cmp, mul, sign, sub } from '../../../money/_lib/scaled/Fixed';
import { type Arithmetic, type Num, parseNum } from '../exact/num';

/**
 * Internal: one tier with exact bounds and rate (`to: null` for the open last tier); in
 * `interpolated-amount` mode `rate` holds the tier's fixed amount.
 */
export interface TierNum {
  readonly from: Num;
  readonly to: Num | null;
  readonly rate: Num;
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
 * Internal: whether a measured amount lies outside every tier of a table (below a first tier
 * above 0, in a gap, above a closed last tier) — where `outsideTiers: 'error'` stops the run.
 */
export function outsideTiers(tiers: readonly TierNum[], x: Num): boolean {
  return tierIndexAt(tiers, x) < 0;
}

/** Internal: a zero of the same kind as `value` (exact or decimal.js). */
export function zeroLike(value: Num): Num {
  return sub(value, value);
}
