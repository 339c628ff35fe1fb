import {
  add,
  cmp,
  div,
  isZero,
  min,
  mul,
  neg,
  sign,
  sub,
  ZERO,
} from '../../../money/_lib/scaled/Fixed';
import { scaledFixedText, scaledText } from '../../../money/_lib/scaled/scaledText';
import { addDays } from '../../../period';
import type { PayeeState } from '../../model/PayeeState';
import type { LineSource } from '../../model/StatementLine';
import { clawBack, payoutView } from '../crediting/clawBack';
import { forfeitHeld, holdOf } from '../crediting/nonPaymentHold';
import { type Num, parseNum } from '../exact/num';
import { roundNum } from '../exact/roundNum';
import type { LedgerEntry } from '../input/buildLedger';
import type { PayeeRun } from '../payee/PayeeRun';
import { stateDraft } from '../payee/stateDraft';

/** Internal: claws back what was paid on orders the input shows cancelled (booked credit). */
export function cancellationLines(run: PayeeRun): void {
  if (!run.version.plan.clawback.cancellations) return;
  const records = run.ctx.payeeStates.get(run.payee.id)?.payouts ?? [];
  if (records.length === 0) return;
  for (const order of run.docs.orders) {
    if (order.status !== 'cancelled') continue;
    const linked = records.filter(
      (r) => (r.source.kind === 'order' && r.source.id === order.id) || r.orderId === order.id,
    );
    if (linked.length === 0) continue;
    const source: LineSource = { kind: 'order', id: order.id, lineId: null, date: run.ctx.lastDay };
    let left: Num = ZERO;
    const byInvoice = new Map<string, Num>();
    for (const record of linked) {
      const part = sub(
        parseNum(record.amount, run.ctx.arithmetic),
        payoutView(run, record).reversed,
      );
      left = add(left, part);
      if (record.invoiceId !== null)
        byInvoice.set(record.invoiceId, add(byInvoice.get(record.invoiceId) ?? ZERO, part));
    }
    const params = {
      document: 'order',
      id: order.id,
      line: '—',
      date: run.ctx.lastDay,
      share: '100',
    };
    // What is still held back for non-payment on its invoices is forfeited, not clawed back again:
    // noted on that invoice's records; the rest of every record is clawed back.
    let held: Num = ZERO;
    for (const [invoiceId, part] of byInvoice) {
      const taken = forfeitHeld(run, invoiceId, linked[0]?.currency ?? order.currency, part);
      if (sign(taken) <= 0) continue;
      held = add(held, taken);
      const own = linked.filter((r) => r.invoiceId === invoiceId);
      clawBack(run, own, taken, source, params, 'cancellation', true);
    }
    if (cmp(held, left) < 0) clawBack(run, linked, sub(left, held), source, params, 'cancellation');
  }
}

/**
 * Internal: claws back commission on invoices still unpaid `nonPaymentAfterDays` after their due
 * date (in proportion to the unpaid part) and pays it back as they are collected later. Returns
 * the payee's open non-payment entries after this period.
 */
export function nonPaymentLines(
  run: PayeeRun,
  ledger: ReadonlyMap<string, LedgerEntry>,
): PayeeState['unpaid'] {
  const state = run.ctx.payeeStates.get(run.payee.id);
  const carried = state?.unpaid ?? [];
  const open: PayeeState['unpaid'] = [];
  for (const entry of carried) {
    const still = repaidLine(run, ledger, entry);
    if (still !== null) open.push(still);
  }
  const days = run.version.plan.clawback.nonPaymentAfterDays;
  if (days === undefined) return open;
  const seen = new Set(open.map((e) => e.invoiceId).concat(carried.map((e) => e.invoiceId)));
  const owedBy = owedByInvoice(run, state?.payouts ?? [], seen);
  const byId = [...owedBy].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [invoiceId, owed] of byId) {
    const invoice = ledger.get(invoiceId);
    if (invoice === undefined || addDays(invoice.dueDate, days) > run.ctx.lastDay) continue;
    const entry = nonPaymentLine(run, invoice, owed, days);
    if (entry !== null) open.push(entry);
  }
  return open;
}

/** A carried non-payment entry of the payee. */
type UnpaidEntry = PayeeState['unpaid'][number];

/**
 * Pays back the share of a clawed-back invoice's commission that this period's collections
 * recovered; returns the entry while it is still open (payments and credit notes not yet
 * covering what was outstanding; the commission on what credit notes forfeited stays clawed
 * back), else `null`.
 */
