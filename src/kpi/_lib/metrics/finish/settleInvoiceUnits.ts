import { Fixed } from '../../../../money/_lib/scaled/Fixed';
import { MAX_EXACT_SCALE, rAddUnits, register, rMul } from '../../../../money/_lib/scaled/Register';
import type { MeasureRun } from '../tally/MeasureRun';
import { MONEY } from '../tally/TallyColumns';

const TOTAL = register();
const CREDITED = register();
const PAID = register();
const ASKED = register();
const LEFT = register();

const DUE = register();
const COLLECTED = register();
const OPEN = register();

/**
 * Internal: the settling of one kept invoice (see `finishJoins`) on safe integers, without an
 * exact value per step — only without fact lists (counts evidence), and only when the invoice's
 * total, credits, cash and rate are all on the fast path and every step stays there; `false`,
 * with nothing added, otherwise (the caller then settles it on the {@link Scaled} path). The sums
 * it adds are the same values.
 */
export function settleInvoiceUnits(run: MeasureRun, slot: number): boolean {
  const invoices = run.invoices;
  const rate = invoices.rates[slot];
  if (
    run.full ||
    !(rate instanceof Fixed) ||
    !invoices.totals.units(slot, TOTAL) ||
    !invoices.credited.units(slot, CREDITED) ||
    !invoices.paid.units(slot, PAID)
  )
    return false;
  ASKED.u = TOTAL.u;
  ASKED.s = TOTAL.s;
  if (!rAddUnits(ASKED, -CREDITED.u + 0, CREDITED.s)) return false;
  if (ASKED.u < 0) ASKED.u = 0;
  // LEFT = asked − paid: below zero the cash covers it all (collected = asked, nothing open).
  LEFT.u = ASKED.u;
  LEFT.s = ASKED.s;
  if (!rAddUnits(LEFT, -PAID.u + 0, PAID.s)) return false;
  const covered = LEFT.u <= 0;
  if (
    !rMul(DUE, ASKED, rate, MAX_EXACT_SCALE) ||
    !rMul(COLLECTED, covered ? ASKED : PAID, rate, MAX_EXACT_SCALE)
  )
    return false;
  if (covered) LEFT.u = 0;
  if (!rMul(OPEN, LEFT, rate, MAX_EXACT_SCALE)) return false;
  const tallies = run.tallies;
  const m = invoices.owner(slot, tallies);
  if (invoices.due(slot)) {
    tallies.addMoneyUnits(m, MONEY.amountDue, DUE.u, DUE.s);
    tallies.addMoneyUnits(m, MONEY.amountCollected, COLLECTED.u, COLLECTED.s);
    tallies.fact(m, 'invoicesDue');
  }
  const openAtAsOf = invoices.openAtAsOf(slot);
  if (openAtAsOf || invoices.issuedInPeriod(slot)) {
    if (openAtAsOf) tallies.addMoneyUnits(m, MONEY.receivables, OPEN.u, OPEN.s);
    tallies.fact(m, 'dsoInvoices');
  }
  return true;
}
