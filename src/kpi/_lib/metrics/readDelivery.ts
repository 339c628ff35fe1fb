import { type Exact, sub } from './exact';
import type { MeasureRun } from './MeasureRun';
import { amountField, arrayField, dateField, factObject, textField } from './readField';

/**
 * Internal: reads one delivery. A delivery dated on or before its order's promised date takes
 * its quantities off that order's remaining lines; later deliveries, deliveries of orders not
 * due in the period and lines the order does not have change nothing.
 */
export function readDelivery(run: MeasureRun, raw: unknown, index: number): void {
  const path = ['facts', 'deliveries', index];
  const delivery = factObject(raw, path);
  const orderId = textField(delivery, 'orderId', path);
  const date = dateField(delivery, 'date', path);
  const lines = arrayField(delivery, 'lines', path);
  const due = run.dueOrders.get(orderId);
  if (due === undefined || date > due.promised) return;
  const at: (string | number)[] = [...path, 'lines', 0];
  for (let i = 0; i < lines.length; i += 1) {
    at[at.length - 1] = i;
    const line = factObject(lines[i], at);
    const k = due.lineIds.indexOf(textField(line, 'lineId', at));
    if (k < 0) continue;
    due.remaining[k] = sub(due.remaining[k] as Exact, amountField(line, 'quantity', at));
  }
}