function repaidLine(
  run: PayeeRun,
  ledger: ReadonlyMap<string, LedgerEntry>,
  entry: UnpaidEntry,
): UnpaidEntry | null {
  const invoice = ledger.get(entry.invoiceId);
  const now = invoice === undefined ? ZERO : invoice.collectedNow;
  const { outstanding, recoveredBefore, recovered, forfeited } = holdOf(run, entry, now);
  const clawed = parseNum(entry.clawedBack, run.ctx.arithmetic);
  const share = (r: Num) =>
    cmp(r, outstanding) >= 0
      ? clawed
      : roundNum(mul(clawed, div(r, outstanding)), run.scale, run.rounding.mode);
  const value = sub(share(recovered), share(recoveredBefore));
  const settled = run.settles.get(entry.invoiceId);
  const credited = settled === undefined || isZero(settled) ? null : scaledText(settled);
  if (sign(value) !== 0)
    run.drafts.push(
      stateDraft(run, {
        id: `clawback/repaid/${entry.invoiceId}`,
        kind: 'clawback',
        value,
        source: { kind: 'invoice', id: entry.invoiceId, lineId: null, date: run.ctx.lastDay },
        params: {
          code:
            credited === null
              ? 'commission.clawback.repaid'
              : 'commission.clawback.repaid-credited',
          invoice: entry.invoiceId,
          collected: scaledText(now),
          ...(credited === null ? {} : { credited }),
          amount: scaledFixedText(value, run.scale),
        },
      }),
    );
  if (cmp(add(recovered, forfeited), outstanding) >= 0) return null;
  return {
    ...entry,
    recovered: scaledText(recovered),
    ...(isZero(forfeited) ? {} : { forfeited: scaledText(forfeited) }),
  };
}

/** What the payee's records hold of one invoice (see {@link owedByInvoice}). */
interface Owed {
  readonly owed: Num;
  readonly amount: Num;
  readonly left: Num;
}

/**
 * Per invoice not `seen`: the commission still paid on its records, their line amounts and what
 * of those credit notes have not reversed (the part that commission is for). Commission paid on
 * payments (the collected base) is on cash received: non-payment never claws it back.
 */
function owedByInvoice(
  run: PayeeRun,
  records: PayeeState['payouts'],
  seen: ReadonlySet<string>,
): Map<string, Owed> {
  const { arithmetic } = run.ctx;
  const owedBy = new Map<string, Owed>();
  for (const record of records) {
    if (record.invoiceId === null || record.source.kind === 'payment' || seen.has(record.invoiceId))
      continue;
    const view = payoutView(run, record);
    const amount = parseNum(record.amount, arithmetic);
    const sums = owedBy.get(record.invoiceId) ?? { owed: ZERO, amount: ZERO, left: ZERO };
    owedBy.set(record.invoiceId, {
      owed: add(sums.owed, sub(parseNum(record.paid, arithmetic), view.clawedBack)),
      amount: add(sums.amount, amount),
      left: add(sums.left, sub(amount, view.reversed)),
    });
  }
  return owedBy;
}

/**
 * Claws back the unpaid share of an overdue invoice's commission; returns its new open entry, or
 * `null` when nothing is unpaid or owed.
 */
function nonPaymentLine(
  run: PayeeRun,
  invoice: LedgerEntry,
  { owed, amount, left }: Owed,
  days: number,
): UnpaidEntry | null {
  const unpaid = sub(sub(invoice.total, invoice.collected), invoice.credited);
  if (sign(unpaid) <= 0 || sign(invoice.total) <= 0) return null;
  if (sign(owed) <= 0 || sign(left) <= 0 || sign(amount) <= 0) return null;
  // The unpaid share of the part of the invoice the commission is still paid for: credit notes
  // already clawed back (reversed on the records) are out of it, others are not.
  const share =
    cmp(left, amount) === 0
      ? div(unpaid, invoice.total)
      : min(parseNum('1', run.ctx.arithmetic), div(mul(unpaid, amount), mul(invoice.total, left)));
  const value = neg(roundNum(mul(owed, share), run.scale, run.rounding.mode));
  if (sign(value) === 0) return null;
  run.drafts.push(
    stateDraft(run, {
      id: `clawback/non-payment/${invoice.invoiceId}`,
      kind: 'clawback',
      value,
      source: { kind: 'invoice', id: invoice.invoiceId, lineId: null, date: run.ctx.lastDay },
      reason: 'non-payment',
      params: {
        code: 'commission.clawback.non-payment',
        invoice: invoice.invoiceId,
        dueDate: invoice.dueDate,
        days,
        unpaid: scaledText(unpaid),
        total: scaledText(invoice.total),
        documentCurrency: invoice.currency,
        paid: scaledFixedText(owed, run.scale),
        amount: scaledFixedText(value, run.scale),
      },
    }),
  );
  return {
    invoiceId: invoice.invoiceId,
    clawedBack: scaledText(neg(value)),
    outstanding: scaledText(unpaid),
    recovered: '0',
  };
}
