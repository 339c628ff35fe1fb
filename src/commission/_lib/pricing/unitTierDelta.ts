import { div, isZero, mul, sub } from '../../../money/_lib/scaled/Fixed';
import type { TierMode } from '../../model/TierTable';
import type { Num } from '../exact/num';
import { rateAt } from './rateAt';
import { type TierNum, zeroLike } from './TierNum';
import { rateDelta, type TierDelta, tierDelta } from './tierDelta';

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
  switch (mode) {
    case 'whole':
    case 'interpolated-rate':
      return rateDelta(tiers, mode, {
        measureBefore: at.unitsBefore,
        measureAfter: at.unitsAfter,
        before: at.moneyBefore,
        after: at.moneyAfter,
      });
    case 'marginal':
    case 'interpolated-amount':
      return splitByUnits(tiers, mode, at, sub(at.moneyAfter, at.moneyBefore));
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
