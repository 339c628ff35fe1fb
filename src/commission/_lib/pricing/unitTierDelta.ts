import { div, isZero, max, min, mul, sub } from '../../../money/_lib/scaled/Fixed';
import type { TierMode } from '../../model/TierTable';
import type { Num } from '../exact/num';
import { rateAt } from './rateAt';
import { type TierNum, zeroLike } from './TierNum';
import { type SliceNum, type TierDelta, tierDelta } from './tierDelta';

/** The running figures of a tier measured in units: units and money, before and after a line. */
export interface UnitsAndMoney {
  readonly unitsBefore: Num;
  readonly unitsAfter: Num;
  readonly moneyBefore: Num;
  readonly moneyAfter: Num;
}

/**
 * Internal: a line's tier delta when the tiers are found by units (`attainment` tiers on a
 * `quantity` plan, bounds in units) but the rates pay on money. `whole` and `interpolated-rate`
 * pay `G(u, m) = rate(u) × m` on the running units `u` and money `m`, so the lines of a period sum
 * to the rate at the period's units times its money; `marginal` splits the line's money across
 * the tiers in proportion to the units it moves through each (a line of 0 units pays at the rate
 * of the tier it lies in); `interpolated-amount` already pays money (`F(units)`). With each unit
 * worth 1 (units = money) every mode pays exactly what the money tiers pay.
 */
export function unitTierDelta(
  tiers: readonly TierNum[],
  mode: TierMode,
  at: UnitsAndMoney,
): TierDelta {
  const { unitsBefore: u0, unitsAfter: u1, moneyBefore: m0, moneyAfter: m1 } = at;
  const money = sub(m1, m0);
  switch (mode) {
    case 'whole':
    case 'interpolated-rate': {
      const rateAfter = rateAt(tiers, mode, u1);
      const rateBefore = rateAt(tiers, mode, u0);
      const main = mul(money, rateAfter);
      const commission = sub(mul(m1, rateAfter), mul(m0, rateBefore));
      const slices: SliceNum[] = [
        {
          kind: 'slice',
          from: min(u0, u1),
          to: max(u0, u1),
          rate: rateAfter,
          amount: money,
          commission: main,
        },
      ];
      const uplift = sub(rateAfter, rateBefore);
      if (!isZero(uplift) && !isZero(m0))
        slices.push({
          kind: 'retro',
          from: min(zeroLike(u0), u0),
          to: max(zeroLike(u0), u0),
          rate: uplift,
          amount: m0,
          commission: sub(commission, main),
        });
      return { commission, slices };
    }
    case 'marginal':
    case 'interpolated-amount':
      return splitByUnits(tiers, mode, at, money);
    default: {
      const unhandled: never = mode;
      throw new TypeError(`unknown tier mode ${String(unhandled)}`);
    }
  }
}

/** The slices of a line in units, their amounts (and, in `marginal` mode, pay) valued at its money per unit. */
function splitByUnits(
  tiers: readonly TierNum[],
  mode: 'marginal' | 'interpolated-amount',
  at: UnitsAndMoney,
  money: Num,
): TierDelta {
  const units = sub(at.unitsAfter, at.unitsBefore);
  if (isZero(units)) {
    if (mode === 'interpolated-amount' || isZero(money))
      return { commission: zeroLike(money), slices: [] };
    const rate = rateAt(tiers, 'whole', at.unitsBefore);
    const commission = mul(money, rate);
    const u = at.unitsBefore;
    return {
      commission,
      slices: [{ kind: 'slice', from: u, to: u, rate, amount: money, commission }],
    };
  }
  const delta = tierDelta(tiers, mode, at.unitsBefore, at.unitsAfter);
  const price = div(money, units);
  const pays = mode === 'marginal';
  return {
    commission: pays ? mul(delta.commission, price) : delta.commission,
    slices: delta.slices.map((slice) => ({
      ...slice,
      amount: mul(slice.amount, price),
      commission: pays ? mul(slice.commission, price) : slice.commission,
    })),
  };
}
