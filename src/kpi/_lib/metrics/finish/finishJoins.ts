import { type Exact, min, mul, sign, sub, toDec, ZERO } from '../exact/exact';
import type { MeasureRun } from '../tally/MeasureRun';

/** Internal: settles what needed two streams: on-time orders, invoices, new customers. */
export function finishJoins(run: MeasureRun): void {
  const due = run.dueOrders;
  for (let slot = 0; slot < due.ids.length; slot += 1) {
    const onTime = due.delivered(slot);
    const tally = due.tallies[slot] ?? run.tally(due.owners[slot] as string);
    tally.count.ordersDue += 1;
    if (onTime) tally.count.ordersOnTime += 1;
    tally.fact('dueOrders')?.push({
      kind: 'order',
      id: due.ids[slot] as string,
      tag: onTime ? 'on-time' : 'late',
    });
  }
  for (let slot = 0; slot < run.invoices.ids.length; slot += 1) settleInvoice(run, slot);
  if (run.metrics.includes('new_customers')) countNewCustomers(run);
}

function positive(value: Exact): Exact {
  return sign(value) > 0 ? value : ZERO;
}

/**
 * An invoice due in the period asks for its total less its credit notes (never below zero) and
 * counts the cash allocated to it up to that amount; one issued by `asOf` leaves its open
 * balance (total less credits and cash, never below zero) in the receivables.
 */
function settleInvoice(run: MeasureRun, slot: number) {
  const invoices = run.invoices;
  const id = invoices.ids[slot] as string;
  const rate = invoices.rates[slot] as Exact;
  const total = invoices.totals.get(slot);
  const paid = invoices.paid.get(slot);
  const issuedInPeriod = invoices.issuedInPeriod(slot);
  const openAtAsOf = invoices.openAtAsOf(slot);
  const tally = invoices.tallies[slot] ?? run.tally(invoices.owners[slot] as string);
  const asked = positive(sub(total, invoices.credited.get(slot)));
  if (invoices.due(slot)) {
    const due = mul(asked, rate);
    const collected = mul(min(paid, asked), rate);
    tally.addMoney('amountDue', due);
    tally.addMoney('amountCollected', collected);
    tally.fact('invoicesDue')?.push({
      kind: 'invoice',
      id,
      amount: toDec(due).toFixed(),
      counted: toDec(collected).toFixed(),
    });
  }
  if (openAtAsOf || issuedInPeriod) {
    const open = openAtAsOf ? mul(positive(sub(asked, paid)), rate) : ZERO;
    tally.addMoney('receivables', open);
    tally.fact('dsoInvoices')?.push({
      kind: 'invoice',
      id,
      amount: toDec(mul(total, rate)).toFixed(),
      counted: toDec(open).toFixed(),
      ...(issuedInPeriod ? { tag: 'invoiced' } : {}),
    });
  }
}

/**
 * A customer is new when its first-deal date — or, without one, its first non-cancelled order
 * in the orders stream — falls in the period; it counts for its owner (a customer missing from
 * the customers stream: the owner of that first order).
 */
function countNewCustomers(run: MeasureRun): void {
  const count = (customer: string, owner: string) => {
    const tally = run.tally(owner);
    tally.count.newCustomers += 1;
    tally.fact('newCustomers')?.push({ kind: 'customer', id: customer });
  };
  for (const [id, customer] of run.customers) {
    const first = customer.firstDeal ?? run.firstOrders.get(id)?.date;
    if (first !== undefined && run.inPeriod(first)) count(id, customer.owner);
  }
  for (const [id, first] of run.firstOrders)
    if (!run.customers.has(id) && run.inPeriod(first.date)) count(id, first.owner);
}
