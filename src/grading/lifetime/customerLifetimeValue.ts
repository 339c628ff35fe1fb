import * as z from 'zod';
import { attempt, parseWith, type SafeResult } from '../../errors';
import type { TraceStep } from '../../explain';
import {
  Decimal,
  DecimalString,
  type Money,
  minorUnits,
  money,
  round,
  toMoneyJson,
} from '../../money';
import { finiteResult } from '../_lib/exact/finiteResult';
import { checkObject } from '../_lib/input/checkArgument';
import { checkPositive } from './_lib/data/checkPositive';
import { checkSummary } from './_lib/data/summaryProblem';
import { roundingStep } from './_lib/explain/clvTrace';
import { exact, fixed } from './_lib/explain/traceText';
import type { BgNbdParams } from './BgNbdParams';
import { conditionalExpectedPurchases } from './bgNbdConditionalExpectedPurchases';
import { probabilityAlive } from './bgNbdProbabilityAlive';
import { ClvOptions, type ClvOptionsInput } from './ClvOptions';
import { bgNbdParamsIn } from './convertFitUnit';
import { estimateToDecimal } from './estimateToMoney';
import type { BgNbdFit } from './fitBgNbd';
import type { GammaGammaParams } from './GammaGammaParams';
import { expectedSpend } from './gammaGammaExpectedSpend';
import type { SpendFields } from './gammaGammaLogLikelihood';
import { bgNbdModelStep, historyStep } from './predictPurchases';
import { UNITS_PER_MONTH } from './TimeUnit';

/**
 * The models of a CLV: BG/NBD parameters (or a BG/NBD fit) for the purchases, and for the spend
 * per purchase either Gamma-Gamma parameters (`gammaGamma`) or the customer's known `spend`, a
 * decimal string ≥ 0 in the CLV's currency (a contract price, a subscription fee: no Gamma-Gamma
 * fit needed).
 */
export type ClvModels =
  | { readonly bgNbd: BgNbdParams | BgNbdFit; readonly gammaGamma: GammaGammaParams }
  | { readonly bgNbd: BgNbdParams | BgNbdFit; readonly spend: string };

/** One month of a CLV: its expected purchases, discount factor and discounted value. */
export interface ClvMonth {
  readonly month: number;
  readonly expectedPurchases: number;
  /** (1 + rate)^month, exact. */
  readonly discountFactor: Decimal;
  /** Expected purchases × expected spend ÷ discount factor, unrounded. */
  readonly value: Money;
}

/** A customer's discounted lifetime value over a horizon, explained. */
export interface CustomerLifetimeValue {
  /** The CLV, rounded once by the stated policy. */
  readonly value: Money;
  /** The sum of the monthly values before rounding. */
  readonly unrounded: Money;
  readonly probabilityAlive: number;
  /** Expected purchases over the whole horizon. */
  readonly expectedPurchases: number;
  /** Gamma-Gamma expected spend per purchase, at 12 significant digits. */
  readonly expectedSpend: Money;
  readonly months: readonly ClvMonth[];
  readonly trace: TraceStep[];
}

/**
 * Discounted customer lifetime value over a horizon, as lifetimes' `customer_lifetime_value`:
 * for each month k = 1…n, the BG/NBD conditional expected purchases in month k (the difference of
 * the cumulative expectations at k and k − 1 months) times the Gamma-Gamma expected spend per
 * purchase, divided by (1 + monthly rate)^k; summed and rounded once. Model outputs are floats;
 * they enter decimal.js at 12 significant digits (`estimateToDecimal`) and all money arithmetic
 * after that is decimal, with one rounding at the end by `rounding`.
 *
 * @param models - fitted `bgNbd` parameters (or a BG/NBD fit, converted to `options.unit` as
 * `predictPurchases` does), and `gammaGamma` parameters (same currency) or the customer's known
 * `spend` per purchase (see {@link ClvModels})
 * @param customer - the customer's summary with `monetaryValue` (when frequency > 0)
 * @param options - unit, months, discountRate, currency, rounding
 * @returns the CLV, its monthly breakdown and a trace
 * @throws CrmRulesError `INVALID_INPUT` for bad parameters, summary or options (paths
 * `['models', 'bgNbd' | 'gammaGamma', name]`, `['models', 'spend']`, `['customer', field]`,
 * `['options', field]`);
 * `UNKNOWN_UNIT`; `UNIT_MISMATCH` at `['options', 'unit']` for a fit whose unit does not convert;
 * `UNKNOWN_CURRENCY`
 * — and `LIMIT_EXCEEDED` at `['models', 'bgNbd' | 'gammaGamma']` when a model value leaves
 * the float range (parameters too extreme for the model), never NaN or Infinity
 * @example
 * ```ts
 * const clv = customerLifetimeValue(
 *   { bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 } },
 *   { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 },
 *   { unit: 'weeks', months: 12, discountRate: '0.01', currency: 'USD' },
 * );
 * toMoneyJson(clv.value);
 * //=> { amount: '36.29', currency: 'USD' }
 * ```
 * @example
 * ```ts
 * // A known spend per purchase (a subscription at 25.00): no Gamma-Gamma fit.
 * const clv = customerLifetimeValue(
 *   { bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, spend: '25.00' },
 *   { frequency: 2, recency: 30.43, T: 38.86 },
 *   { unit: 'weeks', months: 12, discountRate: '0.01', currency: 'USD' },
 * );
 * [toMoneyJson(clv.expectedSpend), clv.trace[2]?.code];
 * //=> [{ amount: '25.00', currency: 'USD' }, 'grading.clv.palive']
 * ```
 */
