import { CrmRulesError } from '../../../errors';
import { Decimal } from '../../../money';
import { add, div, isZero, mul, neg, sign, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import type { Facts } from '../../../rules';
import type { QuotaMeasure } from '../../model/QuotaMeasure';
import type { AppliedRate } from '../../model/StatementLine';
import type { TierMode } from '../../model/TierTable';
import { eventPath } from '../events/CreditEvent';
import { type Num, parseNum } from '../exact/num';
import type { PayeeRun } from '../payee/PayeeRun';
import type { CompiledComponent } from '../plan/compilePlan';
import { type CompiledRateTable, matchCompiledRate } from '../plan/compileRates';
import { outsideTiers, type TierNum } from '../pricing/TierNum';
import { tierCommission } from '../pricing/tierCommission';
import { type SliceNum, tierDelta } from '../pricing/tierDelta';
import { unitTierDelta } from '../pricing/unitTierDelta';
import { componentTiers } from './componentTiers';
import type { Credit } from './creditEvents';
import { creditedMeasure } from './creditedMeasure';

/** Internal: what a component pays on one credit line, before line caps. */
export interface Priced {
  readonly commission: Num;
  readonly rate: AppliedRate;
  /** The tier slices (lines mode only). */
  readonly slices: readonly SliceNum[] | null;
  /** The fixed-rate quantity, for the trace (fixed-per-unit only). */
  readonly quantity: Num | null;
  /** The tier measure before and after this line (tiers only). */
  readonly before?: Num;
  readonly after?: Num;
}

/** A component's tier table as compiled. */
type ComponentTiers = NonNullable<CompiledComponent['tiers']>;

const TIERS: AppliedRate = Object.freeze({ row: null, kind: 'tiers', value: null, noMatch: null });

/** Places of a tier line's blended rate (a fraction: 6 places are 0.0001 %), rounded half-up. */
export const BLENDED_PLACES = 6;

/**
 * A tier line's rate: its blended rate, the commission ÷ the amount measured on the line, half-up
 * to {@link BLENDED_PLACES} places (`null` for a line of 0).
 */
function blended(commission: Num, amount: Num): AppliedRate {
  if (isZero(amount)) return TIERS;
  const value = div(commission, amount).toDecimalPlaces(BLENDED_PLACES, Decimal.ROUND_HALF_UP);
  return { ...TIERS, value: value.toFixed() };
}

/** Internal: where a component's running tier measure starts (the carried plan-year base, or 0). */
export function initialMeasure(run: PayeeRun, component: CompiledComponent): Num {
  if (component.tiers?.measure !== 'plan-year-to-date' || run.carried === null) return ZERO;
  const carried = run.carried.ytd.components.find((c) => c.id === component.def.id);
  return carried === undefined ? ZERO : parseNum(carried.base, run.ctx.arithmetic);
}

/**
 * Internal: prices one credit line for one component — the matched rate, or the tier delta
 * `F(after) − F(before)` from the component's running measure (which it advances). Slices are
 * built only when the run materialises lines.
 */
export function priceLine(
  run: PayeeRun,
  credit: Credit,
  component: CompiledComponent,
  base: Num,
  facts: () => Facts,
): Priced {
  if (component.rates !== null) return priceByRate(credit, component.rates, base, facts);
  if (component.tiers === null)
    return { commission: ZERO, rate: TIERS, slices: null, quantity: null };
  return priceByTiers(run, credit, component, component.tiers, base);
}

/** The line at the rate its facts match in the component's rate table. */
function priceByRate(
  credit: Credit,
  rates: CompiledRateTable,
  base: Num,
  facts: () => Facts,
): Priced {
  const event = credit.event;
  const rate = matchCompiledRate(rates, facts(), eventPath(event));
  const value = rate.value as Num;
  switch (rate.kind) {
    case 'rate':
      return { commission: mul(base, value), rate: rate.applied, slices: null, quantity: null };
    case 'none':
      return { commission: ZERO, rate: rate.applied, slices: null, quantity: null };
    case 'fixed-per-line': {
      const share = mul(value, credit.fraction);
      return {
        commission: sign(event.amount) < 0 ? neg(share) : share,
        rate: rate.applied,
        slices: null,
        quantity: null,
      };
    }
    case 'fixed-per-unit': {
      if (event.quantity === null)
        throw new CrmRulesError(
          'INVALID_INPUT',
          'a fixed-per-unit rate needs the quantity of the line; link the invoice line to its order line',
          {
            path: eventPath(event, 'quantity'),
            value: null,
          },
        );
      const quantity = mul(event.quantity, credit.fraction);
      return { commission: mul(value, quantity), rate: rate.applied, slices: null, quantity };
    }
  }
}

/**
 * The tier delta `F(after) − F(before)` of the line on the component's running measure (which it
 * advances; the line alone under the `line` measure, mirrored when negative).
 */
function priceByTiers(
  run: PayeeRun,
  credit: Credit,
  component: CompiledComponent,
  tiers: ComponentTiers,
  base: Num,
): Priced {
  const nums = componentTiers(run, component);
  if (tiers.measure === 'attainment' && unitTiers(run.version.plan.quotaMeasure ?? 'money'))
    return priceByUnits(run, credit, component, tiers, nums, base);
  const mirror = tiers.measure === 'line' && sign(base) < 0;
  let before: Num = ZERO;
  if (tiers.measure !== 'line') {
    const id = component.def.id;
    before = run.running.get(id) ?? initialMeasure(run, component);
    run.running.set(id, add(before, base));
  }
  const after = add(before, base);
  const measured = mirror ? neg(base) : after;
  if (tiers.outside === 'error' && outsideTiers(nums, measured))
    throw new CrmRulesError(
      'NO_RATE_MATCH',
      `component ${component.def.id}: the measured amount ${scaledText(measured)} lies outside every tier (outsideTiers: 'error'); add a tier for it or state outsideTiers: 'zero'`,
      { path: eventPath(credit.event), value: scaledText(measured) },
    );
  if (mirror) return mirrored(run, nums, tiers.mode, base);
  if (run.mode === 'totals')
    return {
      commission: tierCommission(nums, tiers.mode, before, after),
      rate: TIERS,
      slices: null,
      quantity: null,
    };
  const delta = tierDelta(nums, tiers.mode, before, after);
  return {
    commission: delta.commission,
    rate: blended(delta.commission, base),
    slices: delta.slices,
    quantity: null,
    before,
    after,
  };
}

/** Whether `attainment` tiers are found by units (a `quantity` plan: bounds scale a quota in units). */
function unitTiers(measure: QuotaMeasure): boolean {
  switch (measure) {
    case 'money':
      return false;
    case 'quantity':
      return true;
    default: {
      const never: never = measure;
      return never;
    }
  }
}

/**
 * `attainment` tiers on a `quantity` plan: the tier is found by the running units credited (the
 * bounds are percentages of the quota in units), the rates pay on the line's money (see
 * `unitTierDelta`). The running money stays in `run.running` (the component's plan-year base).
 */
function priceByUnits(
  run: PayeeRun,
  credit: Credit,
  component: CompiledComponent,
  tiers: ComponentTiers,
  nums: readonly TierNum[],
  base: Num,
): Priced {
  const id = component.def.id;
  const moneyBefore = run.running.get(id) ?? ZERO;
  const unitsBefore = run.runningUnits.get(id) ?? ZERO;
  const unitsAfter = add(unitsBefore, creditedMeasure('quantity', credit, base));
  const moneyAfter = add(moneyBefore, base);
  run.running.set(id, moneyAfter);
  run.runningUnits.set(id, unitsAfter);
  if (tiers.outside === 'error' && outsideTiers(nums, unitsAfter))
    throw new CrmRulesError(
      'NO_RATE_MATCH',
      `component ${component.def.id}: the units measured, ${scaledText(unitsAfter)}, lie outside every tier (outsideTiers: 'error'); add a tier for them or state outsideTiers: 'zero'`,
      { path: eventPath(credit.event), value: scaledText(unitsAfter) },
    );
  const delta = unitTierDelta(nums, tiers.mode, {
    unitsBefore,
    unitsAfter,
    moneyBefore,
    moneyAfter,
  });
  if (run.mode === 'totals')
    return { commission: delta.commission, rate: TIERS, slices: null, quantity: null };
  return {
    commission: delta.commission,
    rate: blended(delta.commission, base),
    slices: delta.slices,
    quantity: null,
    before: moneyBefore,
    after: moneyAfter,
  };
}

/**
 * A negative line under the `line` measure (a return, a credit note) is priced as the mirror of
 * the positive line of the same size, `−F(−base)`: it reverses exactly what that sale earned,
 * tier slices and all, instead of being priced below the first tier.
 */
function mirrored(run: PayeeRun, nums: readonly TierNum[], mode: TierMode, base: Num): Priced {
  const size = neg(base);
  if (run.mode === 'totals')
    return {
      commission: neg(tierCommission(nums, mode, ZERO, size)),
      rate: TIERS,
      slices: null,
      quantity: null,
    };
  const delta = tierDelta(nums, mode, ZERO, size);
  return {
    commission: neg(delta.commission),
    rate: blended(delta.commission, size),
    slices: delta.slices.map((slice) => ({
      ...slice,
      from: neg(slice.to),
      to: neg(slice.from),
      amount: neg(slice.amount),
      commission: neg(slice.commission),
    })),
    quantity: null,
    before: ZERO,
    after: base,
  };
}
