import { CrmRulesError } from '../../../errors';
import { add, cmp, div, isZero, mul, neg, sign, sub, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledFixedText, scaledText } from '../../../money/_lib/scaled/scaledText';
import type { PayoutRecord } from '../../model/PayoutRecord';
import type { LineSource } from '../../model/StatementLine';
import type { Reversal } from '../events/CreditEvent';
import { documentPath } from '../events/CreditEvent';
import { type Num, parseNum } from '../exact/num';
import { roundNum } from '../exact/roundNum';
import { type Draft, plainDraft } from '../payee/Draft';
import { addShares, NO_SHARE, type YearShare, yearLeft } from '../payee/PaidTrack';
import type { PayeeRun } from '../payee/PayeeRun';
import type { Credit } from './creditEvents';
import { forfeitHeld, settleHeld } from './nonPaymentHold';

/** Internal: the key of a payout record (one source line, one payee). */
export function payoutKey(source: { kind: string; id: string; lineId: string | null }): string {
  return `${source.kind}\u0000${source.id}\u0000${source.lineId ?? ''}`;
}

/** Internal: a payout record with what this period has already taken off it. */
export interface PayoutView {
  readonly record: PayoutRecord;
  readonly reversed: Num;
  readonly clawedBack: Num;
}

/** Internal: the payout records of the payee that a reversal points to, most specific link first. */
export function matchPayouts(run: PayeeRun, rev: Reversal): PayoutRecord[] {
  const records = run.ctx.payeeStates.get(run.payee.id)?.payouts ?? [];
  if (records.length === 0) return [];
  const tests: Array<(r: PayoutRecord) => boolean> = [];
  if (rev.invoiceId !== null && rev.invoiceLineId !== null)
    tests.push(
      (r) =>
        r.source.kind === 'invoice' &&
        r.source.id === rev.invoiceId &&
        r.source.lineId === rev.invoiceLineId,
    );
  if (rev.invoiceId !== null && rev.orderLineId !== null)
    tests.push((r) => r.invoiceId === rev.invoiceId && r.orderLineId === rev.orderLineId);
  if (rev.orderId !== null && rev.orderLineId !== null)
    tests.push((r) => r.orderId === rev.orderId && r.orderLineId === rev.orderLineId);
  if (rev.invoiceId !== null) tests.push((r) => r.invoiceId === rev.invoiceId);
  if (rev.orderId !== null) tests.push((r) => r.orderId === rev.orderId && r.invoiceId === null);
  for (const test of tests) {
    const found = records.filter(test);
    if (found.length > 0) return found;
  }
  return [];
}

/** Internal: a record as this run sees it — the state's figures plus this period's reversals. */
export function payoutView(run: PayeeRun, record: PayoutRecord): PayoutView {
  const key = payoutKey(record.source);
  const update = run.payoutUpdates.get(key);
  const { arithmetic } = run.ctx;
  return {
    record,
    reversed: add(parseNum(record.reversed, arithmetic), update?.reversed ?? ZERO),
    clawedBack: add(parseNum(record.clawedBack, arithmetic), update?.clawedBack ?? ZERO),
  };
}

/**
 * Internal: claws back from each record its share of `reversed` (document currency, spread over
 * the records in proportion to what is left of them): `paid × share ÷ what is left`, rounded, and
 * exactly what is left of `paid` once the whole line is reversed — so reversing everything returns
 * the payout to zero. `held`: the commission is clawed back already (held back for non-payment):
 * the records are updated, no line is written.
 */
export function clawBack(
  run: PayeeRun,
  records: readonly PayoutRecord[],
  reversed: Num,
  source: LineSource,
  params: Record<string, string | number | null>,
  reason: string,
  held = false,
): void {
  const { arithmetic } = run.ctx;
  const views = records.map((record) => payoutView(run, record));
  const left = views.map((v) => sub(parseNum(v.record.amount, arithmetic), v.reversed));
  let total: Num = ZERO;
  for (const l of left) total = add(total, l);
  if (sign(total) <= 0) return;
  views.forEach((view, i) => {
    const remaining = left[i] as Num;
    if (sign(remaining) <= 0) return;
    const share = cmp(reversed, total) >= 0 ? remaining : mul(reversed, div(remaining, total));
    const taken = takeFromRecord(run, view, remaining, share);
    if (held || isZero(taken.value)) return;
    run.drafts.push(clawbackDraft(run, view.record, taken, source, params, reason));
  });
}

/** What a clawback takes off one record: the (negative) commission and the amount reversed. */
interface Taken {
  readonly value: Num;
  readonly reversed: Num;
}

/**
 * Takes `share` of what is left of a record (`remaining`) off it in the run's payout updates: the
 * paid commission in proportion, rounded, or all that is owed once the whole line is reversed.
 */
