import { add, cmp, max, min, sign, sub, ZERO } from '../../../money/_lib/scaled/Fixed';
import type { Period } from '../../../period';
import type { InvoiceLedger } from '../../model/InvoiceLedger';
import { type Arithmetic, type Num, parseNum } from '../exact/num';
import { type OpeningFigures, openingFigures } from '../input/buildLedger';
import type { DocumentIndex } from '../input/documentIndex';
import type { Documents } from '../input/readDocuments';

/**
 * Internal: what the `collected` base credits of the period's payments and credit notes, per
 * invoice. An invoice's commissionable cash is what was collected, at most what it is still worth
 * (its total less its credit notes): `kept = max(0, min(collected, total − credited))`. A payment
 * releases what it adds to `kept` (all of it, unless it pays more than the invoice is worth); a
 * credit note on an invoice already paid beyond what is left takes off what it removes from
 * `kept` — the refund (or customer credit), which the `collected` base reverses.
 */
export interface CollectedMovements {
  /** Released by payment `docIndex`'s allocation `j`, by {@link allocationKey}; absent = all of it. */
  readonly released: ReadonlyMap<string, Num>;
  /** Taken back by credit note `docIndex` (positive), for the notes that take anything back. */
  readonly refunded: ReadonlyMap<number, Num>;
  /**
   * The date of the payment whose cash credit note `docIndex` takes back: the latest payment of
   * the period with cash left (last paid, first refunded); absent when the refund takes back
   * only cash collected before the period.
   */
  readonly paidOn: ReadonlyMap<number, string>;
}

/** Internal: the key of payment `docIndex`'s allocation `j` in {@link CollectedMovements}. */
export function allocationKey(docIndex: number, j: number): string {
  return `${docIndex}:${j}`;
}

interface Movement {
  readonly date: string;
  /** 0 payment, 1 credit note: a payment and a credit note of one day, the payment first. */
  readonly kind: 0 | 1;
  readonly id: string;
  readonly j: number;
  readonly docIndex: number;
  readonly amount: Num;
}

const compare = (a: Movement, b: Movement) =>
  a.date !== b.date
    ? a.date < b.date
      ? -1
      : 1
    : a.kind !== b.kind
      ? a.kind - b.kind
      : a.id !== b.id
        ? a.id < b.id
          ? -1
          : 1
        : a.j - b.j;

/**
 * Internal: walks each invoice's payments and credit notes dated in the period, in date order (a
 * payment before a credit note on the same day, then by document id, so input order never
 * matters), from what it carried: its entry in the carried ledger or, for an invoice the state
 * does not know, the payments and credit notes of the input dated before the period. Payments
 * and credit notes in another currency than the invoice's are left to the errors and rules of
 * their own steps.
 */
export function collectedMovements(
  docs: Documents,
  index: DocumentIndex,
  period: Period,
  carried: readonly InvoiceLedger[],
  arithmetic: Arithmetic,
): CollectedMovements {
  const ledger = new Map(carried.map((entry) => [entry.invoiceId, entry]));
  const known = invoiceLookup(index, ledger, arithmetic);
  const moves = periodMoves(docs, period, known, arithmetic);
  const out: Collecting = {
    released: new Map<string, Num>(),
    refunded: new Map<number, Num>(),
    paidOn: new Map<number, string>(),
  };
  if (moves.size === 0) return out;
  const before = openingFigures(docs, period, arithmetic, (id) => known(id)?.currency);
  for (const [invoiceId, list] of moves) {
    const invoice = known(invoiceId) as InvoiceFigures;
    const entry = ledger.get(invoiceId);
    const start: OpeningFigures =
      entry !== undefined
        ? {
            collected: parseNum(entry.collected, arithmetic),
            credited: parseNum(entry.credited, arithmetic),
          }
        : (before.get(invoiceId) ?? { collected: ZERO, credited: ZERO });
    walkInvoice(invoice.total, start, list, out);
  }
  return out;
}

/** {@link CollectedMovements} as the walk fills it. */
interface Collecting {
  readonly released: Map<string, Num>;
  readonly refunded: Map<number, Num>;
  readonly paidOn: Map<number, string>;
}

/** An invoice's currency and total. */
interface InvoiceFigures {
  readonly currency: string;
  readonly total: Num;
}

