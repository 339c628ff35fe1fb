import type { LedgerEntry } from '../input/buildLedger';
import type { PayeeRun } from '../payee/PayeeRun';
import { cancellationLines, nonPaymentLines } from './cancellationLines';
import { deferralLines } from './deferralLines';
import { drawLines } from './drawLines';
import { releaseLines, scheduleLines } from './scheduleLines';

/**
 * Internal: the timing steps of a payee's period, in this order: clawbacks of cancelled orders
 * and of unpaid invoices (and their repayment), deferral and release by collection, holdbacks
 * and installments withheld, earlier ones released, and the draw.
 */
export function timingLines(run: PayeeRun, ledger: ReadonlyMap<string, LedgerEntry>): void {
  cancellationLines(run);
  const unpaid = nonPaymentLines(run, ledger);
  const deferred = deferralLines(run, ledger);
  const scheduled = scheduleLines(run);
  const waiting = releaseLines(run);
  const drawBalance = drawLines(run);
  run.next = { drawBalance, scheduled: [...waiting, ...scheduled], deferred, unpaid };
}
