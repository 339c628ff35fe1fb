import { add, max, min, sub, ZERO } from '../../../money/_lib/scaled/Fixed';
import type { PayeeState } from '../../model/PayeeState';
import { type Num, parseNum } from '../exact/num';
import { collectionKey, periodCollections } from '../input/buildLedger';
import type { Documents } from '../input/readDocuments';
import type { PayeeRun } from '../payee/PayeeRun';

type Entry = PayeeState['unpaid'][number];

/**
 * Internal: an invoice's open non-payment entry as numbers after this period's payments — the
 * document amount outstanding when the commission was clawed back, what payments have recovered
 * of it (this period's included, payments first), what credit notes forfeited before this period
 * and what they forfeit in it.
 */
export interface Hold {
  readonly outstanding: Num;
  readonly recoveredBefore: Num;
  readonly recovered: Num;
  readonly forfeited: Num;
}

// The period's collections, read once per set of documents, period and arithmetic (credit notes
// on invoices held back for non-payment are rare; the scan of every payment is not).
const COLLECTED = new WeakMap<Documents, Map<string, Map<string, Num>>>();

/** What the period's payments allocate to an invoice in `currency` (as the ledger counts them). */
function collectedNow(run: PayeeRun, invoiceId: string, currency: string): Num {
  const { period, arithmetic } = run.ctx;
  const runKey = `${period.label}\u0000${arithmetic}`;
  let byRun = COLLECTED.get(run.docs);
  if (byRun === undefined) {
    byRun = new Map();
    COLLECTED.set(run.docs, byRun);
  }
  let sums = byRun.get(runKey);
  if (sums === undefined) {
    sums = periodCollections(run.docs, period, arithmetic);
    byRun.set(runKey, sums);
  }
  return sums.get(collectionKey(invoiceId, currency)) ?? ZERO;
}

/**
 * Internal: a payee's open non-payment entry for an invoice after `collected` this period (the
 * payments allocated to it) and the credit notes that settle it (`PayeeRun.settles`). Payments and
 * settling credit notes recover the outstanding part before other credit notes forfeit it.
 */
export function holdOf(run: PayeeRun, entry: Entry, collected: Num): Hold {
  const { arithmetic } = run.ctx;
  const outstanding = parseNum(entry.outstanding, arithmetic);
  const recoveredBefore = parseNum(entry.recovered, arithmetic);
  const forfeitedBefore = parseNum(entry.forfeited ?? '0', arithmetic);
  return {
    outstanding,
    recoveredBefore,
    recovered: min(
      sub(outstanding, forfeitedBefore),
      add(add(recoveredBefore, collected), run.settles.get(entry.invoiceId) ?? ZERO),
    ),
    forfeited: add(forfeitedBefore, run.forfeits.get(entry.invoiceId) ?? ZERO),
  };
}

/**
 * Internal: how much of a credit note of `reversed` (document amount, positive) on an invoice falls
 * on the part held back for non-payment — noted in the run as forfeited. That part's commission is
 * already clawed back (and is now never paid back); only the rest is clawed back from the payout
 * records.
 */
export function forfeitHeld(
  run: PayeeRun,
  invoiceId: string,
  currency: string,
  reversed: Num,
): Num {
  return takeHeld(run, run.forfeits, invoiceId, currency, reversed);
}

/**
 * Internal: how much of a credit note of `reversed` (document amount, positive) that the plan does
 * not claw back falls on the part of an invoice held back for non-payment — noted in the run as
 * settled: that part is no longer unpaid, and the plan keeps its commission, so it is paid back.
 */
export function settleHeld(run: PayeeRun, invoiceId: string, currency: string, reversed: Num): Num {
  return takeHeld(run, run.settles, invoiceId, currency, reversed);
}

function takeHeld(
  run: PayeeRun,
  into: Map<string, Num>,
  invoiceId: string,
  currency: string,
  reversed: Num,
): Num {
  const entry = run.ctx.payeeStates
    .get(run.payee.id)
    ?.unpaid.find((u) => u.invoiceId === invoiceId);
  if (entry === undefined) return ZERO;
  const hold = holdOf(run, entry, collectedNow(run, invoiceId, currency));
  const left = max(ZERO, sub(sub(hold.outstanding, hold.recovered), hold.forfeited));
  const taken = min(reversed, left);
  into.set(invoiceId, add(into.get(invoiceId) ?? ZERO, taken));
  return taken;
}