export function customerLifetimeValue(
  models: ClvModels,
  customer: SpendFields,
  options: ClvOptionsInput,
): CustomerLifetimeValue {
  checkObject(models, ['models'], 'the models { bgNbd, gammaGamma }');
  const { unit, months, discountRate, currency, rounding } = parseWith(ClvOptions, options, {
    path: ['options'],
  });
  const bg = checkPositive(
    bgNbdParamsIn(models.bgNbd, unit, ['options', 'unit']),
    ['r', 'alpha', 'a', 'b'],
    ['models', 'bgNbd'],
  );
  const { frequency: x, recency: tx, T } = checkSummary(customer, ['customer']);
  const scale = rounding.scale ?? minorUnits(currency);
  const shown = scale + 2;
  const { spendDecimal, spendSteps } = spendOf(models, customer, currency, shown);
  const rate = new Decimal(discountRate);
  const monthLength = UNITS_PER_MONTH[unit];
  const monthly: ClvMonth[] = [];
  const steps: TraceStep[] = [];
  let previous = 0;
  let total = new Decimal(0);
  for (let k = 1; k <= months; k++) {
    const cumulative = finiteResult(
      conditionalExpectedPurchases(bg, x, tx, T, k * monthLength),
      'E[X(t) | x, tₓ, T]',
      ['models', 'bgNbd'],
      bg,
    );
    const purchases = Math.max(0, cumulative - previous);
    previous = Math.max(previous, cumulative);
    const discountFactor = rate.plus(1).pow(k);
    const value = estimateToDecimal(purchases).times(spendDecimal).div(discountFactor);
    total = total.plus(value);
    monthly.push({
      month: k,
      expectedPurchases: purchases,
      discountFactor,
      value: money(value, currency),
    });
    steps.push({
      code: 'grading.clv.month',
      params: {
        month: k,
        purchases: fixed(purchases, 4),
        spend: spendDecimal.toFixed(shown),
        currency,
        rate: discountRate,
        amount: value.toFixed(shown),
      },
    });
  }
  const unrounded = money(total, currency);
  const value = round(unrounded, rounding);
  const alive = finiteResult(probabilityAlive(bg, x, tx, T), 'P(alive)', ['models', 'bgNbd'], bg);
  const trace: TraceStep[] = [
    bgNbdModelStep(bg),
    ...spendSteps.slice(0, -1),
    historyStep(unit, x, tx, T),
    { code: 'grading.clv.palive', params: { probability: fixed(alive, 4) } },
    ...spendSteps.slice(-1),
    ...steps,
    {
      code: 'grading.clv.total',
      params: { months, rate: discountRate, amount: total.toFixed(shown), currency },
    },
    roundingStep(total.toFixed(shown), toMoneyJson(value).amount, currency, rounding, scale),
  ];
  return {
    value,
    unrounded,
    probabilityAlive: alive,
    expectedPurchases: previous,
    expectedSpend: money(spendDecimal, currency),
    months: monthly,
    trace,
  };
}

/**
 * Like {@link customerLifetimeValue}, but returns `{ success, data | error }` instead of throwing;
 * it never throws.
 *
 * @example
 * ```ts
 * safeCustomerLifetimeValue(null, null, null).success;
 * //=> false
 * ```
 */
export function safeCustomerLifetimeValue(
  models: ClvModels,
  customer: SpendFields,
  options: ClvOptionsInput,
): SafeResult<CustomerLifetimeValue> {
  return attempt(() => customerLifetimeValue(models, customer, options));
}

/**
 * The spend per purchase: Gamma-Gamma's expectation, or the known spend; and its trace steps (the
 * model's, if any, then the spend's).
 */
function spendOf(
  models: ClvModels,
  customer: SpendFields,
  currency: string,
  shown: number,
): { spendDecimal: Decimal; spendSteps: TraceStep[] } {
  if ('spend' in models && !('gammaGamma' in models)) {
    const known = parseWith(KnownSpend, models.spend, { path: ['models', 'spend'] });
    const spendDecimal = new Decimal(known);
    return {
      spendDecimal,
      spendSteps: [
        {
          code: 'grading.clv.expected-spend.known',
          params: { amount: spendDecimal.toFixed(shown), currency },
        },
      ],
    };
  }
  const gg = (models as { gammaGamma: GammaGammaParams }).gammaGamma;
  const spendDecimal = estimateToDecimal(
    expectedSpend(gg, customer, ['models', 'gammaGamma'], ['customer']),
  );
  const { p, q, gamma } = gg;
  const amount = spendDecimal.toFixed(shown);
  return {
    spendDecimal,
    spendSteps: [
      {
        code: 'grading.clv.model.gamma-gamma',
        params: { p: fixed(p, 4), q: fixed(q, 4), gamma: fixed(gamma, 4) },
      },
      customer.frequency === 0
        ? { code: 'grading.clv.expected-spend.population', params: { amount, currency } }
        : {
            code: 'grading.clv.expected-spend',
            params: {
              amount,
              currency,
              frequency: customer.frequency,
              observed: exact(customer.monetaryValue as number),
            },
          },
    ],
  };
}

const KnownSpend = DecimalString.check(
  z.refine((text) => new Decimal(text).gte(0), { message: 'the known spend must be ≥ 0' }),
);
