import { add, sign, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import type { PayoutRecord } from '../../model/PayoutRecord';
import { payoutKey } from '../crediting/clawBack';
import { type Num, parseNum } from '../exact/num';
import { addShares, NO_SHARE, type PaidLine, type YearShare, yearLeft } from '../payee/PaidTrack';
import type { PayeeRun } from '../payee/PayeeRun';
import { attributeModifiers } from './attributeModifiers';

const PAID_KINDS = new Set(['commission', 'override', 'spiff', 'adjustment']);

interface Entry {
  record: PayoutRecord;
  amount: Num;
  paid: Num;
  reversed: Num;
  clawedBack: Num;
  /** Per component: the plan-year figures the record keeps (see `PayoutRecord.year`). */
  year: Map<string, { planYear: string; gross: Num; multiplier: Num }>;
}

/** Whether draft `d` pays a document line (and so adds to its payout record). */
function paysLine(d: PayeeRun['drafts'][number]): boolean {
  const kind = d.source.kind;
  return PAID_KINDS.has(d.kind) && (kind === 'order' || kind === 'invoice' || kind === 'payment');
}

/** What draft `d` (one that {@link paysLine}) pays, as the run's paid lines say it. */
function paidLine(run: PayeeRun, d: PayeeRun['drafts'][number]): PaidLine {
  return {
    source: { kind: d.source.kind, id: d.source.id, lineId: d.source.lineId ?? '' },
    orderId: d.links?.orderId ?? null,
    orderLineId: d.links?.orderLineId ?? null,
    invoiceId: d.links?.invoiceId ?? null,
    currency: d.original?.currency ?? run.currency,
    lineAmount: d.links?.lineAmount ?? null,
    component: d.kind === 'commission' ? d.component : null,
    paid: d.amount ?? d.unrounded,
    // What the line counts in its component's sums: unrounded under statement rounding.
    ...(run.rounding.at === 'statement' ? { gross: d.unrounded } : {}),
  };
}

/** A carried record's plan-year figures, less what this period's clawbacks took (`taken`). */
function keptYear(
  run: PayeeRun,
  record: PayoutRecord,
  taken: ReadonlyMap<string, YearShare> | undefined,
): Entry['year'] {
  const year: Entry['year'] = new Map();
  for (const entry of record.year ?? [])
    year.set(entry.component, {
      planYear: entry.planYear,
      ...yearLeft(entry, taken?.get(entry.component), run.ctx.arithmetic),
    });
  return year;
}

/**
 * Internal: the payout records after the period: the carried ones, with what this period reversed and
 * clawed back, plus what its lines paid per source line, sorted by source. A carried record
 * nothing touched is kept as it is (most of them, once periods add up: they are not re-read).
 */
export function updatedRecords(run: PayeeRun, carried: readonly PayoutRecord[]): PayoutRecord[] {
  const paying = payingLines(run);
  const touched = new Set<string>(run.payoutUpdates.keys());
  for (const [key] of paying) touched.add(key);
  const kept: Array<[string, PayoutRecord]> = [];
  const records = new Map<string, Entry>();
  for (const record of carried) {
    const key = payoutKey(record.source);
    if (touched.has(key)) records.set(key, carriedEntry(run, record, key));
    else kept.push([key, record]);
  }
  addPaying(run, records, paying);
  const updated = [...records.entries()].map(([key, e]): [string, PayoutRecord] => [
    key,
    entryRecord(e),
  ]);
  return [...kept, ...updated]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, record]) => record);
}

/**
 * What pays a document line — drafts, and the lines a lazy close did not build — with their
 * record's key (worked out once), modifiers attributed.
 */
function payingLines(run: PayeeRun): Array<readonly [string, PaidLine]> {
  const paying: Array<readonly [string, PaidLine]> = [];
  for (const d of run.drafts) if (paysLine(d)) paying.push([payoutKey(d.source), paidLine(run, d)]);
  for (const line of run.paidLines ?? []) paying.push([payoutKey(line.source), line]);
  attributeModifiers(run, paying);
  return paying;
}

/** A carried record this period touches, read, with what it reversed and clawed back. */
function carriedEntry(run: PayeeRun, record: PayoutRecord, key: string): Entry {
  const { arithmetic } = run.ctx;
  const update = run.payoutUpdates.get(key);
  return {
    record,
    amount: parseNum(record.amount, arithmetic),
    paid: parseNum(record.paid, arithmetic),
    reversed: add(parseNum(record.reversed, arithmetic), update?.reversed ?? ZERO),
    clawedBack: add(parseNum(record.clawedBack, arithmetic), update?.clawedBack ?? ZERO),
    year: keptYear(run, record, update?.year),
  };
}

/** Adds what each paying line paid to its record (a new one for a line paid the first time). */
function addPaying(
  run: PayeeRun,
  records: Map<string, Entry>,
  paying: ReadonlyArray<readonly [string, PaidLine]>,
): void {
  const credited = new Set<string>();
  for (const [key, d] of paying) {
    let entry = records.get(key);
    if (entry === undefined) {
      entry = newEntry(d);
      records.set(key, entry);
    }
    entry.paid = add(entry.paid, d.paid);
    if (d.year !== undefined && d.component !== null) {
      const was = entry.year.get(d.component) ?? NO_SHARE;
      entry.year.set(d.component, { planYear: run.planYear, ...addShares(was, d.year) });
    }
    const lineAmount = d.lineAmount;
    if (lineAmount !== null && !credited.has(key)) {
      credited.add(key);
      if (sign(entry.amount) === 0) entry.amount = parseNum(lineAmount, run.ctx.arithmetic);
    }
  }
}

/** The empty record of a source line paid the first time. */
function newEntry(d: PaidLine): Entry {
  return {
    record: {
      source: {
        kind: d.source.kind as PayoutRecord['source']['kind'],
        id: d.source.id,
        lineId: d.source.lineId,
      },
      orderId: d.orderId,
      orderLineId: d.orderLineId,
      invoiceId: d.invoiceId,
      currency: d.currency,
      amount: '0',
      paid: '0',
      reversed: '0',
      clawedBack: '0',
    },
    amount: ZERO,
    paid: ZERO,
    reversed: ZERO,
    clawedBack: ZERO,
    year: new Map(),
  };
}

/** An updated record as the state holds it: figures as text, plan-year shares by component. */
function entryRecord(e: Entry): PayoutRecord {
  const { year: _, ...rest } = e.record;
  const year = [...e.year]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([component, y]) => ({
      component,
      planYear: y.planYear,
      gross: scaledText(y.gross),
      multiplier: scaledText(y.multiplier),
    }));
  return {
    ...rest,
    amount: scaledText(e.amount),
    paid: scaledText(e.paid),
    reversed: scaledText(e.reversed),
    clawedBack: scaledText(e.clawedBack),
    ...(year.length === 0 ? {} : { year }),
  };
}
