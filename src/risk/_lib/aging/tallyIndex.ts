import { dayNumberOf } from '../../../_lib/civil';
import type { ExposureIndex } from '../../ExposureIndex';
import { columnsOf } from '../exposure/indexColumns';
import type { AgingSource } from './AgingSource';
import { AgingTally, bucketOf } from './AgingTally';
import { sourceOfArrays } from './sourceOfArrays';

/** The tallies of an index's open items and credit sales: in total, per customer, per manager. */
export interface AgingTallies {
  readonly total: AgingTally;
  readonly customers: AgingTally;
  readonly managers: AgingTally;
}

/** What aging reads of an index: the columns a built index carries, else its arrays read once. */
export function agingSourceOf(index: ExposureIndex): AgingSource {
  return columnsOf(index) ?? sourceOfArrays(index.openItems, index.creditSales);
}

/**
 * Adds each open item to its bucket (days past due = `asOf` − due date) in the total, its
 * customer's and its manager's line; then the credit sales issued in the `dsoDays` days up to
 * `asOf` to the total and to their customer's and manager's lines (a line without open items is
 * not reported). The sums live in typed-array columns by slot, not in an object per line.
 */
export function tallyIndex(
  index: ExposureIndex,
  source: AgingSource,
  edges: readonly number[],
  dsoDays: number,
): AgingTallies {
  const today = dayNumberOf(index.asOf) as number;
  const size = edges.length + 2;
  const total = new AgingTally(['total'], size, source);
  const customers = new AgingTally(source.customerIds, size, source);
  const managers = new AgingTally(source.managerIds, size, source);
  const { itemCustomer, itemManager, itemDueDay } = source;
  for (let i = 0; i < itemDueDay.length; i += 1) {
    const days = today - (itemDueDay[i] as number);
    const bucket = bucketOf(days, edges);
    total.add(0, i, bucket, days);
    customers.add(itemCustomer[i] as number, i, bucket, days);
    managers.add(itemManager[i] as number, i, bucket, days);
  }
  const { saleCustomer, saleManager, saleDay } = source;
  for (let s = 0; s < saleDay.length; s += 1) {
    if (today - (saleDay[s] as number) >= dsoDays) continue;
    total.addSale(0, s);
    const customer = saleCustomer[s] as number;
    const manager = saleManager[s] as number;
    if (customer >= 0) customers.addSale(customer, s);
    if (manager >= 0) managers.addSale(manager, s);
  }
  return { total, customers, managers };
}
