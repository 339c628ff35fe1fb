import { buildScreeningList, type RiskRunReport, runRiskChecks } from '../../risk';
import type { CloseBooksInput } from '../CloseReport';
import type { CloseContext } from './gradeBook';
import type { Book } from './readBook';

/**
 * Runs the risk policy's checks over the book on `asOf` with the period's new `grades`, the
 * country groups, the screening list and the contract reviews of the input (the store's contracts
 * when there are none).
 */
export function checkBook(
  book: Book,
  input: Pick<CloseBooksInput, 'rules' | 'screeningList' | 'contractReviews'>,
  ctx: CloseContext,
  grades: ReadonlyArray<{ readonly customerId: string; readonly grade: string }>,
): RiskRunReport {
  return runRiskChecks(
    input.rules.riskPolicy as never,
    {
      customers: book.customers,
      invoices: book.invoices,
      payments: book.payments,
      creditNotes: book.creditNotes,
      orders: book.orders,
      deliveries: book.deliveries,
      managers: book.accountManagers,
      contracts: input.contractReviews ?? book.contracts,
    },
    {
      asOf: ctx.asOf,
      baseCurrency: ctx.baseCurrency,
      fx: ctx.fx,
      grades: new Map(grades.map((g) => [g.customerId, g.grade])),
      countryGroups: (input.rules.countryGroups ?? []) as never,
      ...(input.screeningList === undefined
        ? {}
        : { screeningList: buildScreeningList(input.screeningList) }),
    },
  );
}
