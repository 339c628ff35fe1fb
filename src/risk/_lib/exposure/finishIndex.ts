import { dayNumberOf, isoOfDayNumber } from '../../../_lib/civil';
import { CrmRulesError } from '../../../errors';
import { type Invoice, orderNet } from '../../../model';
import { Decimal } from '../../../money';
import { decimalOfUnits } from '../../../money/decimalWords';
import type {
  CountedOrder,
  CreditSale,
  CustomerExposure,
  ExposureIndex,
  OpenItem,
} from '../../ExposureIndex';
import { minorUnitsOf } from '../aging/ExactSum';
import { addTo } from './addTo';
import { deliveredValue } from './deliveredValue';
import type { ExposureBuilder, KeptOrder } from './ExposureBuilder';
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
  const customers = exposures(builder, orders);
  const { openItems, creditSales } = openItemsOf(builder);
  return Object.freeze({
    asOf: builder.asOf,
    baseCurrency: builder.rates.base,
    policy: builder.policy,
    horizonEnd,
    customers,
    orders,
    openItems,
    creditSales,
    rates: builder.rates.quotes,
    fx: builder.rates.fx,
  });
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

function exposures(
  builder: ExposureBuilder,
  orders: ReadonlyMap<string, CountedOrder>,
): Map<string, CustomerExposure> {
  const ids = new Set([...builder.masters.keys(), ...builder.firstSeen.keys()]);
  const out = new Map<string, CustomerExposure>();
  for (const id of [...ids].sort()) {
    const master = builder.masters.get(id);
    const path = master?.path ?? ['facts'];
    const missing = master === undefined ? (builder.firstSeen.get(id) ?? path) : undefined;
    const limit = resolveLimit(master?.customer, builder.policy, builder.rates, path, missing);
    out.set(id, {
      customerId: id,
      groupId: master?.customer.groupId,
      limitSource: limit.source,
      ownLimit: limit.own,
      insuredLimit: limit.insured,
      receivables: builder.book.receivablesOf(id),
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
  return out;
}

function openItemsOf(builder: ExposureBuilder): {
  openItems: OpenItem[];
  creditSales: CreditSale[];
} {
  const openItems: OpenItem[] = [];
  const creditSales: CreditSale[] = [];
  const { invoices, invoiceAmounts, invoiceUnits, places, settled } = builder.book;
  for (let row = 0; row < invoices.length; row += 1) {
    const { id, customerId, ownerId, issueDate, dueDate } = invoices[row] as Invoice;
    const amount = invoiceAmounts[row] as Decimal;
    const amountUnits = invoiceUnits[row] as number | null;
    creditSales.push({ customerId, managerId: ownerId, date: issueDate, amount, amountUnits });
    const paid = settled.whole(row);
    // Whole minor units on both sides: the open amount in units, a decimal only when needed.
    if (amountUnits !== null && paid !== undefined && !Object.is(amountUnits, -0)) {
      const openUnits = amountUnits - paid;
      if (openUnits > 0 && Number.isSafeInteger(openUnits)) {
        const open = paid === 0 ? amount : decimalOfUnits(openUnits, places);
        openItems.push({
          invoiceId: id,
          customerId,
          managerId: ownerId,
          issueDate,
          dueDate,
          open,
          openUnits,
        });
        continue;
      }
      if (openUnits <= 0) continue;
    }
    const open = amount.minus(settled.value(row, places));
    if (open.gt(0))
      openItems.push({
        invoiceId: id,
        customerId,
        managerId: ownerId,
        issueDate,
        dueDate,
        open,
        openUnits: minorUnitsOf(open, places),
      });
  }
  return { openItems, creditSales };
}