function takeFromRecord(run: PayeeRun, view: PayoutView, remaining: Num, share: Num): Taken {
  const owed = sub(parseNum(view.record.paid, run.ctx.arithmetic), view.clawedBack);
  const whole = cmp(share, remaining) >= 0;
  const value = whole
    ? neg(owed)
    : neg(roundNum(mul(owed, div(share, remaining)), run.scale, run.rounding.mode));
  const key = payoutKey(view.record.source);
  const update = run.payoutUpdates.get(key) ?? { reversed: ZERO, clawedBack: ZERO };
  const year = takeYear(run, view.record, whole ? null : div(share, remaining), update.year);
  run.payoutUpdates.set(key, {
    reversed: add(update.reversed, whole ? remaining : share),
    clawedBack: add(update.clawedBack, neg(value)),
    ...(year === undefined ? {} : { year }),
  });
  return { value, reversed: whole ? remaining : share };
}

/** The clawback line of a record (noted in its payment basis's sum when the run tracks one). */
function clawbackDraft(
  run: PayeeRun,
  record: PayoutRecord,
  taken: Taken,
  source: LineSource,
  params: Record<string, string | number | null>,
  reason: string,
): Draft {
  const value = taken.value;
  const original = record.source;
  const basis =
    record.invoiceId !== null
      ? `invoice:${record.invoiceId}`
      : record.orderId !== null
        ? `order:${record.orderId}`
        : undefined;
  if (basis !== undefined && run.tracksBasis)
    run.basisSums.set(basis, add(run.basisSums.get(basis) ?? ZERO, value));
  return {
    ...plainDraft({
      id: `clawback/${source.kind}/${source.id}/${source.lineId ?? '-'}/${original.kind}/${original.id}/${original.lineId}`,
      kind: 'clawback',
      component: null,
      source,
      unrounded: value,
      amount: value,
      reason,
      params: {
        code: `commission.clawback.${reason}`,
        ...params,
        original: `${original.kind} ${original.id} line ${original.lineId}`,
        reversed: scaledText(taken.reversed),
        lineAmount: record.amount,
        documentCurrency: record.currency,
        paid: record.paid,
        amount: scaledFixedText(value, run.scale),
        currency: run.currency,
      },
    }),
    ...(basis === undefined ? {} : { basis }),
  };
}

/**
 * The plan-year figures a clawback takes out of a record's `year` entries: `ratio` of what is
 * left of each (all of it for `null`, the whole line reversed), added to what the period took
 * before (`took`); the entries of the run's plan year are noted in `run.yearTakenBack`, so the
 * year's gross and multiplier no longer count the line.
 */
function takeYear(
  run: PayeeRun,
  record: PayoutRecord,
  ratio: Num | null,
  took: ReadonlyMap<string, YearShare> | undefined,
): ReadonlyMap<string, YearShare> | undefined {
  if (record.year === undefined || record.year.length === 0) return took;
  const next = new Map(took);
  const part = (left: Num) =>
    ratio === null ? left : roundNum(mul(left, ratio), run.scale, run.rounding.mode);
  for (const entry of record.year) {
    const before = took?.get(entry.component) ?? NO_SHARE;
    const left = yearLeft(entry, before, run.ctx.arithmetic);
    const taken = { gross: part(left.gross), multiplier: part(left.multiplier) };
    next.set(entry.component, addShares(before, taken));
    if (entry.planYear === run.planYear)
      run.yearTakenBack.set(
        entry.component,
        addShares(run.yearTakenBack.get(entry.component) ?? NO_SHARE, taken),
      );
  }
  return next;
}

/**
 * Internal: what to do with a reversal (credit note) credit: `ignore` it when the plan's clawback
 * policy does not cover its reason; `clawed` when it pointed to commission paid in an earlier
 * period (clawed back here); `rate` it as a negative sale otherwise (its original is in this
 * period, or unknown).
 */
export function clawBackReversal(
  run: PayeeRun,
  credit: Credit,
  source: LineSource,
): 'ignore' | 'clawed' | 'rate' {
  const rev = credit.event.reverses;
  if (rev === null) return 'rate';
  const policy = credit.version.plan.clawback;
  if (!(rev.reason === 'cancellation' ? policy.cancellations : policy.returns)) {
    // The plan keeps the commission: a part held back for non-payment is settled, paid back.
    if (rev.invoiceId !== null)
      settleHeld(run, rev.invoiceId, credit.event.currency, neg(credit.event.amount));
    return 'ignore';
  }
  const records = matchPayouts(run, rev);
  if (records.length === 0) return 'rate';
  const currency = records[0]?.currency;
  if (currency !== credit.event.currency)
    throw new CrmRulesError(
      'CURRENCY_MISMATCH',
      `the credit note is in ${credit.event.currency}, the original in ${currency}`,
      {
        path: documentPath(credit.event, 'currency'),
        value: credit.event.currency,
      },
    );
  // A credit note on an invoice held back for non-payment takes off its unpaid part first: that
  // commission is clawed back already, so only the rest is clawed back from the records.
  const whole = neg(credit.event.amount);
  const held =
    rev.invoiceId === null ? ZERO : forfeitHeld(run, rev.invoiceId, credit.event.currency, whole);
  const params = {
    document: source.kind,
    id: source.id,
    line: source.lineId ?? '—',
    date: source.date,
    share: credit.share,
  };
  if (sign(held) > 0) clawBack(run, records, held, source, params, rev.reason, true);
  if (cmp(held, whole) < 0) clawBack(run, records, sub(whole, held), source, params, rev.reason);
  return 'clawed';
}
