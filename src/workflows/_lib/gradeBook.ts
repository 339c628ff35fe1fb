import {
  type GradeRecord,
  type GradingResult,
  gradeCustomers,
  gradeMovements,
  gradingFacts,
  type MovementReport,
  summariseTransactions,
  type Transaction,
  transactionsFromOrders,
} from '../../grading';
import { convert, type FxTable, money } from '../../money';
import type { Book } from './readBook';

/** The dates and currency of one close. */
export interface CloseContext {
  readonly period: string;
  /** The label of the period before. */
  readonly previous: string;
  readonly start: string;
  /** The exclusive end. */
  readonly end: string;
  readonly asOf: string;
  readonly baseCurrency: string;
  readonly fx: FxTable;
}

/**
 * The sales of the orders dated up to `asOf`, in the base currency: each converted at the last
 * rate on or before its date (a ledger holds one currency).
 */
function salesInBase(book: Book, ctx: CloseContext): Transaction[] {
  const orders = book.orders.filter((order) => order.orderDate <= ctx.asOf);
  return Array.from(transactionsFromOrders(orders), (t) => {
    const currency = t.currency ?? ctx.baseCurrency;
    if (currency === ctx.baseCurrency) return t;
    const { to } = convert(money(String(t.amount), currency), ctx.baseCurrency, ctx.fx, {
      method: 'on-or-before',
      date: t.date,
    });
    return { customerId: t.customerId, date: t.date, amount: to.amount.toFixed() };
  });
}

/**
 * Grades every customer of the book by the policy: facts from the orders up to `asOf` (the
 * period's sales as `periodAmount`), customers without orders as prospects; then the movements
 * against `previous` (the last close's grades, else each customer's stored `grade`).
 */
export function gradeBook(
  book: Book,
  policy: unknown,
  ctx: CloseContext,
  previous: readonly GradeRecord[] | null,
): { readonly result: GradingResult; readonly movements: MovementReport } {
  const summary = summariseTransactions(salesInBase(book, ctx), {
    currency: ctx.baseCurrency,
    end: ctx.asOf,
    convention: 'rfm',
    periodStart: ctx.start,
  });
  const facts = gradingFacts(
    summary,
    book.customers.map((c) => ({ customerId: c.id, facts: {} })),
  );
  const history =
    previous ??
    book.customers.flatMap((c) =>
      c.grade === undefined
        ? []
        : [{ customerId: c.id, period: ctx.previous, grade: c.grade, computed: c.grade }],
    );
  const result = gradeCustomers(policy, facts, { asOf: ctx.asOf, period: ctx.period, history });
  const movements = gradeMovements(history, result.grades, {
    grades: result.counts.map((c) => c.grade),
  });
  return { result, movements };
}
