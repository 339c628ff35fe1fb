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
  const dayOf = new Map<string, number>();
  const daysBefore = (date: string) => {
    let day = dayOf.get(date);
    if (day === undefined) {
      day = today - (dayNumberOf(date) as number);
      dayOf.set(date, day);
    }
    return day;
  };
  for (const item of index.openItems) {
    const days = daysBefore(item.dueDate);
    const bucket = bucketOf(days, edges);
    total.add(item, bucket, days);
    tallyOf(customers, item.customerId).add(item, bucket, days);
    tallyOf(managers, item.managerId).add(item, bucket, days);
  }
  for (const sale of index.creditSales) {
    if (daysBefore(sale.date) >= dsoDays) continue;
    total.creditSales.add(sale.amountUnits, sale.amount);
    customers.get(sale.customerId)?.creditSales.add(sale.amountUnits, sale.amount);
    managers.get(sale.managerId)?.creditSales.add(sale.amountUnits, sale.amount);
  }
  return { total, customers, managers };
}
