import type { CrmRulesError } from '../../../errors';
import { RunControl } from '../../../errors/_lib/runControl';
import type { Order } from '../../../model';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import type { CommissionInput, ComputeOptions } from '../../model/CommissionInput';
import type { CommissionState } from '../../model/CommissionState';
import type { Statement } from '../../model/Statement';
import { ColumnRun } from '../columns/kernel/columnRun';
import { buildEvents } from '../events/buildEvents';
import type { EventBase } from '../events/CreditEvent';
import { pushEvent } from '../events/table/pushEvent';
import { rankEvents } from '../events/table/rankEvents';
import { buildLedger } from '../input/buildLedger';
import { indexDocuments } from '../input/documentIndex';
import { type Documents, documentCount, readDocuments } from '../input/readDocuments';
import type { PayeeRun } from '../payee/PayeeRun';
import { earlierSplitError } from '../prepare/lineSplitError';
import { prepareRun } from '../prepare/prepareRun';
import type { RunContext } from '../prepare/RunContext';
import { LINE_FACT_TABLE } from '../schema/lineFactTable';
import { draftLines, runTotals } from '../statement/finishStatement';
import { closeStatement, periodLines } from '../statement/payeeStatement';
import { timingLines } from '../timing/timingLines';
import { type Booking, booking, planVersions } from './booking';
import type { PeriodRun, RunHooks } from './RunHooks';
import { referenceRun } from './referenceRun';

export type { PeriodRun, RunHooks } from './RunHooks';

/**
 * Whether anything after reading needs the order documents themselves (else they stream): other
 * documents linking to them, carried state, timing, or a plan reading an order-line fact.
 */
function keepOrders(input: CommissionInput, ctx: RunContext, state: CommissionState): boolean {
  const some = (stream: unknown) =>
    stream !== undefined && (!Array.isArray(stream) || stream.length > 0);
  return (
    some(input.invoices) ||
    some(input.payments) ||
    some(input.creditNotes) ||
    state.payees.some((p) => p.payouts.length > 0 || p.deferred.length > 0) ||
    planVersions(ctx).some(
      (v) =>
        v.plan.payout.timing !== 'earned' ||
        [...v.facts].some((f) => LINE_FACT_TABLE[f].column === 'orderLine'),
    )
  );
}

/** Each payee's statement, in payee order: its period steps on the column figures, lines replayed on demand. */
function statementsOf(
  run: ColumnRun,
  known: number,
  ledger: ReturnType<typeof buildLedger>,
  hooks: RunHooks,
  control: RunControl,
): Statement[] {
  const statements: Statement[] = [];
  const finish = (payee: PayeeRun) => {
    periodLines(payee);
    hooks.adjust?.(payee);
    if (hooks.timing !== false) timingLines(payee, ledger);
  };
  const paying = control.idle ? null : control.stage('statements', known);
  for (let q = 0; q < known; q += 1) {
    if (paying !== null && q >= paying.next) paying.at(q);
    if (run.errors.has(q)) throw run.errors.get(q);
    if (run.terms[q] === null) continue;
    const payee = run.take(q);
    finish(payee);
    const payable = payee.mode === 'lines' ? '' : scaledText(runTotals(payee).payable);
    const statement = closeStatement(payee, () => {
      const detailed = run.replay(q);
      finish(detailed);
      const lines = draftLines(detailed);
      const is = scaledText(runTotals(detailed).payable);
      if (is !== payable)
        throw new Error(
          `internal: the lines of ${detailed.payee.id} add up to ${is}, not to ${payable}`,
        );
      return lines;
    });
    hooks.after?.(payee, statement);
    statements.push(statement);
  }
  paying?.end(known);
  return statements;
}

/**
 * Completes the event table (the events of the other bases added to the orders booked while
 * reading), ranks it, and prices every credit in one sweep of a column run.
 */
function sweep(
  ctx: RunContext,
  { table, shares }: Booking,
  docs: Documents,
  state: CommissionState,
  hooks: RunHooks,
  control: RunControl,
): ColumnRun {
  table.closeDays();
  const index = indexDocuments(docs);
  const rest = new Set<EventBase>(ctx.bases);
  rest.delete('booked');
  if (rest.size > 0)
    for (const event of buildEvents(docs, index, ctx.period, rest, 'auto', state.invoices))
      pushEvent(table, event, (orderId, invoiceId) => shares.forDocument(orderId, invoiceId));
  const { order, ties } = rankEvents(table);
  const run = new ColumnRun(
    ctx,
    table,
    docs,
    index,
    ctx.payees.size,
    shares,
    hooks.lines === 'eager',
    hooks.lines === 'payouts',
  );
  run.sweep(order, ties, control.idle ? undefined : control.stage('credit', table.n));
  return run;
}

/**
 * Internal: runs one period — events, crediting, each payee's lines in a stable order, timing
 * steps against the carried state — and returns every statement, sorted by payee id. Throws before
 * returning anything if any input is bad, the same error the object run (`referenceRun`) throws.
 *
 * With `arithmetic: 'auto'` it runs on columns: orders are booked into an event table as they are
 * read (and let go unless something later needs them), the events sorted once, every credit priced
 * in one sweep (see `ColumnRun`), then each payee's period steps. `documents` are read from `input`
 * unless given. `arithmetic: 'decimal'` runs the object reference, `referenceRun`.
 */
export function runPeriod(
  input: CommissionInput,
  documents: Documents | null,
  state: CommissionState,
  options: ComputeOptions,
  hooks: RunHooks = {},
): PeriodRun {
  const mode = options.documents ?? 'parse';
  const control = hooks.control ?? RunControl.none;
  const reading =
    documents === null && !control.idle ? control.stage('read', documentCount(input)) : undefined;
  if ((options.arithmetic ?? 'auto') === 'decimal')
    return referenceRun(
      input,
      documents ?? readDocuments(input, mode, undefined, reading),
      state,
      options,
      hooks,
    );
  // The documents are checked before anything else fails, as when they were read first.
  let ctx: RunContext | null = null;
  let failure: unknown = null;
  try {
    ctx = prepareRun(input, 'auto', state, mode);
  } catch (error) {
    failure = error;
  }
  const booked = ctx === null ? null : booking(input, documents, ctx);
  let splitError: CrmRulesError | null = null;
  const read = (order: Order, index: number) => {
    if (ctx !== null && ctx.splits.lineSplits > 0)
      splitError = earlierSplitError(splitError, order, ctx.splits);
    booked?.book(order, index);
  };
  const docs =
    documents ??
    readDocuments(
      input,
      mode,
      ctx === null || booked === null
        ? undefined
        : { each: read, keep: keepOrders(input, ctx, state), claim: booked.claim },
      reading,
    );
  if (documents !== null) documents.orders.forEach(read);
  if (ctx === null || booked === null) throw failure;
  if (splitError !== null) throw splitError;
  const known = ctx.payees.size;
  const run = sweep(ctx, booked, docs, state, hooks, control);
  const ledger = buildLedger(state.invoices, docs, ctx.period, ctx.arithmetic);
  return { statements: statementsOf(run, known, ledger, hooks, control), ledger, ctx };
}
