import { sub } from './exact';
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
  lines.forEach((rawLine, i) => {
    const linePath = [...path, 'lines', i];
    const line = factObject(rawLine, linePath);
    const at = due.lineIds.indexOf(textField(line, 'lineId', linePath));
    if (at < 0) return;
    due.remaining[at] = sub(
      due.remaining[at] as NonNullable<(typeof due.remaining)[number]>,
      amountField(line, 'quantity', linePath),
    );
  });
}
