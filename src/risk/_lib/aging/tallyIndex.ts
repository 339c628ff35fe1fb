import { dayNumberOf } from '../../../_lib/civil';
import type { ExposureIndex, OpenItem } from '../../ExposureIndex';
import { AgingTally, bucketOf } from './AgingTally';
import { IdSlots } from './IdSlots';

/** The tallies of an index's open items and credit sales: in total, per customer, per manager. */
export interface AgingTallies {
  readonly total: AgingTally;
  readonly customers: AgingTally;
  readonly managers: AgingTally;
}

/** The open items' customers and managers as slots (first seen first), and their days past due. */
interface Slots {
  readonly customers: IdSlots;
  readonly managers: IdSlots;
  readonly customerOf: Int32Array;
  readonly managerOf: Int32Array;
  readonly daysOf: Float64Array;
}

/** Days from each date to `asOf`, each date read once. */
function daysCounter(asOf: string): (date: string) => number {
  const today = dayNumberOf(asOf) as number;
  const dayOf = new Map<string, number>();
  return (date) => {
    let day = dayOf.get(date);
    if (day === undefined) {
      day = today - (dayNumberOf(date) as number);
      dayOf.set(date, day);
    }
    return day;
  };
}

/** Gives each customer and manager of the open items a slot, and each item its days past due. */
function slotsOf(items: readonly OpenItem[], daysBefore: (date: string) => number): Slots {
  const n = items.length;
  const slots: Slots = {
    customers: new IdSlots(),
    managers: new IdSlots(),
    customerOf: new Int32Array(n),
    managerOf: new Int32Array(n),
    daysOf: new Float64Array(n),
  };
  for (let i = 0; i < n; i += 1) {
    const item = items[i] as OpenItem;
    slots.daysOf[i] = daysBefore(item.dueDate);
    slots.customerOf[i] = slots.customers.slotOf(item.customerId);
    slots.managerOf[i] = slots.managers.slotOf(item.managerId);
  }
  return slots;
}

/**
 * Adds the credit sales issued in the `dsoDays` days up to `asOf` to the total and to the lines
 * that have open items. An index from `buildExposureIndex` lists its sales and open items in
 * the same (invoice) order, so a sale whose ids are those of the next open item takes that
 * item's slots without a lookup; any other sale looks its ids up. Either way a slot is the
 * slot of the id, so the order only saves time.
 */
function addSales(
  index: ExposureIndex,
  tallies: AgingTallies,
  slots: Slots,
  daysBefore: (date: string) => number,
  dsoDays: number,
): void {
  const { total, customers, managers } = tallies;
  const items = index.openItems;
  let next = 0;
  for (const sale of index.creditSales) {
    const item = items[next];
    const aligned =
      item !== undefined &&
      item.customerId === sale.customerId &&
      item.managerId === sale.managerId;
    if (aligned) next += 1;
    if (daysBefore(sale.date) >= dsoDays) continue;
    total.sums.add(total.cell(0, 'sales'), sale.amountUnits, sale.amount);
    let customer: number;
    let manager: number;
    if (aligned) {
      customer = slots.customerOf[next - 1] as number;
      manager = slots.managerOf[next - 1] as number;
    } else {
      customer = slots.customers.find(sale.customerId);
      manager = slots.managers.find(sale.managerId);
    }
    if (customer >= 0)
      customers.sums.add(customers.cell(customer, 'sales'), sale.amountUnits, sale.amount);
    if (manager >= 0)
      managers.sums.add(managers.cell(manager, 'sales'), sale.amountUnits, sale.amount);
  }
}

/**
 * Adds each open item to its bucket (days past due = `asOf` − due date) in the total, its
 * customer's and its manager's line; then the credit sales issued in the `dsoDays` days up to
 * `asOf` to the total and to the lines that have open items. A first pass gives each customer and
 * manager a slot (first seen first), so the sums live in typed-array columns, not in an object
 * per line.
 */
export function tallyIndex(
  index: ExposureIndex,
  edges: readonly number[],
  dsoDays: number,
): AgingTallies {
  const daysBefore = daysCounter(index.asOf);
  const items = index.openItems;
  const slots = slotsOf(items, daysBefore);
  const size = edges.length + 2;
  const total = new AgingTally(['total'], size, items);
  const customers = new AgingTally(slots.customers.ids, size, items);
  const managers = new AgingTally(slots.managers.ids, size, items);
  const { customerOf, managerOf, daysOf } = slots;
  for (let i = 0; i < items.length; i += 1) {
    const days = daysOf[i] as number;
    const bucket = bucketOf(days, edges);
    total.add(0, i, bucket, days);
    customers.add(customerOf[i] as number, i, bucket, days);
    managers.add(managerOf[i] as number, i, bucket, days);
  }
  const tallies = { total, customers, managers };
  addSales(index, tallies, slots, daysBefore, dsoDays);
  return tallies;
}
