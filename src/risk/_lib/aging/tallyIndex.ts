import { dayNumberOf } from '../../../_lib/civil';
import type { ExposureIndex } from '../../ExposureIndex';
import { AgingTally, bucketOf } from './AgingTally';

/** The tallies of an index's open items and credit sales: in total, per customer, per manager. */
export interface AgingTallies {
  readonly total: AgingTally;
  readonly customers: AgingTally;
  readonly managers: AgingTally;
}

function slotOf(slots: Map<string, number>, id: string): number {
  const found = slots.get(id);
  if (found !== undefined) return found;
  slots.set(id, slots.size);
  return slots.size - 1;
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
  const today = dayNumberOf(index.asOf) as number;
  const dayOf = new Map<string, number>();
  const daysBefore = (date: string) => {
    let day = dayOf.get(date);
    if (day === undefined) {
      day = today - (dayNumberOf(date) as number);
      dayOf.set(date, day);
    }
    return day;
  };
  const items = index.openItems;
  const n = items.length;
  const customerSlots = new Map<string, number>();
  const managerSlots = new Map<string, number>();
  const customerOf = new Int32Array(n);
  const managerOf = new Int32Array(n);
  const daysOf = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const item = items[i] as (typeof items)[number];
    daysOf[i] = daysBefore(item.dueDate);
    customerOf[i] = slotOf(customerSlots, item.customerId);
    managerOf[i] = slotOf(managerSlots, item.managerId);
  }
  const size = edges.length + 2;
  const total = new AgingTally(['total'], size, items);
  const customers = new AgingTally([...customerSlots.keys()], size, items);
  const managers = new AgingTally([...managerSlots.keys()], size, items);
  for (let i = 0; i < n; i += 1) {
    const days = daysOf[i] as number;
    const bucket = bucketOf(days, edges);
    total.add(0, i, bucket, days);
    customers.add(customerOf[i] as number, i, bucket, days);
    managers.add(managerOf[i] as number, i, bucket, days);
  }
  for (const sale of index.creditSales) {
    if (daysBefore(sale.date) >= dsoDays) continue;
    total.sums.add(total.cell(0, 'sales'), sale.amountUnits, sale.amount);
    const customer = customerSlots.get(sale.customerId);
    if (customer !== undefined)
      customers.sums.add(customers.cell(customer, 'sales'), sale.amountUnits, sale.amount);
    const manager = managerSlots.get(sale.managerId);
    if (manager !== undefined)
      managers.sums.add(managers.cell(manager, 'sales'), sale.amountUnits, sale.amount);
  }
  return { total, customers, managers };
}
