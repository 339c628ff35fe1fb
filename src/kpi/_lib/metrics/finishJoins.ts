import { add, type Exact, min, mul, sign, sub, toDec, ZERO } from './exact';
import type { MeasureRun } from './MeasureRun';

/** Internal: settles what needed two streams: on-time orders, invoices, new customers. */
export function finishJoins(run: MeasureRun): void {
  for (const due of run.dueOrders.values()) {
    const onTime = due.remaining.every((left) => sign(left) <= 0);
    const tally = run.tally(due.owner);
    tally.count.ordersDue += 1;
    if (onTime) tally.count.ordersOnTime += 1;
    tally.fact('dueOrders')?.push({
      kind: 'order',
      id: due.id,
      tag: onTime ? 'on-time' : 'late',
    });
  }
  for (const invoice of run.invoices.values()) settleInvoice(run, invoice);
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
function settleInvoice(
  run: MeasureRun,
  invoice: MeasureRun['invoices'] extends Map<string, infer I> ? I : never,
) {
  const tally = run.tally(invoice.owner);
  const asked = positive(sub(invoice.total, invoice.credited));
  if (invoice.due) {
    const due = mul(asked, invoice.rate);
    const collected = mul(min(invoice.paid, asked), invoice.rate);
    tally.money.amountDue = add(tally.money.amountDue, due);
    tally.money.amountCollected = add(tally.money.amountCollected, collected);
    tally.fact('invoicesDue')?.push({
      kind: 'invoice',
      id: invoice.id,
      amount: toDec(due).toFixed(),
      counted: toDec(collected).toFixed(),
    });
  }
  if (invoice.openAtAsOf || invoice.issuedInPeriod) {
    const open = invoice.openAtAsOf ? mul(positive(sub(asked, invoice.paid)), invoice.rate) : ZERO;
    tally.money.receivables = add(tally.money.receivables, open);
    tally.fact('dsoInvoices')?.push({
      kind: 'invoice',
      id: invoice.id,
      amount: toDec(mul(invoice.total, invoice.rate)).toFixed(),
      counted: toDec(open).toFixed(),
      ...(invoice.issuedInPeriod ? { tag: 'invoiced' } : {}),
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
