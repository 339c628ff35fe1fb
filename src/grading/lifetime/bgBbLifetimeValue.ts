import * as z from 'zod';
import { rateField } from '../../_lib/numberNotes';
import { attempt, parseWith, type SafeResult } from '../../errors';
import type { TraceStep } from '../../explain';
import {
  Decimal,
  DecimalString,
  type Money,
  MoneyJson,
  minorUnits,
  money,
  RoundingPolicy,
  round,
  toMoneyJson,
} from '../../money';
import { type BgBbFields, checkBgBb } from './_lib/data/bgBbProblem';
import { bgBbSteps } from './_lib/explain/bgBbSteps';
import { roundingStep } from './_lib/explain/clvTrace';
import { fixed } from './_lib/explain/traceText';
import type { BgBbParams } from './BgBbParams';
import { bgBbDiscountedExpectedTransactions } from './bgBbDiscountedExpectedTransactions';
import { bgBbProbabilityAlive } from './bgBbProbabilityAlive';
import { estimateToDecimal } from './estimateToMoney';
import type { BgBbFit } from './fitBgBb';
import { bgBbParamsOf } from './predictBgBb';

/**
 * Options of {@link bgBbLifetimeValue}: the `discountRate` per opportunity (a decimal string
 * > 0, `'0.1'` = 10 % a year for yearly opportunities), the `valuePerTransaction` (money JSON)
 * and the `rounding` of the result (default half-up to the currency's minor unit).
 *
 * @example
 * ```ts
 * BgBbClvOptions.parse({ discountRate: '0.1', valuePerTransaction: { amount: '50', currency: 'USD' } }).rounding;
 * //=> { mode: 'half-up' }
 * ```
 */
export const BgBbClvOptions = z.strictObject({
  discountRate: rateField(
    DecimalString.check(
      z.refine((text) => new Decimal(text).gt(0), { message: 'the discount rate must be > 0' }),
    ),
  ),
  valuePerTransaction: MoneyJson,
  rounding: z._default(RoundingPolicy, { mode: 'half-up' }),
});
/** Options of {@link bgBbLifetimeValue} as a caller writes them. */
export type BgBbClvOptionsInput = z.input<typeof BgBbClvOptions>;

/** A customer's residual lifetime value under BG/BB, explained. */
export interface BgBbLifetimeValue {
  /** DERT × the value per transaction, rounded by the options' policy. */
  readonly value: Money;
  readonly unrounded: Money;
  /** DERT: the transactions expected at every future opportunity, each discounted to today. */
  readonly discountedExpectedTransactions: number;
  readonly probabilityAlive: number;
  /** The model, the pattern, P(alive), DERT, the value and its rounding. */
  readonly trace: TraceStep[];
}

/**
 * The residual lifetime value of a customer of a discrete-time business: DERT (Fader, Hardie &
 * Shang 2010, eq. 14 — every future opportunity's expected transactions, the one k
 * opportunities ahead discounted by (1 + d)ᵏ) times a known value per transaction. DERT is an
 * estimate and enters the money at 12 significant digits (`estimateToDecimal`); the product is
 * exact and then rounded by the stated policy.
 *
 * @param model - fitted BG/BB parameters, or a BG/BB fit (`fitBgBb`)
 * @param customer - frequency, recency and n
 * @param options - discount rate, value per transaction, rounding
 * @returns the value, its unrounded form, DERT, P(alive) and the trace
 * @throws CrmRulesError `INVALID_INPUT` for a bad parameter, pattern or option (paths
 * `['params', name]`, `['customer', field]`, `['options', …]`); `UNKNOWN_CURRENCY`;
 * `FIT_NOT_CONVERGED` for a discount rate so near 0 that DERT's series does not converge
 * @example
 * ```ts
 * // FHS 2010: a donor who gave in every one of 6 years has a DERT of 5.91 at 10 % a year.
 * const donors = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * const clv = bgBbLifetimeValue(donors, { frequency: 6, recency: 6, n: 6 }, { discountRate: '0.1', valuePerTransaction: { amount: '50.00', currency: 'USD' } });
 * [clv.discountedExpectedTransactions.toFixed(2), toMoneyJson(clv.value).amount];
 * //=> ['5.91', '295.43']
 * ```
 */
export function bgBbLifetimeValue(
  model: BgBbParams | BgBbFit,
  customer: BgBbFields,
  options: BgBbClvOptionsInput,
): BgBbLifetimeValue {
  const { discountRate, valuePerTransaction, rounding } = parseWith(BgBbClvOptions, options, {
    path: ['options'],
  });
  const params = bgBbParamsOf(model);
  const pattern = checkBgBb(customer, ['customer']);
  const { currency } = valuePerTransaction;
  const spend = new Decimal(valuePerTransaction.amount);
  const dert = bgBbDiscountedExpectedTransactions(params, pattern, Number(discountRate));
  const total = estimateToDecimal(dert).times(spend);
  const unrounded = money(total, currency);
  const value = round(unrounded, rounding);
  const alive = bgBbProbabilityAlive(params, pattern);
  const scale = rounding.scale ?? minorUnits(currency);
  const shown = total.toFixed(scale + 2);
  return {
    value,
    unrounded,
    discountedExpectedTransactions: dert,
    probabilityAlive: alive,
    trace: [
      ...bgBbSteps(params, pattern),
      { code: 'grading.clv.palive', params: { probability: fixed(alive, 4) } },
      { code: 'grading.clv.dert', params: { rate: discountRate, dert: fixed(dert, 4) } },
      {
        code: 'grading.clv.bg-bb.total',
        params: {
          dert: fixed(dert, 4),
          spend: toMoneyJson(money(spend, currency)).amount,
          amount: shown,
          currency,
        },
      },
      roundingStep(shown, toMoneyJson(value).amount, currency, rounding, scale),
    ],
  };
}

/**
 * Like {@link bgBbLifetimeValue}, but returns `{ success, data | error }` instead of throwing;
 * it never throws.
 *
 * @example
 * ```ts
 * safeBgBbLifetimeValue(null, null, null).success;
 * //=> false
 * ```
 */
export function safeBgBbLifetimeValue(
  model: BgBbParams | BgBbFit,
  customer: BgBbFields,
  options: BgBbClvOptionsInput,
): SafeResult<BgBbLifetimeValue> {
  return attempt(() => bgBbLifetimeValue(model, customer, options));
}
