import { CrmRulesError } from '../../../errors';
import type { LineSource } from '../../model/StatementLine';
import { parseNum } from '../exact/num';
import type { PayeeRun } from '../payee/PayeeRun';
import { draft } from '../payee/periodFigures';

/** Internal: the manual adjustments of the period, as lines. */
export function manualLines(run: PayeeRun): void {
  for (const { adjustment, index } of run.ctx.adjustments.get(run.payee.id) ?? []) {
    if (adjustment.amount.currency !== run.currency)
      throw new CrmRulesError(
        'CURRENCY_MISMATCH',
        `manual adjustments are in the statement currency ${run.currency}`,
        {
          path: ['adjustments', index, 'amount', 'currency'],
          value: adjustment.amount.currency,
        },
      );
    const value = parseNum(adjustment.amount.amount, run.ctx.arithmetic);
    const source: LineSource = {
      kind: 'manual',
      id: adjustment.id,
      lineId: null,
      date: run.ctx.lastDay,
    };
    run.drafts.push(
      draft(run, source, {
        id: `manual/${adjustment.id}`,
        kind: 'manual',
        component: null,
        value,
        reason: adjustment.reason,
        params: {
          code: 'commission.manual',
          id: adjustment.id,
          reason: adjustment.reason,
          amount: adjustment.amount.amount,
          currency: run.currency,
        },
      }),
    );
  }
}
