import { attempt, type SafeResult } from '../errors';
import { requireString } from '../errors/_lib/argumentGuards';
import { Decimal } from '../money';
import { exposureTotals } from './_lib/credit/exposureTotals';
import { positionOf, requireIndex } from './_lib/credit/positionOf';
import { amountText } from './_lib/findings/amountText';
import type { ExposureIndex, LimitSource } from './ExposureIndex';

/**
 * A customer's exposure as decimal strings in the index's base currency (see
 * {@link exposureOf}). `exposure` is the one the policy's `check` compares with the limit.
 */
export interface ExposureBreakdown {
  readonly customerId: string;
  readonly currency: string;
  readonly check: 'static' | 'dynamic';
  readonly limitSource: LimitSource;
  readonly ownLimit: string;
  readonly insuredLimit: string;
  readonly limit: string;
  readonly receivables: string;
  readonly unbilledOrders: string;
  readonly unbilledDeliveries: string;
  readonly staticExposure: string;
  readonly dynamicExposure: string;
  readonly exposure: string;
}

/**
 * Reads one customer's exposure from an index: receivables, unbilled orders and deliveries (as
 * the policy counts them), the static and dynamic totals, and the limit with its source. A
 * customer the index does not know has zero exposure and the default limit.
 *
 * @param index - an index made by {@link buildExposureIndex}
 * @param customerId - the customer
 * @returns the breakdown
 * @throws CrmRulesError `INVALID_INPUT` (a bad index or id), `MISSING_CREDIT_LIMIT` (an unknown
 * customer and no default limit)
 * @example
 * ```ts
 * const index = buildExposureIndex({}, { asOf: '2026-06-30', baseCurrency: 'EUR', policy: { effectiveFrom: '2026-01-01', defaultLimit: { amount: '5000', currency: 'EUR' }, warnAtPercent: '80', blockAtPercent: '100' } });
 * [exposureOf(index, 'C-7').limit, exposureOf(index, 'C-7').limitSource];
 * //=> ['5000.00', 'default']
 * ```
 */
export function exposureOf(index: ExposureIndex, customerId: string): ExposureBreakdown {
  requireIndex(index, ['index']);
  requireString(customerId, 'customerId');
  const position = positionOf(index, customerId, ['customerId']);
  const policy = index.policy;
  const totals = exposureTotals({ ...position, order: new Decimal(0), orderBeyond: false }, policy);
  const text = (amount: Decimal) => amountText(amount, index.baseCurrency);
  return {
    customerId,
    currency: index.baseCurrency,
    check: policy.check,
    limitSource: position.limitSource,
    ownLimit: text(position.ownLimit),
    insuredLimit: text(position.insuredLimit),
    limit: text(totals.limit),
    receivables: text(position.receivables),
    unbilledOrders: text(totals.unbilledOrders),
    unbilledDeliveries: text(totals.unbilledDeliveries),
    staticExposure: text(totals.staticExposure),
    dynamicExposure: text(totals.dynamicExposure),
    exposure: text(totals.exposure),
  };
}

/**
 * Like {@link exposureOf}, but returns `{ success, data | error }`; it never throws.
 *
 * @example
 * ```ts
 * safeExposureOf(null!, 'C-1').success;
 * //=> false
 * ```
 */
export function safeExposureOf(
  index: ExposureIndex,
  customerId: string,
): SafeResult<ExposureBreakdown> {
  return attempt(() => exposureOf(index, customerId));
}
