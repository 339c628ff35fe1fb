import { neg } from '../../../../money/_lib/scaled/Fixed';
import { register, rParse } from '../../../../money/_lib/scaled/Register';
import { amountField, arrayField, dateField, factObject, textField } from '../exact/readField';
import type { MeasureRun } from '../tally/MeasureRun';

/** The path of the delivery being read, one array for all deliveries (errors copy it). */
const PATH: [string, string, number] = ['facts', 'deliveries', 0];
/** The path of the delivery line being read. */
const LINE_PATH: [string, string, number, string, number] = ['facts', 'deliveries', 0, 'lines', 0];

/**
 * Internal: reads one delivery. A delivery dated on or before its order's promised date takes
 * its quantities off that order's remaining lines; later deliveries, deliveries of orders not
 * due in the period and lines the order does not have change nothing.
 */
export function readDelivery(run: MeasureRun, raw: unknown, index: number): void {
  const path = PATH;
  path[2] = index;
  const delivery = factObject(raw, path);
  const orderId = textField(delivery, 'orderId', path);
  const date = dateField(delivery, 'date', path);
  const lines = arrayField(delivery, 'lines', path);
  const due = run.dueOrders;
  const slot = due.slots.get(orderId);
  if (slot === undefined || date > (due.promised[slot] as string)) return;
  const at = LINE_PATH;
  at[2] = index;
  for (let i = 0; i < lines.length; i += 1) {
    at[4] = i;
    const line = factObject(lines[i], at);
    const k = due.lineOf(slot, textField(line, 'lineId', at));
    if (k < 0) continue;
    const quantity = line.quantity;
    if (typeof quantity === 'string' && rParse(QUANTITY, quantity, true) === 1)
      due.remaining.addUnits(k, -QUANTITY.u + 0, QUANTITY.s);
    else due.remaining.add(k, neg(amountField(line, 'quantity', at)));
  }
}

/** Where a delivered quantity of at most 15 digits is read, without an exact value per line. */
const QUANTITY = register();
