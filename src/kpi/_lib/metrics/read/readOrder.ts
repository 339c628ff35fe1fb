import { CrmRulesError, type ErrorPath } from '../../../../errors';
import {
  add,
  Fixed,
  mul,
  neg,
  type Scaled,
  sign,
  sub,
  toDec,
  ZERO,
} from '../../../../money/_lib/scaled/Fixed';
import {
  MAX_EXACT_SCALE,
  type Register,
  rAddUnits,
  register,
  rMul,
  rParse,
} from '../../../../money/_lib/scaled/Register';
import {
  amountField,
  arrayField,
  dateField,
  type Fact,
  factObject,
  optionalDate,
  textField,
} from '../exact/readField';
import type { DueOrders } from '../tally/JoinTables';
import type { ListedCustomer, MeasureRun } from '../tally/MeasureRun';
import { COUNT, MONEY } from '../tally/TallyColumns';

const STATUSES = new Set(['open', 'confirmed', 'completed', 'cancelled']);

/**
 * Internal: reads one order. Cancelled orders count nowhere. A non-cancelled order dated in the
 * period adds its net (`orderNet`: lines less discounts, returns negative) in the base currency
 * to `salesOrders` and counts in `orders` (and `ordersCompleted` when completed); dated in the
 * prior period, to `priorOrders`. One with a `promisedDate` in the period waits for deliveries.
 */
export function readOrder(run: MeasureRun, raw: unknown, index: number): void {
  const path = ORDER_PATH;
  path[2] = index;
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
  if (run.wantsFirstOrders) firstOrder(run, customer, date, owner, id);
  const promised = optionalDate(order, 'promisedDate', path);
  const due =
    promised !== undefined && run.wantsDeliveries && run.inPeriod(promised) ? run.dueOrders : null;
  const where = run.where(date);
  if (where === null && due === null) return;
  const start = run.dueOrders.lineIds.length;
  const net = readLines(lines, path, due);
  if (where === null) {
    if (due !== null) due.open(id, owner, -1, promised as string, start);
    return;
  }
  const period =
    where === 'current' ? run.current : (run.prior as NonNullable<MeasureRun['prior']>);
  const rate = run.fx.rate(currency, run.options.baseCurrency, date, period, path);
  const m = run.manager(owner);
  if (due !== null) due.open(id, owner, m, promised as string, start);
  addOrder(run, m, where, id, status, baseOf(net, rate));
}

const BASE = register();

/**
 * The order's net in the base currency: in {@link BASE} (and `null` returned) when every line
 * took the fast path and the product with the rate stays on it, else as an exact value.
 */
function baseOf(slowPart: Scaled, rate: Scaled): Scaled | null {
  if (slowPart === ZERO && rate instanceof Fixed && rMul(BASE, FAST, rate, MAX_EXACT_SCALE))
    return null;
  return mul(add(slowPart, new Fixed(FAST.u, FAST.s)), rate, MAX_EXACT_SCALE);
}

/** Adds an order dated in the period (or the prior one) to its owner's tally. */
function addOrder(
  run: MeasureRun,
  m: number,
  where: 'current' | 'prior',
  id: string,
  status: string,
  exact: Scaled | null,
) {
  const tallies = run.tallies;
  const prior = where === 'prior';
  const sum = prior ? MONEY.priorOrders : MONEY.salesOrders;
  if (exact === null) tallies.addMoneyUnits(m, sum, BASE.u, BASE.s);
  else tallies.addMoney(m, sum, exact);
  if (!prior) {
    tallies.count(m, COUNT.orders);
    if (status === 'completed') tallies.count(m, COUNT.ordersCompleted);
  }
  const list = tallies.fact(m, prior ? 'priorOrders' : 'orders');
  if (list === null) return;
  const amount = toDec(exact ?? new Fixed(BASE.u, BASE.s)).toFixed();
  list.push({ kind: 'order', id, amount, tag: prior ? 'prior' : status });
}

