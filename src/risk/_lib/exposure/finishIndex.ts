import { dayNumberOf, isoOfDayNumber } from '../../../_lib/civil';
import { CrmRulesError } from '../../../errors';
import { orderNet } from '../../../model';
import { Decimal } from '../../../money';
import type {
  CountedOrder,
  CreditSale,
  CustomerExposure,
  ExposureIndex,
  OpenItem,
} from '../../ExposureIndex';
import { addTo } from './addTo';
import { deliveredValue } from './deliveredValue';
import type { ExposureBuilder, KeptOrder } from './ExposureBuilder';
import { keepColumns } from './indexColumns';
import { lazily } from './lazily';
import { openColumns } from './openColumns';
import { resolveLimit } from './resolveLimit';

const ZERO = new Decimal(0);

/** The frozen index of a builder's documents (see {@link ExposureBuilder}). */
export function finishIndex(builder: ExposureBuilder): ExposureIndex {
  const horizonEnd = horizonOf(builder);
  attachDeliveries(builder);
  const orders = new Map<string, CountedOrder>();
  for (const kept of builder.orders.values()) {
    orders.set(kept.order.id, countOrder(builder, kept, horizonEnd));
  }
  const { customers, customerOrder } = exposures(builder, orders);
  const columns = openColumns(builder.book, customerOrder);
  const index = {
    asOf: builder.asOf,
    baseCurrency: builder.rates.base,
    policy: builder.policy,
    horizonEnd,
    customers,
    orders,
    openItems: [] as readonly OpenItem[],
    creditSales: [] as readonly CreditSale[],
    rates: builder.rates.quotes,
    fx: builder.rates.fx,
  };
  // The open items and credit sales live in columns (aging reads them there); their arrays of
  // objects are made on first read.
  lazily(index, 'openItems', columns.openItems);
  lazily(index, 'creditSales', columns.creditSales);
  keepColumns(index, columns);
  return Object.freeze(index);
}

function horizonOf(builder: ExposureBuilder): string | undefined {
  const days = builder.policy.horizonDays;
  if (days === undefined) return undefined;
  return isoOfDayNumber((dayNumberOf(builder.asOf) as number) + days);
}

function attachDeliveries(builder: ExposureBuilder): void {
  for (const { delivery, path } of builder.deliveries) {
    const kept = builder.orders.get(delivery.orderId);
    if (kept === undefined) continue;
    delivery.lines.forEach((line, i) => {
      if (!kept.order.lines.some((ordered) => ordered.lineId === line.lineId))
        throw new CrmRulesError(
          'INVALID_INPUT',
          `order ${delivery.orderId} has no line ${line.lineId}`,
          { path: [...path, 'lines', i, 'lineId'], value: line.lineId },
        );
      addTo(kept.delivered, line.lineId, new Decimal(line.quantity));
    });
  }
}

/**
 * An order's unbilled amount: its net value less what invoices naming it billed, at least 0;
 * the delivered part of it (delivered value less billed, between 0 and the unbilled amount) is
 * an unbilled delivery, the rest an unbilled order.
 */
function countOrder(
  builder: ExposureBuilder,
  kept: KeptOrder,
  horizonEnd: string | undefined,
): CountedOrder {
  const { order, path } = kept;
  const at = [...path, 'currency'];
  const value = builder.rates.toBase(orderNet(order).amount, order.currency, at);
  const delivered = builder.rates.toBase(deliveredValue(order, kept.delivered), order.currency, at);
  const billed = builder.billedOrders.get(order.id) ?? ZERO;
  const unbilled = Decimal.max(ZERO, value.minus(billed));
  const unbilledDelivery = Decimal.min(unbilled, Decimal.max(ZERO, delivered.minus(billed)));
  return {
    customerId: order.customerId,
    unbilledOrder: unbilled.minus(unbilledDelivery),
    unbilledDelivery,
    beyondHorizon:
      horizonEnd !== undefined &&
      order.promisedDate !== undefined &&
      order.promisedDate > horizonEnd,
  };
}

/**
 * Each customer's position, in ascending order of ids, and the receivables cells of the customers
 * that have one in that order. A customer without a master record takes the policy's default
 * limit, resolved once.
 */
function exposures(
  builder: ExposureBuilder,
  orders: ReadonlyMap<string, CountedOrder>,
): { customers: Map<string, CustomerExposure>; customerOrder: Int32Array } {
  const out = new Map<string, CustomerExposure>();
  const { book } = builder;
  const customerOrder = new Int32Array(book.customerCells.ids.length);
  let ordered = 0;
  let noMaster: ReturnType<typeof resolveLimit> | undefined;
  for (const id of customerIds(builder)) {
    const master = builder.masters.get(id);
    const path = master?.path ?? ['facts'];
    let limit: ReturnType<typeof resolveLimit>;
    if (master === undefined) {
      noMaster ??= resolveLimit(
        undefined,
        builder.policy,
        builder.rates,
        path,
        builder.firstSeenOf(id) ?? path,
      );
      limit = noMaster;
    } else limit = resolveLimit(master.customer, builder.policy, builder.rates, path);
    const cell = book.customerCells.find(id);
    if (cell >= 0) customerOrder[ordered++] = cell;
    out.set(id, {
      customerId: id,
      groupId: master?.customer.groupId,
      limitSource: limit.source,
      ownLimit: limit.own,
      insuredLimit: limit.insured,
      receivables: cell < 0 ? ZERO : book.receivables.value(cell, book.places),
      unbilledOrders: ZERO,
      unbilledDeliveries: ZERO,
      beyondHorizon: ZERO,
    });
  }
  for (const counted of orders.values()) {
    const before = out.get(counted.customerId) as CustomerExposure;
    out.set(counted.customerId, {
      ...before,
      unbilledOrders: before.unbilledOrders.plus(counted.unbilledOrder),
      unbilledDeliveries: before.unbilledDeliveries.plus(counted.unbilledDelivery),
      beyondHorizon: counted.beyondHorizon
        ? before.beyondHorizon.plus(counted.unbilledOrder)
        : before.beyondHorizon,
    });
  }
  return { customers: out, customerOrder };
}

/**
 * Every customer id once, in ascending order: those with a receivables cell (distinct already),
 * then the master records and the orders' customers without one.
 */
function customerIds(builder: ExposureBuilder): string[] {
  const cells = builder.book.customerCells;
  const ids = [...cells.ids];
  for (const id of builder.masters.keys()) if (cells.find(id) < 0) ids.push(id);
  for (const id of builder.orderFirstSeen.keys())
    if (cells.find(id) < 0 && !builder.masters.has(id)) ids.push(id);
  return ids.sort();
}
