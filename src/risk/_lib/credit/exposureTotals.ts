import { Decimal } from '../../../money';
import type { CustomerExposure } from '../../ExposureIndex';
import type { CreditPolicy } from '../../policies';

const ZERO = new Decimal(0);

/** A customer's position plus a new order (0 for none), in the base currency. */
export interface CreditPosition extends CustomerExposure {
  /** The new order's net value. */
  readonly order: Decimal;
  /** Whether the new order is promised after the dynamic horizon. */
  readonly orderBeyond: boolean;
}

/** The exposure parts the policy counts and the totals of the static and dynamic checks. */
export interface ExposureTotals {
  readonly unbilledOrders: Decimal;
  readonly unbilledDeliveries: Decimal;
  readonly leftOut: Decimal;
  readonly staticExposure: Decimal;
  readonly dynamicExposure: Decimal;
  /** The exposure the policy's `check` compares with the limit. */
  readonly exposure: Decimal;
  readonly limit: Decimal;
}

/**
 * Static exposure = receivables + unbilled orders (when `includeUnbilledOrders`) + unbilled
 * deliveries (when `includeUnbilledDeliveries`) + the new order (always: it is what is being
 * decided). Dynamic exposure = the same less the unbilled orders, the new one included, promised
 * after the horizon. Limit = own limit + insured limit (0 unless the policy adds it).
 */
export function exposureTotals(position: CreditPosition, policy: CreditPolicy): ExposureTotals {
  const unbilledOrders = policy.includeUnbilledOrders ? position.unbilledOrders : ZERO;
  const unbilledDeliveries = policy.includeUnbilledDeliveries ? position.unbilledDeliveries : ZERO;
  const staticExposure = position.receivables
    .plus(unbilledOrders)
    .plus(unbilledDeliveries)
    .plus(position.order);
  const leftOut = (policy.includeUnbilledOrders ? position.beyondHorizon : ZERO).plus(
    position.orderBeyond ? position.order : ZERO,
  );
  const dynamicExposure = staticExposure.minus(leftOut);
  return {
    unbilledOrders,
    unbilledDeliveries,
    leftOut,
    staticExposure,
    dynamicExposure,
    exposure: policy.check === 'dynamic' ? dynamicExposure : staticExposure,
    limit: position.ownLimit.plus(position.insuredLimit),
  };
}
