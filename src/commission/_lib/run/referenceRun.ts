import type { CrmRulesError } from '../../../errors';
import { RunControl } from '../../../errors/_lib/runControl';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import type { CommissionInput, ComputeOptions } from '../../model/CommissionInput';
import type { CommissionState } from '../../model/CommissionState';
import type { Statement } from '../../model/Statement';
import type { LineSource } from '../../model/StatementLine';
import { creditEvents } from '../crediting/creditEvents';
import { buildEvents } from '../events/buildEvents';
import type { CreditEvent } from '../events/CreditEvent';
import { buildLedger } from '../input/buildLedger';
import { indexDocuments } from '../input/documentIndex';
import type { Documents } from '../input/readDocuments';
import type { PayeeRun } from '../payee/PayeeRun';
import { earlierSplitError } from '../prepare/lineSplitError';
import { prepareRun } from '../prepare/prepareRun';
import { draftLines, runTotals } from '../statement/finishStatement';
import { closeStatement, earningLines, periodTerms, startRun } from '../statement/payeeStatement';
import { timingLines } from '../timing/timingLines';
import type { PeriodRun, RunHooks } from './RunHooks';

/**
 * Internal: runs one period on validated documents with an object per event and per credit —
 * events, crediting, each payee's lines in a stable order, timing steps against the carried state
 * — and returns every statement, sorted by payee id. Throws before returning anything if any input
 * is bad. This is the reference the column run (`runPeriod`) is checked against: it runs
 * `arithmetic: 'decimal'`.
 */
export function referenceRun(
  input: CommissionInput,
  docs: Documents,
  state: CommissionState,
  options: ComputeOptions,
  hooks: RunHooks = {},
): PeriodRun {
  const ctx = prepareRun(input, options.arithmetic ?? 'auto', state, options.documents ?? 'parse');
  let splitError: CrmRulesError | null = null;
  if (ctx.splits.lineSplits > 0)
    for (const order of docs.orders) splitError = earlierSplitError(splitError, order, ctx.splits);
  if (splitError !== null) throw splitError;
  const index = indexDocuments(docs);
  const events = buildEvents(docs, index, ctx.period, ctx.bases, ctx.arithmetic, state.invoices);
  const control = hooks.control ?? RunControl.none;
  const crediting = control.idle ? null : control.stage('credit', events.length);
  const credits = creditEvents(events, ctx);
  crediting?.end(events.length);
  const ledger = buildLedger(state.invoices, docs, ctx.period, ctx.arithmetic);
  const ids = [...ctx.payees.keys()].sort();
  const statements: Statement[] = [];
  const paying = control.idle ? null : control.stage('statements', ids.length);
  for (const [k, id] of ids.entries()) {
    if (paying !== null && k >= paying.next) paying.at(k);
    const payee = ctx.payees.get(id);
    if (payee === undefined) continue;
    const terms = periodTerms(payee, ctx);
    if (terms === null) continue;
    const mine = credits.get(id) ?? [];
    const compute = (mode: PayeeRun['mode']): PayeeRun => {
      const run = startRun(ctx, docs, index, payee, terms, mode);
      earningLines(run, mine, new Map<CreditEvent, LineSource>());
      hooks.adjust?.(run);
      if (hooks.timing !== false) timingLines(run, ledger);
      return run;
    };
    const run = compute(hooks.lines === 'eager' || hooks.lines === 'payouts' ? 'lines' : 'totals');
    const statement = closeStatement(run, () => {
      const detailed = compute('lines');
      const lines = draftLines(detailed);
      const [was, is] = [runTotals(run).payable, runTotals(detailed).payable];
      if (scaledText(was) !== scaledText(is))
        throw new Error(
          `internal: the lines of ${id} add up to ${scaledText(is)}, not to ${scaledText(was)}`,
        );
      return lines;
    });
    hooks.after?.(run, statement);
    statements.push(statement);
  }
  paying?.end(ids.length);
  return { statements, ledger, ctx };
}
