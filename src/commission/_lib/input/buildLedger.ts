import { add, cmp, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import type { Period } from '../../../period';
import type { InvoiceLedger } from '../../model/InvoiceLedger';
import { type Arithmetic, type Num, parseNum } from '../exact/num';
import type { Documents } from './readDocuments';

/** Internal: one invoice's ledger entry for this run — carried figures and this period's movements. */
export interface LedgerEntry {
  readonly invoiceId: string;
  readonly orderId: string | null;
  readonly currency: string;
  readonly total: Num;
  readonly dueDate: string;
  /** Collected to date, this period included. */
  collected: Num;
  /** Collected in this period. */
  collectedNow: Num;
  /** Credit notes to date, this period included. */
  credited: Num;
}

/**
 * Internal: the invoice ledger after this period: the carried entries, every invoice issued before
 * the period's end that the input names (opening with what the input's payments and credit notes
 * dated before the period add to it, see {@link openingFigures}), payments dated in the period
 * added to what is collected and credit notes dated in the period to what is credited.
 */
export function buildLedger(
  carried: readonly InvoiceLedger[],
  docs: Documents,
  period: Period,
  arithmetic: Arithmetic,
): Map<string, LedgerEntry> {
  const ledger = new Map<string, LedgerEntry>();
  for (const entry of carried)
    ledger.set(entry.invoiceId, {
      invoiceId: entry.invoiceId,
      orderId: entry.orderId,
      currency: entry.currency,
      total: parseNum(entry.total, arithmetic),
      dueDate: entry.dueDate,
      collected: parseNum(entry.collected, arithmetic),
      collectedNow: ZERO,
      credited: parseNum(entry.credited, arithmetic),
    });
  let opening: ReadonlyMap<string, OpeningFigures> | null = null;
  for (const invoice of docs.invoices)
    if (!ledger.has(invoice.id) && invoice.issueDate < period.end) {
      if (opening === null) {
        const currencies = new Map(docs.invoices.map((i) => [i.id, i.currency]));
        opening = openingFigures(docs, period, arithmetic, (id) => currencies.get(id));
      }
      const figures = opening.get(invoice.id);
      ledger.set(invoice.id, {
        invoiceId: invoice.id,
        orderId: invoice.orderId ?? null,
        currency: invoice.currency,
        total: parseNum(invoice.total, arithmetic),
        dueDate: invoice.dueDate,
        collected: figures?.collected ?? ZERO,
        collectedNow: ZERO,
        credited: figures?.credited ?? ZERO,
      });
    }
  const inPeriod = (date: string) => date >= period.start && date < period.end;
  const collections = periodCollections(docs, period, arithmetic);
  for (const entry of ledger.values()) {
    const amount = collections.get(collectionKey(entry.invoiceId, entry.currency));
    if (amount === undefined) continue;
    entry.collected = add(entry.collected, amount);
    entry.collectedNow = amount;
  }
  for (const note of docs.creditNotes) {
    if (!inPeriod(note.date) || note.invoiceId === undefined) continue;
    const entry = ledger.get(note.invoiceId);
    if (entry !== undefined && note.currency === entry.currency)
      entry.credited = add(entry.credited, parseNum(note.amount, arithmetic));
  }
  return ledger;
}

/** Internal: what an invoice had collected and credited before the period. */
export interface OpeningFigures {
  collected: Num;
  credited: Num;
}

/**
 * Internal: what the input's payments and credit notes dated before the period add to each
 * invoice, in the invoice's currency (`currencyOf`, `undefined` for an invoice it does not know):
 * the opening figures of an invoice the carried state does not know.
 */
export function openingFigures(
  docs: Documents,
  period: Period,
  arithmetic: Arithmetic,
  currencyOf: (invoiceId: string) => string | undefined,
): Map<string, OpeningFigures> {
  const figures = new Map<string, OpeningFigures>();
  const of = (invoiceId: string) => {
    let entry = figures.get(invoiceId);
    if (entry === undefined) {
      entry = { collected: ZERO, credited: ZERO };
      figures.set(invoiceId, entry);
    }
    return entry;
  };
  for (const payment of docs.payments) {
    if (payment.date >= period.start) continue;
    for (const allocation of payment.allocations)
      if (allocation.amount.currency === currencyOf(allocation.invoiceId)) {
        const entry = of(allocation.invoiceId);
        entry.collected = add(entry.collected, parseNum(allocation.amount.amount, arithmetic));
      }
  }
  for (const note of docs.creditNotes)
    if (
      note.date < period.start &&
      note.invoiceId !== undefined &&
      note.currency === currencyOf(note.invoiceId)
    ) {
      const entry = of(note.invoiceId);
      entry.credited = add(entry.credited, parseNum(note.amount, arithmetic));
    }
  return figures;
}

/** Internal: the key of an invoice's collections in one currency (see {@link periodCollections}). */
export function collectionKey(invoiceId: string, currency: string): string {
  return `${invoiceId}\u0000${currency}`;
}

/**
 * Internal: what the payments dated in the period allocate, by invoice and allocation currency
 * ({@link collectionKey}); an invoice's ledger counts those in its own currency.
 */
export function periodCollections(
  docs: Documents,
  period: Period,
  arithmetic: Arithmetic,
): Map<string, Num> {
  const sums = new Map<string, Num>();
  for (const payment of docs.payments) {
    if (payment.date < period.start || payment.date >= period.end) continue;
    for (const allocation of payment.allocations) {
      const key = collectionKey(allocation.invoiceId, allocation.amount.currency);
      const amount = parseNum(allocation.amount.amount, arithmetic);
      sums.set(key, add(sums.get(key) ?? ZERO, amount));
    }
  }
  return sums;
}

/** Internal: the ledger as JSON for the next state, sorted by invoice id. */
export function ledgerJson(ledger: ReadonlyMap<string, LedgerEntry>): InvoiceLedger[] {
  return [...ledger.values()]
    .sort((a, b) => (a.invoiceId < b.invoiceId ? -1 : a.invoiceId > b.invoiceId ? 1 : 0))
    .map((e) => ({
      invoiceId: e.invoiceId,
      orderId: e.orderId,
      currency: e.currency,
      total: scaledText(e.total),
      dueDate: e.dueDate,
      collected: scaledText(cmp(e.collected, e.total) > 0 ? e.total : e.collected),
      credited: scaledText(e.credited),
    }));
}
