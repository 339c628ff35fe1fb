import type { z } from 'zod';
import type { Customer, Order } from '../../../model';
import type { TradeShipment } from '../../TradeShipment';

/**
 * Internal: the shipment the run derives from a parsed order and its customer when the caller
 * gives no `shipments`: destination the customer's country, no transit, origin or port of
 * loading, and each line that carries an `hsCode` (a line without one — a service — is not
 * screened by HS code; the destination still is). The lines may be none, which `TradeShipment`
 * refuses: the result goes to `barrierFindingsOf` as it is.
 */
export function derivedShipment(order: Order, customer: Customer): z.output<typeof TradeShipment> {
  const lines: { lineId: string; productId: string; hsCode: string }[] = [];
  for (const line of order.lines)
    if (line.hsCode !== undefined)
      lines.push({ lineId: line.lineId, productId: line.productId, hsCode: line.hsCode });
  return {
    orderId: order.id,
    customerId: customer.id,
    destinationCountry: customer.country,
    transitCountries: [],
    lines,
  };
}
