import { CrmRulesError, type ErrorPath } from '../../../errors';
import type { TraceStep } from '../../../explain';
import { Decimal } from '../../../money';
import type { CustomerExposure, ExposureIndex } from '../../ExposureIndex';
import { BaseRates, lookupRate } from '../exposure/baseRates';
import { columnsOf } from '../exposure/indexColumns';
import { resolveLimit } from '../exposure/resolveLimit';

const ZERO = new Decimal(0);

/** Checks that `index` is an index made by `buildExposureIndex`. */
export function requireIndex(index: unknown, path: ErrorPath): asserts index is ExposureIndex {
  const value = index as Partial<ExposureIndex> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    !(value.customers instanceof Map) ||
    !(value.orders instanceof Map) ||
    // A built index's open items are made on first read: its columns stand for them.
    (columnsOf(value) === undefined && !Array.isArray(value.openItems))
  )
    throw new CrmRulesError('INVALID_INPUT', 'expected an index made by buildExposureIndex', {
      path,
      value: index,
    });
}

/**
 * A customer's position in the index; a customer the index does not know starts at zero with
 * the policy's limit lookup (group unknown → `defaultLimit`, else `MISSING_CREDIT_LIMIT` at
 * `path`).
 */
export function positionOf(
  index: ExposureIndex,
  customerId: string,
  path: ErrorPath,
): CustomerExposure {
  const known = index.customers.get(customerId);
  if (known !== undefined) return known;
  const rates = new BaseRates(index.baseCurrency, index.asOf, index.fx);
  const limit = resolveLimit(undefined, index.policy, rates, path, path);
  return {
    customerId,
    groupId: undefined,
    limitSource: limit.source,
    ownLimit: limit.own,
    insuredLimit: limit.insured,
    receivables: ZERO,
    unbilledOrders: ZERO,
    unbilledDeliveries: ZERO,
    beyondHorizon: ZERO,
  };
}

/** `amount` in `currency` valued in the index's base currency, with the trace of the rate. */
export function valueInBase(
  index: ExposureIndex,
  amount: Decimal,
  currency: string,
  path: ErrorPath,
): { value: Decimal; steps: TraceStep[] } {
  if (currency === index.baseCurrency) return { value: amount, steps: [] };
  const quote =
    index.rates.get(currency) ??
    lookupRate(index.fx, currency, index.baseCurrency, index.asOf, path);
  const step: TraceStep = {
    code: 'risk.credit.fx',
    params: { currency, base: index.baseCurrency, rate: quote.rate, date: quote.date ?? null },
  };
  return { value: amount.times(quote.rate), steps: [step] };
}
