import { Decimal } from '../../../money';
import type { ClosedTotals, CommissionState } from '../../model/CommissionState';
import type { PayeeState } from '../../model/PayeeState';
import type { Statement } from '../../model/Statement';
import { ledgerJson } from '../input/buildLedger';
import type { PeriodRun } from './runPeriod';

function closedTotals(statement: Statement): ClosedTotals {
  const { payeeId, currency, totals } = statement;
  return { payeeId, currency, earned: totals.earned, payable: totals.payable };
}

/**
 * Internal: the state after closing a period: the closed period (its statements' totals, each
 * payee's YTD figures before it), the payees' carried state, and the invoice ledger — minus invoices
 * settled in full that nothing refers to any more.
 */
export function nextState(
  current: CommissionState,
  period: PeriodRun,
  payees: ReadonlyMap<string, PayeeState>,
): CommissionState {
  const open = new Set<string>();
  for (const p of payees.values()) {
    for (const d of p.deferred) if (d.basis === 'invoice') open.add(d.id);
    for (const u of p.unpaid) open.add(u.invoiceId);
    for (const r of p.payouts) if (r.invoiceId !== null) open.add(r.invoiceId);
  }
  const invoices = ledgerJson(period.ledger).filter(
    (e) => open.has(e.invoiceId) || new Decimal(e.collected).plus(e.credited).lt(e.total),
  );
  const { start, end, label } = period.ctx.period;
  return {
    version: 1,
    closed: [
      ...current.closed,
      {
        period: label,
        start,
        end,
        totals: period.statements.map(closedTotals),
        carried: current.payees.map((p) => ({
          ...p,
          scheduled: [],
          deferred: [],
          unpaid: [],
          payouts: [],
        })),
      },
    ],
    payees: [...payees.values()].sort((a, b) =>
      a.payeeId < b.payeeId ? -1 : a.payeeId > b.payeeId ? 1 : 0,
    ),
    invoices,
  };
}
