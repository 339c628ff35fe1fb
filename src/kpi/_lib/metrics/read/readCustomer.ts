import { factObject, optionalDate, textField } from '../exact/readField';
import type { MeasureRun } from '../tally/MeasureRun';

/** Internal: reads one customer: its owner (for facts without one) and first-deal date. */
export function readCustomer(run: MeasureRun, raw: unknown, index: number): void {
  const path = CUSTOMER_PATH;
  path[2] = index;
  const customer = factObject(raw, path);
  const id = textField(customer, 'id', path);
  const owner = textField(customer, 'ownerId', path);
  const firstDeal = optionalDate(customer, 'firstDealDate', path);
  run.customers.set(id, { owner, firstDeal, first: null });
}

/** The path of the fact being read, one array for all of the stream (errors copy it). */
const CUSTOMER_PATH: [string, string, number] = ['facts', 'customers', 0];
