import type { ErrorPath } from '../../../errors';
import { add, type Exact, mul, toDec, ZERO } from './exact';
import type { MeasureRun, OpenInvoice } from './MeasureRun';
import {
  amountField,
  arrayField,
  dateField,
  factObject,
  optionalText,
  textField,
} from './readField';

/**
 * Internal: reads one invoice. Kept when it is due in the period (`collection_rate`) or issued
 * on or before `asOf` (`dso` receivables); its total issued in the period adds to `invoiced`
 * (the sales of DSO). Converted to the base currency at its issue date (by the FX policy).
 */
export function readInvoice(run: MeasureRun, raw: unknown, index: number): void {
  const path = ['facts', 'invoices', index];
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
  if (issuedInPeriod) {
    const tally = run.tally(owner);
    tally.money.invoiced = add(tally.money.invoiced, mul(total, rate));
  }
  const entry: OpenInvoice = {
    id,
    owner,
    currency,
    issueDate,
    rate,
    total,
    due,
    openAtAsOf,
    issuedInPeriod,
    paid: ZERO,
    credited: ZERO,
  };
  run.invoices.set(id, entry);
}

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
  const invoice = invoiceId === undefined ? undefined : run.invoices.get(invoiceId);
  if (invoice !== undefined && date <= run.asOf)
    invoice.credited = add(
      invoice.credited,
      inInvoiceCurrency(run, invoice, amount, currency, date, path),
    );
  const where = run.where(date);
  if (where === null || !run.streams.has('orders')) return;
  const period =
    where === 'current' ? run.current : (run.prior as NonNullable<MeasureRun['prior']>);
  const base = mul(amount, run.fx.rate(currency, run.options.baseCurrency, date, period, path));
  const tally = run.tally(owner);
  const text = () => `-${toDec(base).toFixed()}`;
  if (where === 'prior') {
    tally.money.priorCredits = add(tally.money.priorCredits, base);
    tally.fact('priorCredits')?.push({ kind: 'creditNote', id, amount: text(), tag: 'prior' });
  } else {
    tally.money.salesCredits = add(tally.money.salesCredits, base);
    tally.fact('credits')?.push({ kind: 'creditNote', id, amount: text() });
  }
}

/**
 * Internal: reads one payment. Each allocation to a kept invoice, paid on or before `asOf`, adds
 * to that invoice's cash (in the invoice's currency); the invoice's owner gets the credit.
 */
export function readPayment(run: MeasureRun, raw: unknown, index: number): void {
  const path = ['facts', 'payments', index];
  const payment = factObject(raw, path);
  const date = dateField(payment, 'date', path);
  const allocations = arrayField(payment, 'allocations', path);
  if (date > run.asOf) return;
  const at: (string | number)[] = [...path, 'allocations', 0];
  for (let i = 0; i < allocations.length; i += 1) {
    at[at.length - 1] = i;
    const allocation = factObject(allocations[i], at);
    const invoice = run.invoices.get(textField(allocation, 'invoiceId', at));
    if (invoice === undefined) continue;
    const moneyAt = [...at, 'amount'];
    const money = factObject(allocation.amount, moneyAt);
    const amount = amountField(money, 'amount', moneyAt);
    const currency = textField(money, 'currency', moneyAt);
    invoice.paid = add(invoice.paid, inInvoiceCurrency(run, invoice, amount, currency, date, at));
  }
}

function inInvoiceCurrency(
  run: MeasureRun,
  invoice: OpenInvoice,
  amount: Exact,
  currency: string,
  date: string,
  path: ErrorPath,
): Exact {
  if (currency === invoice.currency) return amount;
  return mul(amount, run.fx.rate(currency, invoice.currency, date, run.current, path));
}
