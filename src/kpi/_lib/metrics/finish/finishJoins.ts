import { min, mul, type Scaled, sign, sub, toDec, ZERO } from '../../../../money/_lib/scaled/Fixed';
import { MAX_EXACT_SCALE } from '../../../../money/_lib/scaled/Register';
import type { MeasureRun } from '../tally/MeasureRun';
import { COUNT, MONEY } from '../tally/TallyColumns';
import { settleInvoiceUnits } from './settleInvoiceUnits';

/** Internal: settles what needed two streams: on-time orders, invoices, new customers. */
export function finishJoins(run: MeasureRun): void {
  const due = run.dueOrders;
  const tallies = run.tallies;
  for (let slot = 0; slot < due.ids.length; slot += 1) {
    if (!due.live(slot)) continue;
    const onTime = due.delivered(slot);
    const m = due.owner(slot, tallies);
    tallies.count(m, COUNT.ordersDue);
    if (onTime) tallies.count(m, COUNT.ordersOnTime);
    tallies.fact(m, 'dueOrders')?.push({
      kind: 'order',
      id: due.ids[slot] as string,
      tag: onTime ? 'on-time' : 'late',
    });
  }
  const invoices = run.invoices;
  for (let slot = 0; slot < invoices.ids.length; slot += 1)
    if (invoices.live(slot) && !settleInvoiceUnits(run, slot)) settleInvoice(run, slot);
  if (run.metrics.includes('new_customers')) countNewCustomers(run);
}

function positive(value: Scaled): Scaled {
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
  const rate = invoices.rates[slot] as Scaled;
  const total = invoices.totals.get(slot);
  const paid = invoices.paid.get(slot);
  const issuedInPeriod = invoices.issuedInPeriod(slot);
  const openAtAsOf = invoices.openAtAsOf(slot);
  const tallies = run.tallies;
  const m = invoices.owner(slot, tallies);
  const asked = positive(sub(total, invoices.credited.get(slot)));
  if (invoices.due(slot)) {
    const due = mul(asked, rate, MAX_EXACT_SCALE);
    const collected = mul(min(paid, asked), rate, MAX_EXACT_SCALE);
    tallies.addMoney(m, MONEY.amountDue, due);
    tallies.addMoney(m, MONEY.amountCollected, collected);
    tallies.fact(m, 'invoicesDue')?.push({
      kind: 'invoice',
      id,
      amount: toDec(due).toFixed(),
      counted: toDec(collected).toFixed(),
    });
  }
  if (openAtAsOf || issuedInPeriod) {
    const open = openAtAsOf ? mul(positive(sub(asked, paid)), rate, MAX_EXACT_SCALE) : ZERO;
    tallies.addMoney(m, MONEY.receivables, open);
    tallies.fact(m, 'dsoInvoices')?.push({
      kind: 'invoice',
      id,
      amount: toDec(mul(total, rate, MAX_EXACT_SCALE)).toFixed(),
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
    const m = run.manager(owner);
    run.tallies.count(m, COUNT.newCustomers);
    run.tallies.fact(m, 'newCustomers')?.push({ kind: 'customer', id: customer });
  };
  for (const [id, customer] of run.customers) {
    const first = customer.firstDeal ?? customer.first?.date;
    if (first !== undefined && run.inPeriod(first)) count(id, customer.owner);
  }
  // Only customers missing from the customers stream have an entry here.
  for (const [id, first] of run.firstOrders) if (run.inPeriod(first.date)) count(id, first.owner);
}
