import type { CreditNote, Payment, PaymentTerms } from '../../../src/model';
import { decimalOf } from '../amounts';
import { addDays } from '../calendar';
import { byText } from '../format';
import type { Random } from '../random';
import { DATA_END, ownerAt, type Profile } from './people';
import type { InvoiceDraft, SaleDraft } from './sales';

interface CreditDraft {
  readonly draft: SaleDraft;
  readonly invoice: InvoiceDraft;
  readonly date: string;
  readonly amount: number;
  readonly reason: CreditNote['reason'];
  readonly line?: { lineId: string; quantity: number };
}

/** Returns (2.5 % of invoices), quality claims (1 %) and a 2025 year-end rebate for key customers. */
export function buildCreditNotes(
  random: Random,
  drafts: readonly SaleDraft[],
): { notes: CreditNote[]; credited: Map<string, number> } {
  const credits: CreditDraft[] = [];
  const lastOf2025 = new Map<string, { draft: SaleDraft; invoice: InvoiceDraft; sum: number }>();
  for (const draft of drafts) {
    const invoice = draft.invoice;
    if (invoice === undefined) continue;
    if (invoice.issueDate < '2026-01-01' && draft.profile.tier === 'key') {
      const seen = lastOf2025.get(draft.profile.id);
      lastOf2025.set(draft.profile.id, { draft, invoice, sum: (seen?.sum ?? 0) + invoice.total });
    }
    const roll = random.next();
    const date = addDays(invoice.issueDate, random.int(5, 40));
    if (date > DATA_END) continue;
    if (roll < 0.025) {
      const line = random.pick(draft.lines);
      const quantity = Math.max(1, Math.floor((line.quantity * random.int(10, 30)) / 100));
      const amount = Math.round((line.net * quantity) / line.quantity);
      if (amount > 0)
        credits.push({
          draft,
          invoice,
          date,
          amount,
          reason: 'return',
          line: { lineId: line.lineId, quantity },
        });
    } else if (roll < 0.035) {
      credits.push({
        draft,
        invoice,
        date,
        amount: Math.round((invoice.total * random.int(3, 10)) / 100),
        reason: 'quality-claim',
      });
    }
  }
  for (const { draft, invoice, sum } of lastOf2025.values()) {
    const amount = Math.round((sum * 2) / 100);
    if (amount > 0) credits.push({ draft, invoice, date: '2026-01-15', amount, reason: 'rebate' });
  }
  credits.sort((a, b) => byText(a.date, b.date) || byText(a.invoice.id, b.invoice.id));
  const credited = new Map<string, number>();
  const notes = credits.map((credit, index) => {
    credited.set(credit.invoice.id, (credited.get(credit.invoice.id) ?? 0) + credit.amount);
    return toCreditNote(credit, `CN-${String(index + 1).padStart(4, '0')}`);
  });
  return { notes, credited };
}

function toCreditNote(credit: CreditDraft, id: string): CreditNote {
  const currency = credit.draft.profile.currency;
  const line =
    credit.line === undefined
      ? undefined
      : credit.draft.lines.find((l) => l.lineId === credit.line?.lineId);
  return {
    id,
    customerId: credit.draft.profile.id,
    ownerId: ownerAt(credit.draft.profile, credit.date),
    invoiceId: credit.invoice.id,
    orderId: credit.draft.id,
    date: credit.date,
    currency,
    amount: decimalOf(credit.amount, currency),
    reason: credit.reason,
    ...(line === undefined || credit.line === undefined
      ? {}
      : {
          lines: [
            {
              lineId: '1',
              orderLineId: line.lineId,
              productId: line.product.id,
              categoryId: line.product.categoryId,
              quantity: String(credit.line.quantity),
              amount: decimalOf(credit.amount, currency),
            },
          ],
        }),
  };
}

interface PaymentDraft {
  readonly draft: SaleDraft;
  readonly invoice: InvoiceDraft;
  readonly date: string;
  readonly amount: number;
}

/**
 * Payments by how each customer pays: prompt payers by the due date; late payers weeks after;
 * partial payers in two parts; bad payers late, in part or never. Advance and L/C customers pay
 * on time. Nothing is dated after the data's last day, so what is unpaid then is open.
 */
export function buildPayments(
  random: Random,
  drafts: readonly SaleDraft[],
  credited: ReadonlyMap<string, number>,
  terms: ReadonlyMap<string, PaymentTerms>,
): { payments: Payment[]; paid: Map<string, number> } {
  const out: PaymentDraft[] = [];
  const paidByInvoice = new Map<string, number>();
  for (const draft of drafts) {
    const invoice = draft.invoice;
    if (invoice === undefined) continue;
    const due = invoice.total - (credited.get(invoice.id) ?? 0);
    if (due <= 0) continue;
    const method = terms.get(draft.profile.id)?.method ?? 'OA';
    let paid = 0;
    for (const [offset, share] of schedule(random, draft.profile, method)) {
      const amount = share === 1 ? due - paid : Math.round(due * share);
      paid += amount;
      if (amount > 0 && addDays(invoice.dueDate, offset) <= DATA_END)
        paidByInvoice.set(invoice.id, (paidByInvoice.get(invoice.id) ?? 0) + amount);
      const date = addDays(invoice.dueDate, offset);
      if (amount > 0 && date <= DATA_END)
        out.push({
          draft,
          invoice,
          date: date < invoice.issueDate ? invoice.issueDate : date,
          amount,
        });
    }
  }
  out.sort((a, b) => byText(a.date, b.date) || byText(a.invoice.id, b.invoice.id));
  const payments = out.map((p, index): Payment => {
    const currency = p.draft.profile.currency;
    const amount = decimalOf(p.amount, currency);
    return {
      id: `PAY-${String(index + 1).padStart(5, '0')}`,
      customerId: p.draft.profile.id,
      ownerId: ownerAt(p.draft.profile, p.date),
      date: p.date,
      currency,
      amount,
      allocations: [{ invoiceId: p.invoice.id, amount: { amount, currency } }],
    };
  });
  return { payments, paid: paidByInvoice };
}

/** When (days after due) and which share of the balance is paid; the last part pays the rest (1). */
function schedule(
  random: Random,
  profile: Profile,
  method: PaymentTerms['method'],
): Array<[number, number]> {
  if (method === 'TT_ADVANCE') return [[-400, 1]];
  if (method === 'LC') return [[random.int(0, 8), 1]];
  switch (profile.payer) {
    case 'prompt':
      return [[-random.int(0, 5), 1]];
    case 'late':
      return [[random.chance(0.1) ? random.int(60, 130) : random.int(3, 45), 1]];
    case 'partial': {
      const first = random.int(40, 70) / 100;
      return [
        [random.int(0, 15), first],
        [random.int(25, 110), 1],
      ];
    }
    case 'bad': {
      const roll = random.next();
      if (roll < 0.35) return [[random.int(60, 150), 1]];
      if (roll < 0.7) return [[random.int(15, 60), 0.3]];
      return [];
    }
    default: {
      const _exhaustive: never = profile.payer;
      return _exhaustive;
    }
  }
}
