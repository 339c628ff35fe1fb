import { addDays } from '../../../period';
import type { PayeeState } from '../../PayeeState';
import type { LineSource } from '../../StatementLine';
import { clawBack, payoutView } from '../crediting/clawbacks';
import { forfeitHeld, holdOf } from '../crediting/nonPaymentHold';
import {
  add,
  cmp,
  div,
  isZero,
  min,
  mul,
  type Num,
  neg,
  parseNum,
  sign,
  sub,
  ZERO,
} from '../exact/num';
import { numFixedText, numText, roundNum } from '../exact/roundNum';
import type { LedgerEntry } from '../input/ledger';
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
  const { arithmetic } = run.ctx;
  const state = run.ctx.payeeStates.get(run.payee.id);
  const open: PayeeState['unpaid'] = [];
  for (const entry of state?.unpaid ?? []) {
    const invoice = ledger.get(entry.invoiceId);
    const now = invoice === undefined ? ZERO : invoice.collectedNow;
    const { outstanding, recoveredBefore, recovered, forfeited } = holdOf(run, entry, now);
    const clawed = parseNum(entry.clawedBack, arithmetic);
    const share = (r: Num) =>
      cmp(r, outstanding) >= 0
        ? clawed
        : roundNum(mul(clawed, div(r, outstanding)), run.scale, run.rounding.mode);
    const value = sub(share(recovered), share(recoveredBefore));
    const settled = run.settles.get(entry.invoiceId);
    const credited = settled === undefined || isZero(settled) ? null : numText(settled);
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
            collected: numText(now),
            ...(credited === null ? {} : { credited }),
            amount: numFixedText(value, run.scale),
          },
        }),
      );
    // Open until payments and credit notes cover what was outstanding; the commission on what
    // credit notes forfeited stays clawed back.
    if (cmp(add(recovered, forfeited), outstanding) < 0)
      open.push({
        ...entry,
        recovered: numText(recovered),
        ...(isZero(forfeited) ? {} : { forfeited: numText(forfeited) }),
      });
  }
  const days = run.version.plan.clawback.nonPaymentAfterDays;
  if (days === undefined) return open;
  const records = state?.payouts ?? [];
  const seen = new Set(
    open.map((e) => e.invoiceId).concat((state?.unpaid ?? []).map((e) => e.invoiceId)),
  );
  // Per invoice: the commission still paid on its records, their line amounts and what of those
  // credit notes have not reversed (the part that commission is for). Commission paid on
  // payments (the collected base) is on cash received: non-payment never claws it back.
  const owedBy = new Map<string, { owed: Num; amount: Num; left: Num }>();
  const one = parseNum('1', arithmetic);
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
  const byId = [...owedBy].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [invoiceId, { owed, amount, left }] of byId) {
    const invoice = ledger.get(invoiceId);
    if (invoice === undefined || addDays(invoice.dueDate, days) > run.ctx.lastDay) continue;
    const unpaid = sub(sub(invoice.total, invoice.collected), invoice.credited);
    if (sign(unpaid) <= 0 || sign(invoice.total) <= 0) continue;
    if (sign(owed) <= 0 || sign(left) <= 0 || sign(amount) <= 0) continue;
    // The unpaid share of the part of the invoice the commission is still paid for: credit notes
    // already clawed back (reversed on the records) are out of it, others are not.
    const share =
      cmp(left, amount) === 0
        ? div(unpaid, invoice.total)
        : min(one, div(mul(unpaid, amount), mul(invoice.total, left)));
    const value = neg(roundNum(mul(owed, share), run.scale, run.rounding.mode));
    if (sign(value) === 0) continue;
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
          unpaid: numText(unpaid),
          total: numText(invoice.total),
          documentCurrency: invoice.currency,
          paid: numFixedText(owed, run.scale),
          amount: numFixedText(value, run.scale),
        },
      }),
    );
    open.push({
      invoiceId: invoice.invoiceId,
      clawedBack: numText(neg(value)),
      outstanding: numText(unpaid),
      recovered: '0',
    });
  }
  return open;
}
