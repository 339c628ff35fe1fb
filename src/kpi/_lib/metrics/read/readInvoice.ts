import type { ErrorPath } from '../../../../errors';
import { Fixed, mul, type Scaled, toDec, ZERO } from '../../../../money/_lib/scaled/Fixed';
import { MAX_EXACT_SCALE, register, rParse } from '../../../../money/_lib/scaled/Register';
import {
  amountField,
  arrayField,
  dateField,
  factObject,
  optionalText,
  textField,
} from '../exact/readField';
import type { MeasureRun } from '../tally/MeasureRun';
import { MONEY } from '../tally/TallyColumns';

/**
 * Internal: reads one invoice. Kept when it is due in the period (`collection_rate`) or issued
 * on or before `asOf` (`dso` receivables); its total issued in the period adds to `invoiced`
 * (the sales of DSO). Converted to the base currency at its issue date (by the FX policy).
 */
export function readInvoice(run: MeasureRun, raw: unknown, index: number): void {
  const path = INVOICE_PATH;
  path[2] = index;
  const invoice = factObject(raw, path);
  const id = textField(invoice, 'id', path);
  const owner = textField(invoice, 'ownerId', path);
  const issueDate = dateField(invoice, 'issueDate', path);
  const dueDate = dateField(invoice, 'dueDate', path);
  const currency = textField(invoice, 'currency', path);
  const total = amountField(invoice, 'total', path);
  const due = run.inPeriod(dueDate);
  const openAtAsOf = issueDate <= run.asOf;
  const issuedInPeriod = run.inPeriod(issueDate);
  if (!due && !openAtAsOf && !issuedInPeriod) return;
  const rate = run.fx.rate(currency, run.options.baseCurrency, issueDate, run.current, path);
  const m = issuedInPeriod ? run.manager(owner) : -1;
  if (issuedInPeriod) run.tallies.addMoney(m, MONEY.invoiced, mul(total, rate, MAX_EXACT_SCALE));
  run.invoices.keep({
    id,
    ownerId: owner,
    owner: m,
    currency,
    rate,
    total,
    due,
    openAtAsOf,
    issuedInPeriod,
  });
}

/** The paths of the fact being read, one array per stream for all its facts (errors copy them). */
const INVOICE_PATH: [string, string, number] = ['facts', 'invoices', 0];
const PAYMENT_PATH: [string, string, number] = ['facts', 'payments', 0];
const ALLOCATION_PATH: [string, string, number, string, number] = [
  'facts',
  'payments',
  0,
  'allocations',
  0,
];
const MONEY_PATH: [string, string, number, string, number, string] = [
  'facts',
  'payments',
  0,
  'allocations',
  0,
  'amount',
];

/**
 * Internal: reads one credit note. Dated in the period, it takes its amount (base currency) off
 * its owner's sales (`salesCredits`); in the prior period, off the prior sales. Dated on or
 * before `asOf` against a kept invoice, it lowers what that invoice asks to be paid.
 */
export function readCreditNote(run: MeasureRun, raw: unknown, index: number): void {
  const path = ['facts', 'creditNotes', index];
  const note = factObject(raw, path);
  const id = textField(note, 'id', path);
  const owner = textField(note, 'ownerId', path);
  const date = dateField(note, 'date', path);
  const currency = textField(note, 'currency', path);
  const amount = amountField(note, 'amount', path);
  const invoiceId = optionalText(note, 'invoiceId', path);
  const invoices = run.invoices;
  const slot = invoiceId === undefined ? undefined : invoices.slots.get(invoiceId);
  if (slot !== undefined && date <= run.asOf)
    invoices.credited.add(slot, inInvoiceCurrency(run, slot, amount, currency, date, path));
  const where = run.where(date);
  if (where === null || !run.streams.has('orders')) return;
  const period =
    where === 'current' ? run.current : (run.prior as NonNullable<MeasureRun['prior']>);
  const rate = run.fx.rate(currency, run.options.baseCurrency, date, period, path);
  const base = mul(amount, rate, MAX_EXACT_SCALE);
  const m = run.manager(owner);
  const tallies = run.tallies;
  const text = () => `-${toDec(base).toFixed()}`;
  if (where === 'prior') {
    tallies.addMoney(m, MONEY.priorCredits, base);
    tallies.fact(m, 'priorCredits')?.push({ kind: 'creditNote', id, amount: text(), tag: 'prior' });
  } else {
    tallies.addMoney(m, MONEY.salesCredits, base);
    tallies.fact(m, 'credits')?.push({ kind: 'creditNote', id, amount: text() });
  }
}

/**
 * Internal: reads one payment. Each allocation to a kept invoice, paid on or before `asOf`, adds
 * to that invoice's cash (in the invoice's currency); the invoice's owner gets the credit.
 */
export function readPayment(run: MeasureRun, raw: unknown, index: number): void {
  const path = PAYMENT_PATH;
  path[2] = index;
  const payment = factObject(raw, path);
  const date = dateField(payment, 'date', path);
  const allocations = arrayField(payment, 'allocations', path);
  if (date > run.asOf) return;
  const at = ALLOCATION_PATH;
  const moneyAt = MONEY_PATH;
  at[2] = index;
  moneyAt[2] = index;
  const invoices = run.invoices;
  for (let i = 0; i < allocations.length; i += 1) {
    at[4] = i;
    moneyAt[4] = i;
    const allocation = factObject(allocations[i], at);
    const slot = invoices.slots.get(textField(allocation, 'invoiceId', at));
    if (slot === undefined) continue;
    const money = factObject(allocation.amount, moneyAt);
    const text = money.amount;
    const fast = typeof text === 'string' && rParse(CASH, text, true) === 1;
    const amount = fast ? ZERO : amountField(money, 'amount', moneyAt);
    const currency = textField(money, 'currency', moneyAt);
    if (fast && currency === invoices.currencies[slot])
      invoices.paid.addUnits(slot, CASH.u, CASH.s);
    else {
      const exact = fast ? new Fixed(CASH.u, CASH.s) : amount;
      invoices.paid.add(slot, inInvoiceCurrency(run, slot, exact, currency, date, at));
    }
  }
}

/** Where an allocated amount of at most 15 digits is read, without an exact value per payment. */
const CASH = register();

function inInvoiceCurrency(
  run: MeasureRun,
  slot: number,
  amount: Scaled,
  currency: string,
  date: string,
  path: ErrorPath,
): Scaled {
  const to = run.invoices.currencies[slot] as string;
  if (currency === to) return amount;
  return mul(amount, run.fx.rate(currency, to, date, run.current, path), MAX_EXACT_SCALE);
}
