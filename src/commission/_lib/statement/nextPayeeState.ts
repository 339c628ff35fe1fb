import type { PayeeState } from '../../model/PayeeState';
import type { PayoutRecord } from '../../model/PayoutRecord';
import type { Statement } from '../../model/Statement';
import { payoutKey } from '../crediting/clawBack';
import { add, type Num, parseNum, sign, sub, ZERO } from '../exact/num';
import { numText } from '../exact/roundNum';
import { spread } from '../exact/spread';
import { yearFigures } from '../modifiers/modifierLines';
import { addShares, NO_SHARE, type PaidLine, type YearShare, yearLeft } from '../payee/PaidTrack';
import type { PayeeRun } from '../payee/PayeeRun';

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

/** The period modifier lines whose amounts belong to the source lines they modify. */
const ATTRIBUTED = new Set(['multiplier', 'gate', 'cap']);

/**
 * What a source line was actually paid includes its share of its component's period modifiers:
 * each component's multiplier, gate and cap lines are spread over the component's commission
 * lines in proportion to their amounts (exactly, by largest remainder: `spread`), so a clawback
 * later reverses what was paid for that source after caps, gates and accelerators — a refund of
 * a capped period's only invoice takes back the capped amount, not the commission before the
 * cap. A minimum's top-up, bonuses, draws and manual lines are paid for the period, not for a
 * source line, and are not spread; nor is the part of a plan-year multiplier's true-up that re-rates
 * earlier periods' earnings (`Draft.attributed`). Lines of a component with a plan-year
 * multiplier also get their `year` share: their gross (what they count in the component's sums)
 * and their part of the multiplier, which a later clawback takes out of the year's figures.
 */
function attributeModifiers(run: PayeeRun, paying: Array<readonly [string, PaidLine]>): void {
  // Per component, the plan-year multiplier apart (`y`) from the other modifiers (`p`).
  const modified = new Map<string, Num>();
  for (const d of run.drafts)
    if (ATTRIBUTED.has(d.kind) && d.component !== null) {
      const key = `${d.params?.code === YEAR_MULTIPLIER ? 'y' : 'p'}${d.component}`;
      modified.set(key, add(modified.get(key) ?? ZERO, attributedPart(d)));
    }
  const yearly = yearComponents(run);
  if (modified.size === 0 && yearly.size === 0) return;
  const gross = paying.map(([, line]) =>
    line.component !== null && yearly.has(line.component) ? (line.gross ?? line.paid) : line.paid,
  );
  const at = new Map<string, number[]>();
  paying.forEach(([key, line], i) => {
    if (line.component === null) return;
    const list = at.get(line.component);
    if (list === undefined) at.set(line.component, [i]);
    else list.push(i);
    if (yearly.has(line.component))
      paying[i] = [key, { ...line, year: { gross: gross[i] as Num, multiplier: ZERO } }];
  });
  for (const [key, total] of modified) {
    const lines = at.get(key.slice(1)) ?? [];
    const weights = lines.map((i) => gross[i] as Num);
    if (sign(total) === 0 || weights.every((w) => sign(w) === 0)) continue;
    const shares = spread(total, run.currency, weights, run.ctx.arithmetic);
    lines.forEach((i, k) => {
      const [id, line] = paying[i] as readonly [string, PaidLine];
      const share = shares[k] as Num;
      const year =
        key[0] === 'y' && line.year !== undefined
          ? { gross: line.year.gross, multiplier: add(line.year.multiplier, share) }
          : line.year;
      paying[i] = [id, { ...line, paid: add(line.paid, share), ...(year ? { year } : {}) }];
    });
  }
}

const YEAR_MULTIPLIER = 'commission.multiplier.ytd';

/** What a modifier line pays for the period's source lines: its rounding stays with that part. */
function attributedPart(d: PayeeRun['drafts'][number]): Num {
  const amount = d.amount ?? d.unrounded;
  return d.attributed === undefined ? amount : add(d.attributed, sub(amount, d.unrounded));
}

/** The ids of the run's components with a plan-year multiplier. */
function yearComponents(run: PayeeRun): Set<string> {
  const ids = new Set<string>();
  for (const component of run.version.components)
    if (
      component.periodModifiers.some(
        ({ modifier }) => modifier.kind === 'multiplier' && modifier.scope === 'plan-year',
      )
    )
      ids.add(component.def.id);
  return ids;
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
 * The payout records after the period: the carried ones, with what this period reversed and
 * clawed back, plus what its lines paid per source line, sorted by source. A carried record
 * nothing touched is kept as it is (most of them, once periods add up: they are not re-read).
 */
function updatedRecords(run: PayeeRun, carried: readonly PayoutRecord[]): PayoutRecord[] {
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
      gross: numText(y.gross),
      multiplier: numText(y.multiplier),
    }));
  return {
    ...rest,
    amount: numText(e.amount),
    paid: numText(e.paid),
    reversed: numText(e.reversed),
    clawedBack: numText(e.clawedBack),
    ...(year.length === 0 ? {} : { year }),
  };
}

/** Internal: a payee's carried state after a closed period. */
export function nextPayeeState(
  run: PayeeRun,
  statement: Statement,
  before: PayeeState | undefined,
): PayeeState {
  const { arithmetic } = run.ctx;
  const carried = run.carried;
  const components = new Map((carried?.ytd.components ?? []).map((c) => [c.id, { ...c }]));
  const ids = new Set([...components.keys(), ...run.sums.keys(), ...run.running.keys()]);
  const adjustments = new Map<string, Num>();
  for (const d of run.drafts)
    if (d.kind === 'adjustment' && d.component !== null)
      adjustments.set(
        d.component,
        add(adjustments.get(d.component) ?? ZERO, d.amount ?? d.unrounded),
      );
  const ytdComponents = [...ids].sort().map((id) => {
    const c = components.get(id);
    const num = (text: string | undefined) =>
      text === undefined ? ZERO : parseNum(text, arithmetic);
    const measured = run.running.get(id);
    const year = yearFigures(run, id, c);
    return {
      id,
      base: numText(measured ?? num(c?.base)),
      gross: numText(add(year.gross, run.earnedBeforeModifiers.get(id) ?? ZERO)),
      earned: numText(
        add(add(num(c?.earned), run.sums.get(id) ?? ZERO), adjustments.get(id) ?? ZERO),
      ),
      multiplier: numText(run.multipliers.get(id) ?? year.multiplier),
    };
  });
  const spiffs = new Map((before?.spiffs ?? []).map((s) => [s.id, s.earned]));
  for (const [id, value] of run.spiffTotals) spiffs.set(id, numText(value));
  const next = run.next;
  return {
    payeeId: run.payee.id,
    planYear: run.planYear,
    ytd: {
      credited: numText(
        add(carried === null ? ZERO : parseNum(carried.ytd.credited, arithmetic), run.credited),
      ),
      earned: statement.ytd.earned,
      paid: numText(
        add(
          carried === null ? ZERO : parseNum(carried.ytd.paid, arithmetic),
          parseNum(statement.totals.payable, arithmetic),
        ),
      ),
      components: ytdComponents,
    },
    spiffs: [...spiffs.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, earned]) => ({ id, earned })),
    drawBalance: next === null ? (before?.drawBalance ?? '0') : numText(next.drawBalance),
    scheduled: next?.scheduled ?? before?.scheduled ?? [],
    deferred: next?.deferred ?? before?.deferred ?? [],
    unpaid: next?.unpaid ?? before?.unpaid ?? [],
    payouts: updatedRecords(run, before?.payouts ?? []),
  };
}
