import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import { checkJsonBounds } from '../errors/_lib/checkJsonBounds';
import {
  type Decimal,
  type DecimalInput,
  minorUnits,
  type RoundingMode,
  roundDecimal,
  toDecimal,
} from '../money';
import { toDec } from '../money/_lib/scaled/Fixed';
import { sliceJson } from './_lib/payee/sliceJson';
import { outsideTiers, tierNums } from './_lib/pricing/TierNum';
import { tierDelta } from './_lib/pricing/tierDelta';
import type { TierSlice } from './model/StatementLine';
import { TierTable } from './model/TierTable';

/** The payout of a tier table on an amount: the commission and the slices that make it up. */
export interface TierPayout {
  /** The commission, at full precision (round it by the plan's policy). */
  readonly commission: Decimal;
  /** The slices, lowest first (`retro` last); their commissions add up to `commission`. */
  readonly slices: TierSlice[];
  /**
   * The commission as a statement line states it — rounded to the minor unit of `money.currency`
   * by `money.mode` and written at that scale (`'108000.00'`) — or `null` without `money`.
   */
  readonly amount: string | null;
}

/** The currency (and rounding mode, default `half-up`) a tier payout is stated in. */
export interface TierPayoutMoney {
  readonly currency: string;
  readonly mode?: RoundingMode | undefined;
}

/**
 * The payout function `F(amount)` of a tier table: `marginal` pays each slice at its tier's rate,
 * `whole` pays the reached tier's rate on everything (retroactive), `interpolated` moves the rate
 * linearly between tiers and pays it on everything. Exact; an amount below 0 (net returns) is
 * paid at the first tier's rate.
 *
 * @param table - `{ mode, tiers }`, validated (see {@link TierTable})
 * @param amount - the measured amount (decimal string, integer or decimal.js value)
 * @param money - the plan currency and rounding mode: the result's `amount` is then the
 * commission at the currency's minor-unit scale, as statements state it
 * @returns the commission, its slices and (with `money`) the stated amount
 * @throws CrmRulesError `INVALID_TIERS` at `['tiers', i, 'from' | 'to']` for a table with a gap,
 * an overlap, a first tier not from 0 or an open tier before the last; `INVALID_AMOUNT` for a
 * float amount
 * @example
 * ```ts
 * // Earn Base: 50 % up to 100K, 60 % above; sales of 180K.
 * const tiers = [{ from: '0', to: '100000', rate: '0.5' }, { from: '100000', to: null, rate: '0.6' }];
 * [tierPayout({ mode: 'whole', tiers }, '180000').commission.toFixed(), tierPayout({ mode: 'marginal', tiers }, '180000').commission.toFixed()];
 * //=> ['108000', '98000']
 * tierPayout({ mode: 'marginal', tiers }, '180000.005', { currency: 'USD' }).amount;
 * //=> '98000.00'
 * ```
 */
export function tierPayout(
  table: TierTable,
  amount: DecimalInput,
  money?: TierPayoutMoney,
): TierPayout {
  return splitAcrossTiers(table, 0, amount, money);
}

/**
 * Like {@link tierPayout}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeTierPayout(null, null).success;
 * //=> false
 * ```
 */
export function safeTierPayout(
  table: TierTable,
  amount: DecimalInput,
  money?: TierPayoutMoney,
): SafeResult<TierPayout> {
  return attempt(() => tierPayout(table, amount, money));
}

/**
 * Splits a new amount across a tier table from a running total: the commission is
 * `F(before + amount) − F(before)`, so the lines of a period always add up to `F(period total)`.
 * In `whole` and `interpolated` mode the line that moves the total into a higher rate carries the
 * uplift on the earlier total as a `retro` slice.
 *
 * @param table - `{ mode, tiers }`, validated (see {@link TierTable})
 * @param before - the running total before this amount
 * @param amount - the new amount (negative for a reversal)
 * @param money - the plan currency and rounding mode (see {@link tierPayout})
 * @returns the commission of the new amount, its slices and (with `money`) the stated amount
 * @throws CrmRulesError `INVALID_TIERS` at the tier's path; `INVALID_AMOUNT` for a float
 * @example
 * ```ts
 * // Salesforce Trailhead: 145,000 closed, a new deal of 20,000; < 150,000 at 4 %, then 6 %.
 * const tiers = [{ from: '0', to: '150000', rate: '0.04' }, { from: '150000', to: '250000', rate: '0.06' }, { from: '250000', to: null, rate: '0.06' }];
 * splitAcrossTiers({ mode: 'marginal', tiers }, '145000', '20000').commission.toFixed();
 * //=> '1100'
 * ```
 */
export function splitAcrossTiers(
  table: TierTable,
  before: DecimalInput,
  amount: DecimalInput,
  money?: TierPayoutMoney,
): TierPayout {
  checkJsonBounds(table);
  const valid = parseWith(TierTable, table);
  const start = toDecimal(before, ['before']);
  const size = toDecimal(amount, ['amount']);
  const nums = tierNums(valid.tiers, 'decimal');
  const after = start.plus(size);
  if (valid.outsideTiers === 'error' && outsideTiers(nums, after))
    throw new CrmRulesError(
      'NO_RATE_MATCH',
      `the measured amount ${after.toFixed()} lies outside every tier (outsideTiers: 'error')`,
      { path: ['amount'], value: after.toFixed() },
    );
  const delta = tierDelta(nums, valid.mode, start, after);
  const commission = toDec(delta.commission);
  return { commission, slices: delta.slices.map(sliceJson), amount: stated(commission, money) };
}

function stated(commission: Decimal, money: TierPayoutMoney | undefined): string | null {
  if (money === undefined) return null;
  const scale = minorUnits(money.currency, ['money', 'currency']);
  return roundDecimal(commission, scale, money.mode ?? 'half-up').toFixed(scale);
}

/**
 * Like {@link splitAcrossTiers}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeSplitAcrossTiers(null, null, null).success;
 * //=> false
 * ```
 */
export function safeSplitAcrossTiers(
  table: TierTable,
  before: DecimalInput,
  amount: DecimalInput,
  money?: TierPayoutMoney,
): SafeResult<TierPayout> {
  return attempt(() => splitAcrossTiers(table, before, amount, money));
}
