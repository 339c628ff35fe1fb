import { dayNumberOf } from '../../../_lib/civil';
import type { ExposureIndex } from '../../ExposureIndex';
import { AgingTally, bucketOf } from './AgingTally';

/** The tallies of an index's open items and credit sales: in total, per customer, per manager. */
export interface AgingTallies {
  readonly total: AgingTally;
  readonly customers: Map<string, AgingTally>;
  readonly managers: Map<string, AgingTally>;
}

/**
 * Adds each open item to its bucket (days past due = `asOf` − due date) in the total, its
 * customer's and its manager's tally; then the credit sales issued in the `dsoDays` days up to
 * `asOf` to the total and to the lines that have open items.
 */
export function tallyIndex(
  index: ExposureIndex,
  edges: readonly number[],
  dsoDays: number,
): AgingTallies {
  const today = dayNumberOf(index.asOf) as number;
  const size = edges.length + 2;
  const total = new AgingTally(size);
  const customers = new Map<string, AgingTally>();
  const managers = new Map<string, AgingTally>();
  const tallyOf = (map: Map<string, AgingTally>, id: string) => {
    const found = map.get(id);
    if (found !== undefined) return found;
    const made = new AgingTally(size);
    map.set(id, made);
    return made;
  };
  for (const item of index.openItems) {
    const days = today - (dayNumberOf(item.dueDate) as number);
    const bucket = bucketOf(days, edges);
    total.add(item, bucket, days);
    tallyOf(customers, item.customerId).add(item, bucket, days);
    tallyOf(managers, item.managerId).add(item, bucket, days);
  }
  for (const sale of index.creditSales) {
    if (today - (dayNumberOf(sale.date) as number) >= dsoDays) continue;
    total.creditSales = total.creditSales.plus(sale.amount);
    const customer = customers.get(sale.customerId);
    if (customer !== undefined) customer.creditSales = customer.creditSales.plus(sale.amount);
    const manager = managers.get(sale.managerId);
    if (manager !== undefined) manager.creditSales = manager.creditSales.plus(sale.amount);
  }
  return { total, customers, managers };
}