/** The path of the order being read, one array for all orders (errors copy it). */
const ORDER_PATH: [string, string, number] = ['facts', 'orders', 0];
/** The path of the line being read, one array for all lines. */
const LINE_PATH: [string, string, number, string, number] = ['facts', 'orders', 0, 'lines', 0];

/**
 * Keeps each customer's first non-cancelled order (ties: the smallest order id) — only for
 * customers it can decide: the customers stream is read before the orders, and a customer there
 * with a first-deal date is new or not by that date alone. A listed customer's first order lives
 * in its {@link ListedCustomer} entry (one map lookup per order); an unlisted customer's in
 * `run.firstOrders`. A kept first order is updated in place.
 */
function firstOrder(run: MeasureRun, customer: string, date: string, owner: string, id: string) {
  const listed = run.customers.get(customer);
  if (listed !== undefined && listed.firstDeal !== undefined) return;
  const seen = listed === undefined ? run.firstOrders.get(customer) : listed.first;
  if (seen === undefined || seen === null) {
    const first = { date, owner, order: id };
    if (listed === undefined) run.firstOrders.set(customer, first);
    else listed.first = first;
  } else if (date < seen.date || (date === seen.date && id < seen.order)) {
    seen.date = date;
    seen.owner = owner;
    seen.order = id;
  }
}

/** The fast part of the net of the order being read (see {@link readLines}). */
const FAST = register();
const QUANTITY = register();
const PRICE = register();

/**
 * The net of an order's lines in the order's currency, exact, in one loop that also notes the
 * positive lines an order due in the period must deliver (one path array for all lines). Lines
 * without a discount whose quantity × price fits a safe integer are summed without allocating,
 * into {@link FAST}; every other line takes the exact {@link Scaled} path, whose sum is returned
 * ({@link ZERO} itself when no line took it) — the net is the two together.
 */
function readLines(lines: readonly unknown[], path: ErrorPath, due: DueOrders | null): Scaled {
  const at = LINE_PATH;
  at[2] = path[2] as number;
  const fast = FAST;
  fast.u = 0;
  fast.s = 0;
  let net: Scaled = ZERO;
  for (let i = 0; i < lines.length; i += 1) {
    at[at.length - 1] = i;
    const line = factObject(lines[i], at);
    if (
      line.discount === undefined &&
      readUnits(QUANTITY, line.quantity) &&
      readUnits(PRICE, line.unitPrice) &&
      QUANTITY.s + PRICE.s <= MAX_EXACT_SCALE &&
      rAddUnits(fast, QUANTITY.u * PRICE.u, QUANTITY.s + PRICE.s)
    ) {
      if (due !== null && QUANTITY.u > 0)
        due.lineUnits(textField(line, 'lineId', at), QUANTITY.u, QUANTITY.s);
      continue;
    }
    const quantity = amountField(line, 'quantity', at);
    const gross = mul(quantity, amountField(line, 'unitPrice', at), MAX_EXACT_SCALE);
    net = add(net, line.discount === undefined ? gross : discounted(line, gross, at));
    if (due !== null && sign(quantity) > 0) due.line(textField(line, 'lineId', at), quantity);
  }
  return net;
}

function discounted(line: Fact, gross: Scaled, path: ErrorPath): Scaled {
  const discount = line.discount;
  if (discount === undefined) return gross;
  const at = [...path, 'discount'];
  const d = factObject(discount, at);
  if (d.kind === 'rate') return sub(gross, mul(gross, amountField(d, 'rate', at), MAX_EXACT_SCALE));
  if (d.kind === 'amount') {
    const amount = amountField(d, 'amount', at);
    return sub(gross, sign(gross) < 0 ? neg(amount) : amount);
  }
  throw new CrmRulesError('INVALID_INPUT', 'expected a discount of kind rate or amount', {
    path: [...at, 'kind'],
    value: d.kind,
  });
}

/** A field of at most 15 digits read into `into` (decimal.js's short forms too); `false` else. */
function readUnits(into: Register, text: unknown): boolean {
  return typeof text === 'string' && rParse(into, text, true) === 1;
}
