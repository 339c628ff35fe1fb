import { dayNumberOf } from '../../../_lib/civil';
import type { Decimal } from '../../../money';
import type { CreditSale, OpenItem } from '../../ExposureIndex';
import type { AgingSource } from './AgingSource';
import { IdSlots } from './IdSlots';

/** Day numbers of dates, each distinct date parsed once. */
function dayCounter(): (date: string) => number {
  const dayOf = new Map<string, number>();
  return (date) => {
    let day = dayOf.get(date);
    if (day === undefined) {
      day = dayNumberOf(date) as number;
      dayOf.set(date, day);
    }
    return day;
  };
}

/**
 * The columns of an index given as arrays of open items and credit sales (an index not made by
 * `buildExposureIndex`, or a copy of one): each customer and manager of the open items gets a
 * slot, first seen first; a sale whose customer (manager) has no open item gets −1. A sale whose
 * ids are those of the next open item takes that item's slots without a lookup (the order a built
 * index lists them in); any other looks its ids up. Either way a slot is the slot of the id.
 */
export function sourceOfArrays(
  items: readonly OpenItem[],
  sales: readonly CreditSale[],
): AgingSource {
  const dayOf = dayCounter();
  const customers = new IdSlots();
  const managers = new IdSlots();
  const n = items.length;
  const itemCustomer = new Int32Array(n);
  const itemManager = new Int32Array(n);
  const itemDueDay = new Int32Array(n);
  const itemUnits = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const item = items[i] as OpenItem;
    itemDueDay[i] = dayOf(item.dueDate);
    itemCustomer[i] = customers.slotOf(item.customerId);
    itemManager[i] = managers.slotOf(item.managerId);
    itemUnits[i] = item.openUnits ?? Number.NaN;
  }
  const m = sales.length;
  const saleCustomer = new Int32Array(m);
  const saleManager = new Int32Array(m);
  const saleDay = new Int32Array(m);
  const saleUnits = new Float64Array(m);
  let next = 0;
  for (let s = 0; s < m; s += 1) {
    const sale = sales[s] as CreditSale;
    const item = items[next];
    if (item?.customerId === sale.customerId && item.managerId === sale.managerId) {
      saleCustomer[s] = itemCustomer[next] as number;
      saleManager[s] = itemManager[next] as number;
      next += 1;
    } else {
      saleCustomer[s] = customers.find(sale.customerId);
      saleManager[s] = managers.find(sale.managerId);
    }
    saleDay[s] = dayOf(sale.date);
    saleUnits[s] = sale.amountUnits ?? Number.NaN;
  }
  return {
    customerIds: customers.ids,
    managerIds: managers.ids,
    customerOrder: undefined,
    itemCustomer,
    itemManager,
    itemDueDay,
    itemUnits,
    itemOpen: (i) => (items[i] as OpenItem).open,
    invoiceId: (i) => (items[i] as OpenItem).invoiceId,
    dueDate: (i) => (items[i] as OpenItem).dueDate,
    saleCustomer,
    saleManager,
    saleDay,
    saleUnits,
    saleAmount: (s): Decimal => (sales[s] as CreditSale).amount,
  };
}
