import { add, cmp, div, mul, sign, sub, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledFixedText, scaledText } from '../../../money/_lib/scaled/scaledText';
import type { PayeeState } from '../../model/PayeeState';
import { type Num, parseNum } from '../exact/num';
import { roundNum } from '../exact/roundNum';
import type { LedgerEntry } from '../input/buildLedger';
import { orderLineNum } from '../input/orderLineNum';
import type { PayeeRun } from '../payee/PayeeRun';
import { stateDraft } from '../payee/stateDraft';

const BY_ORDER = new WeakMap<ReadonlyMap<string, LedgerEntry>, Map<string, LedgerEntry[]>>();

/** Internal: the ledger's invoices by the order they bill, built once per ledger. */
function byOrder(ledger: ReadonlyMap<string, LedgerEntry>): Map<string, LedgerEntry[]> {
  let index = BY_ORDER.get(ledger);
  if (index === undefined) {
    index = new Map();
    for (const entry of ledger.values())
      if (entry.orderId !== null)
        index.set(entry.orderId, [...(index.get(entry.orderId) ?? []), entry]);
    BY_ORDER.set(ledger, index);
  }
  return index;
}

function fraction(part: Num, whole: Num): Num {
  if (sign(whole) <= 0) return parseNum('1', 'decimal');
  if (sign(part) <= 0) return ZERO;
  return cmp(part, whole) >= 0 ? parseNum('1', 'decimal') : div(part, whole);
}

type Timing = PayeeRun['version']['plan']['payout']['timing'];
type Deferred = PayeeState['deferred'][number];

/**
 * What a basis (`invoice` or `order`, by id) is worth and how far it has progressed (collected,
 * or invoiced under `on-invoice`), from the ledger and the orders, else from its carried entry.
 */
function basisProgress(
  run: PayeeRun,
  ledger: ReadonlyMap<string, LedgerEntry>,
  timing: Timing,
  basis: string,
  id: string,
  entry: Deferred | undefined,
): { total: Num | null; currency: string | null; progress: Num } {
  const { arithmetic } = run.ctx;
  let total: Num | null = entry === undefined ? null : parseNum(entry.total, arithmetic);
  let currency = entry?.currency ?? null;
  let progress: Num = ZERO;
  if (basis === 'invoice') {
    const invoice = ledger.get(id);
    if (invoice !== undefined) {
      total = sub(invoice.total, invoice.credited);
      currency = invoice.currency;
      progress = timing === 'on-invoice' ? total : invoice.collected;
    }
  } else {
    const order = run.index.orders.get(id)?.order;
    if (order !== undefined && total === null) {
      total = order.lines.reduce<Num>(
        (sum, line) => add(sum, orderLineNum(line, arithmetic).amount),
        ZERO,
      );
      currency = order.currency;
    }
    for (const invoice of byOrder(ledger).get(id) ?? [])
      progress = add(progress, timing === 'on-invoice' ? invoice.total : invoice.collected);
  }
  return { total, currency, progress };
}

/** Adds the `deferral` (negative `value`) or `release` line of a basis. */
function pushDeferral(
  run: PayeeRun,
  timing: Timing,
  basis: string,
  id: string,
  value: Num,
  figures: { earned: Num; progress: Num; total: Num; payable: Num; released: Num },
): void {
  const kind = sign(value) < 0 ? 'deferral' : 'release';
  run.drafts.push(
    stateDraft(run, {
      id: `${kind}/${basis}/${id}`,
      kind,
      value,
      source: {
        kind: basis === 'invoice' ? 'invoice' : 'order',
        id,
        lineId: null,
        date: run.ctx.lastDay,
      },
      params: {
        code: `commission.${kind}.${timing === 'earned' ? 'on-collection' : timing}.${basis}`,
        id,
        earned: scaledFixedText(figures.earned, run.scale),
        progress: div(figures.progress, figures.total).times(100).toDecimalPlaces(4).toFixed(),
        payable: scaledFixedText(figures.payable, run.scale),
        released: scaledFixedText(figures.released, run.scale),
        amount: scaledFixedText(value, run.scale),
      },
    }),
  );
}

/**
 * Internal: under `on-collection` (or `on-invoice`) timing, earned commission becomes payable in
 * proportion to what is collected on (or invoiced for) its invoice or order. Each basis keeps
 * what it earned and what was released; this period's line is `payable to date − released before
 * − earned now`: a `deferral` when negative, a `release` when positive. Returns the open entries.
 */
export function deferralLines(
  run: PayeeRun,
  ledger: ReadonlyMap<string, LedgerEntry>,
): PayeeState['deferred'] {
  const timing = run.version.plan.payout.timing;
  const carried = run.ctx.payeeStates.get(run.payee.id)?.deferred ?? [];
  if (timing === 'earned' && carried.length === 0) return [];
  const { arithmetic } = run.ctx;
  const now = timing === 'earned' ? new Map<string, Num>() : run.basisSums;
  const entries = new Map(carried.map((e) => [`${e.basis}:${e.id}`, e]));
  const keys = [...new Set([...entries.keys(), ...now.keys()])].sort();
  const open: PayeeState['deferred'] = [];
  for (const key of keys) {
    const [basis, ...rest] = key.split(':') as [string, ...string[]];
    const id = rest.join(':');
    const entry = entries.get(key);
    const earnedNow = now.get(key) ?? ZERO;
    const earned = add(entry === undefined ? ZERO : parseNum(entry.earned, arithmetic), earnedNow);
    const released = entry === undefined ? ZERO : parseNum(entry.released, arithmetic);
    const found = basisProgress(run, ledger, timing, basis, id, entry);
    const { currency, progress } = found;
    const total =
      found.total === null || currency === null ? parseNum('1', arithmetic) : found.total;
    const share = fraction(progress, total);
    const payable = roundNum(mul(earned, share), run.scale, run.rounding.mode);
    const value = sub(sub(payable, released), earnedNow);
    if (sign(value) !== 0)
      pushDeferral(run, timing, basis, id, value, { earned, progress, total, payable, released });
    if (cmp(payable, earned) !== 0)
      open.push({
        basis: basis as 'invoice' | 'order',
        id,
        currency: currency ?? run.currency,
        total: scaledText(total),
        earned: scaledText(earned),
        released: scaledText(payable),
      });
  }
  return open;
}
