import { attempt, parseWith, type SafeResult } from '../errors';
import { Order, orderNet } from '../model';
import { Decimal } from '../money';
import { judgeCredit } from './_lib/credit/judgeCredit';
import { positionOf, requireIndex, valueInBase } from './_lib/credit/positionOf';
import { plainOrder } from './_lib/input/plainOrder';
import type { ExposureIndex } from './ExposureIndex';
import type { Finding } from './Finding';

/**
 * The credit check a CRM calls before it accepts an order: the customer's exposure in the
 * prepared index plus the new order's net value (valued in the base currency at the index's
 * rate on or before `asOf`) against the customer's limit. One finding, subject the order:
 * `credit.limit.exceeded` (block) when exposure × 100 > limit × `blockAtPercent`,
 * `credit.limit.warning` (warning) when exposure × 100 ≥ limit × `warnAtPercent`, else
 * `credit.limit.ok` (info) — compared exactly. Evidence: receivables, unbilled orders and
 * deliveries, the order, exposure, limit, excess over the limit, available, utilisation percent
 * (rounded half up to 2 places, for reading). A cancelled order counts 0; under a dynamic policy
 * an order promised after the horizon is left out. An order the index already counts is
 * replaced (its counted amount comes out first). Map lookups only, no scan.
 *
 * @param order - the order to accept (untrusted, an `Order`)
 * @param index - an index made by {@link buildExposureIndex}
 * @returns the finding, with its trace
 * @throws CrmRulesError `INVALID_INPUT` (a bad order at `['order', …]`, a bad index),
 * `MISSING_CREDIT_LIMIT` (a customer the index does not know and no default limit),
 * `MISSING_FX_RATE` (an order currency with no rate)
 * @example
 * ```ts
 * const index = buildExposureIndex(
 *   { customers: [{ id: 'C-1', name: 'Acme', country: 'DE', ownerId: 'M-1', creditLimit: { amount: '1000.00', currency: 'USD' } }],
 *     invoices: [{ id: 'I-1', customerId: 'C-1', ownerId: 'M-1', issueDate: '2026-06-01', dueDate: '2026-07-01', currency: 'USD', total: '800.00' }] },
 *   { asOf: '2026-06-30', baseCurrency: 'USD', policy: { effectiveFrom: '2026-01-01', warnAtPercent: '80', blockAtPercent: '100' } },
 * );
 * const finding = checkOrder(
 *   { id: 'O-9', customerId: 'C-1', ownerId: 'M-1', orderDate: '2026-06-30', currency: 'USD', status: 'open',
 *     lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '3', unitPrice: '100.00' }] },
 *   index,
 * );
 * [finding.code, finding.evidence.exposure, finding.evidence.excess];
 * //=> ['credit.limit.exceeded', '1100.00', '100.00']
 * ```
 */
export function checkOrder(order: Order, index: ExposureIndex): Finding {
  requireIndex(index, ['index']);
  // The common, well-formed order skips the schema; any other goes through it (and its errors).
  const parsed = plainOrder(order) ?? parseWith(Order, order, { path: ['order'] });
  const base = positionOf(index, parsed.customerId, ['order', 'customerId']);
  const net = parsed.status === 'cancelled' ? new Decimal(0) : orderNet(parsed).amount;
  const { value, steps } = valueInBase(index, net, parsed.currency, ['order', 'currency']);
  const counted = index.orders.get(parsed.id);
  const same = counted !== undefined && counted.customerId === parsed.customerId;
  const horizonEnd = index.horizonEnd;
  const position = {
    ...base,
    unbilledOrders: same ? base.unbilledOrders.minus(counted.unbilledOrder) : base.unbilledOrders,
    unbilledDeliveries: same
      ? base.unbilledDeliveries.minus(counted.unbilledDelivery)
      : base.unbilledDeliveries,
    beyondHorizon:
      same && counted.beyondHorizon
        ? base.beyondHorizon.minus(counted.unbilledOrder)
        : base.beyondHorizon,
    order: value,
    orderBeyond:
      horizonEnd !== undefined &&
      parsed.promisedDate !== undefined &&
      parsed.promisedDate > horizonEnd,
  };
  return judgeCredit(
    position,
    { policy: index.policy, currency: index.baseCurrency, horizonEnd },
    { kind: 'order', id: parsed.id },
    steps,
  );
}

/**
 * Like {@link checkOrder}, but returns `{ success, data | error }`; it never throws.
 *
 * @example
 * ```ts
 * safeCheckOrder(null!, null!).error?.code;
 * //=> 'INVALID_INPUT'
 * ```
 */
export function safeCheckOrder(order: Order, index: ExposureIndex): SafeResult<Finding> {
  return attempt(() => checkOrder(order, index));
}