/**
 * The currency and total of an invoice, from the input or else the carried ledger (`undefined`
 * for an invoice neither knows), read once per invoice.
 */
function invoiceLookup(
  index: DocumentIndex,
  ledger: ReadonlyMap<string, InvoiceLedger>,
  arithmetic: Arithmetic,
): (invoiceId: string) => InvoiceFigures | undefined {
  const figures = new Map<string, InvoiceFigures>();
  return (invoiceId) => {
    let entry = figures.get(invoiceId);
    if (entry === undefined) {
      const invoice = index.invoices.get(invoiceId)?.invoice;
      const kept = ledger.get(invoiceId);
      if (invoice !== undefined)
        entry = { currency: invoice.currency, total: parseNum(invoice.total, arithmetic) };
      else if (kept !== undefined)
        entry = { currency: kept.currency, total: parseNum(kept.total, arithmetic) };
      if (entry !== undefined) figures.set(invoiceId, entry);
    }
    return entry;
  };
}

/** The period's payments and credit notes by known invoice, in the invoice's currency only. */
function periodMoves(
  docs: Documents,
  period: Period,
  known: (invoiceId: string) => InvoiceFigures | undefined,
  arithmetic: Arithmetic,
): Map<string, Movement[]> {
  const moves = new Map<string, Movement[]>();
  const noteMove = (invoiceId: string, move: Movement) => {
    const list = moves.get(invoiceId);
    if (list === undefined) moves.set(invoiceId, [move]);
    else list.push(move);
  };
  const inPeriod = (date: string) => date >= period.start && date < period.end;
  docs.payments.forEach((payment, docIndex) => {
    if (!inPeriod(payment.date)) return;
    payment.allocations.forEach((allocation, j) => {
      const invoice = known(allocation.invoiceId);
      if (invoice === undefined || allocation.amount.currency !== invoice.currency) return;
      const amount = parseNum(allocation.amount.amount, arithmetic);
      noteMove(allocation.invoiceId, {
        date: payment.date,
        kind: 0,
        id: payment.id,
        j,
        docIndex,
        amount,
      });
    });
  });
  docs.creditNotes.forEach((note, docIndex) => {
    if (note.invoiceId === undefined || !inPeriod(note.date)) return;
    const invoice = known(note.invoiceId);
    if (invoice === undefined || note.currency !== invoice.currency) return;
    const amount = parseNum(note.amount, arithmetic);
    noteMove(note.invoiceId, { date: note.date, kind: 1, id: note.id, j: 0, docIndex, amount });
  });
  return moves;
}

/**
 * Walks one invoice's movements of the period in order from its opening figures, noting what
 * each payment releases (when not all of it) and what each credit note takes back, and when.
 */
function walkInvoice(total: Num, start: OpeningFigures, list: Movement[], out: Collecting): void {
  let { collected, credited } = start;
  const kept = () => max(ZERO, min(collected, sub(total, credited)));
  /** The period's releases still kept, oldest first: a refund takes back the latest first. */
  const layers: Array<{ date: string; amount: Num }> = [];
  list.sort(compare);
  for (const move of list) {
    const was = kept();
    if (move.kind === 0) {
      collected = add(collected, move.amount);
      const now = sub(kept(), was);
      if (cmp(now, move.amount) !== 0) out.released.set(allocationKey(move.docIndex, move.j), now);
      if (sign(now) > 0) layers.push({ date: move.date, amount: now });
    } else {
      credited = add(credited, move.amount);
      const taken = sub(was, kept());
      if (sign(taken) <= 0) continue;
      out.refunded.set(move.docIndex, taken);
      const latest = layers.at(-1);
      if (latest !== undefined) out.paidOn.set(move.docIndex, latest.date);
      takeBack(layers, taken);
    }
  }
}

/** Takes `amount` off the latest releases first (what is left beyond them was kept before). */
function takeBack(layers: Array<{ date: string; amount: Num }>, amount: Num): void {
  let left = amount;
  while (sign(left) > 0 && layers.length > 0) {
    const top = layers[layers.length - 1] as { date: string; amount: Num };
    if (cmp(top.amount, left) > 0) {
      layers[layers.length - 1] = { date: top.date, amount: sub(top.amount, left) };
      return;
    }
    left = sub(left, top.amount);
    layers.pop();
  }
}
