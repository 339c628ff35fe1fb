import { computeStatements, type Statement } from '../../commission';
import type { KpiScoreRecord } from '../../kpi';
import type { CloseBooksInput } from '../CloseReport';
import type { CloseContext } from './gradeBook';
import type { Book } from './readBook';

/**
 * The period's commission statements of every assigned payee (`computeStatements` over the
 * book's documents, trusted: the store parsed them), with the KPI-linked bonus fed by `kpiScores`.
 */
export function payBook(
  book: Book,
  input: Pick<CloseBooksInput, 'rules' | 'fxRates'>,
  ctx: CloseContext,
  kpiScores: readonly KpiScoreRecord[],
): Statement[] {
  const { commission } = input.rules;
  return computeStatements(
    {
      period: ctx.period,
      plans: commission.plans as never,
      assignments: commission.assignments as never,
      payees: book.accountManagers,
      orders: book.orders,
      invoices: book.invoices,
      payments: book.payments,
      creditNotes: book.creditNotes,
      customers: book.customers,
      products: book.products,
      fxRates: (input.fxRates ?? []) as never,
      kpiScores: kpiScores as never,
    },
    { documents: 'trusted' },
  );
}
