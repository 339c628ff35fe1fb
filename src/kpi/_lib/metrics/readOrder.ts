import { CrmRulesError, type ErrorPath } from '../../../errors';
import { add, type Exact, mul, neg, sign, sub, toDec, ZERO } from './exact';
import type { MeasureRun } from './MeasureRun';
import {
  amountField,
  arrayField,
  dateField,
  type Fact,
  factObject,
  optionalDate,
  textField,
} from './readField';

const STATUSES = new Set(['open', 'confirmed', 'completed', 'cancelled']);

/**
 * Internal: reads one order. Cancelled orders count nowhere. A non-cancelled order dated in the
 * period adds its net (`orderNet`: lines less discounts, returns negative) in the base currency
 * to `salesOrders` and counts in `orders` (and `ordersCompleted` when completed); dated in the
 * prior period, to `priorOrders`. One with a `promisedDate` in the period waits for deliveries.
 */
export function readOrder(run: MeasureRun, raw: unknown, index: number): void {
  const path = ['facts', 'orders', index];
  const order = factObject(raw, path);
  const id = textField(order, 'id', path);
  const owner = textField(order, 'ownerId', path);
  const customer = textField(order, 'customerId', path);
  const date = dateField(order, 'orderDate', path);
  const status = order.status;
  if (typeof status !== 'string' || !STATUSES.has(status))
    throw new CrmRulesError('INVALID_INPUT', 'expected an order status', {
      path: [...path, 'status'],
      value: status,
    });
  const currency = textField(order, 'currency', path);
  const lines = arrayField(order, 'lines', path);
  if (status === 'cancelled') return;
  firstOrder(run, customer, date, owner, id);
  const promised = optionalDate(order, 'promisedDate', path);
  if (promised !== undefined && run.inPeriod(promised) && run.streams.has('deliveries'))
    awaitDelivery(run, id, owner, promised, lines, path);
  const where = run.where(date);
  if (where === null) return;
  const net = orderNetOf(lines, [...path, 'lines']);
  const period =
    where === 'current' ? run.current : (run.prior as NonNullable<MeasureRun['prior']>);
  const base = mul(net, run.fx.rate(currency, run.options.baseCurrency, date, period, path));
  const tally = run.tally(owner);
  if (where === 'prior') {
    tally.money.priorOrders = add(tally.money.priorOrders, base);
    tally.fact('priorOrders', () => ({
      kind: 'order',
      id,
      amount: toDec(base).toFixed(),
      tag: 'prior',
    }));
    return;
  }
  tally.money.salesOrders = add(tally.money.salesOrders, base);
  tally.count.orders += 1;
  if (status === 'completed') tally.count.ordersCompleted += 1;
  tally.fact('orders', () => ({ kind: 'order', id, amount: toDec(base).toFixed(), tag: status }));
}

/** Keeps each customer's first non-cancelled order (ties: the smallest order id). */
function firstOrder(run: MeasureRun, customer: string, date: string, owner: string, id: string) {
  if (!run.streams.has('customers') || !run.metrics.includes('new_customers')) return;
  const seen = run.firstOrders.get(customer);
  if (seen === undefined || date < seen.date || (date === seen.date && id < seen.order))
    run.firstOrders.set(customer, { date, owner, order: id });
}

/** The net of an order's lines, in the order's currency, exact. */
function orderNetOf(lines: readonly unknown[], path: ErrorPath): Exact {
  let net: Exact = ZERO;
  for (let i = 0; i < lines.length; i += 1) {
    const linePath = [...path, i];
    const line = factObject(lines[i], linePath);
    const gross = mul(
      amountField(line, 'quantity', linePath),
      amountField(line, 'unitPrice', linePath),
    );
    net = add(net, discounted(line, gross, linePath));
  }
  return net;
}

function discounted(line: Fact, gross: Exact, path: ErrorPath): Exact {
  const discount = line.discount;
  if (discount === undefined) return gross;
  const at = [...path, 'discount'];
  const d = factObject(discount, at);
  if (d.kind === 'rate') return sub(gross, mul(gross, amountField(d, 'rate', at)));
  if (d.kind === 'amount') {
    const amount = amountField(d, 'amount', at);
    return sub(gross, sign(gross) < 0 ? neg(amount) : amount);
  }
  throw new CrmRulesError('INVALID_INPUT', 'expected a discount of kind rate or amount', {
    path: [...at, 'kind'],
    value: d.kind,
  });
}

/** Registers the positive lines an order must deliver by its promised date. */
function awaitDelivery(
  run: MeasureRun,
  id: string,
  owner: string,
  promised: string,
  lines: readonly unknown[],
  path: ErrorPath,
): void {
  const lineIds: string[] = [];
  const remaining: Exact[] = [];
  lines.forEach((raw, i) => {
    const linePath = [...path, 'lines', i];
    const line = factObject(raw, linePath);
    const quantity = amountField(line, 'quantity', linePath);
    if (sign(quantity) <= 0) return;
    lineIds.push(textField(line, 'lineId', linePath));
    remaining.push(quantity);
  });
  run.dueOrders.set(id, { id, owner, promised, lineIds, remaining });
}
