import { attempt, attemptAsync, CrmRulesError, type RunOptions, type SafeResult } from '../errors';
import { RunControl } from '../errors/_lib/runControl';
import { checkInput, checkOptions } from './_lib/input/checkInput';
import { collectInput } from './_lib/input/collectInput';
import { runPeriod } from './_lib/run/runPeriod';
import type { CommissionInput, ComputeOptions } from './model/CommissionInput';
import {
  type CommissionState,
  emptyCommissionState,
  parseCommissionState,
} from './model/CommissionState';
import type { Statement } from './model/Statement';

/**
 * Options of {@link computeStatements}: the engine options, the carried state, and a `signal` and
 * `onProgress` callback (see {@link index!RunOptions}).
 */
export interface ComputeStatementsOptions extends ComputeOptions, RunOptions {
  /** The state carried from earlier periods (JSON); default empty. */
  readonly state?: unknown;
}

/** Refuses a period the state has closed: its statements are the ones it closed with. */
function refuseClosed(state: CommissionState, period: string): void {
  if (state.closed.some((entry) => entry.period === period))
    throw new CrmRulesError(
      'PERIOD_CLOSED',
      `${period} is closed: its statements are the ones closePeriod returned; correct it with recalculate`,
      { path: ['period'], value: period },
    );
}

/**
 * Computes one period's commission statements, one per payee with an assignment in the period,
 * sorted by payee id. Every line carries its source, credit share, base, rate or tier slices,
 * modifiers, rounding and trace; `totals.payable` is the exact sum of the lines. The result never
 * depends on the order of the input. A period already closed in `options.state` is refused
 * (`PERIOD_CLOSED`): its statements are the ones `closePeriod` returned (correct it with
 * `closePeriod`'s `recalculate`).
 *
 * A long run reports its stages — `read` (documents), `credit` (events), `statements` (payees) — to
 * `options.onProgress` and stops with `ABORTED` once `options.signal` is aborted (see
 * {@link index!RunOptions}); the statements are the same with or without them.
 *
 * @param input - plans, assignments, payees, documents and the rest (see {@link CommissionInput});
 * synchronous iterables only (see {@link computeStatementsAsync})
 * @param options - `state`, `documents: 'trusted'`, `arithmetic`, `signal`, `onProgress`
 * @returns the statements
 * @throws CrmRulesError — one error with the path into `input`, nothing partial — e.g.
 * `INVALID_TIERS`, `SPLIT_NOT_100`, `UNKNOWN_PAYEE`, `MISSING_FX_RATE`, `CURRENCY_MISMATCH`,
 * `NEGATIVE_QUANTITY`, `NO_RATE_MATCH`, `INVALID_PERIOD`, `INVALID_INPUT`, `PERIOD_CLOSED`;
 * `ABORTED` (path `['options', 'signal']`, value: the signal's reason) once the signal is aborted
 * @example
 * ```ts
 * const [statement] = computeStatements({
 *   period: '2026-03',
 *   plans: [{ id: 'p', version: 1, name: 'Plan', effectiveFrom: '2026-01-01', currency: 'USD',
 *     crediting: { base: 'invoiced' },
 *     components: [{ id: 'base', name: 'Base', calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } } }] }],
 *   assignments: [{ payeeId: 'AM-7', planId: 'p', effectiveFrom: '2026-01-01', currency: 'USD' }],
 *   invoices: [{ id: 'INV-1', customerId: 'C-1', ownerId: 'AM-7', issueDate: '2026-03-05', dueDate: '2026-04-04', currency: 'USD', total: '1000.00' }],
 *   creditNotes: [{ id: 'CN-1', customerId: 'C-1', ownerId: 'AM-7', invoiceId: 'INV-1', date: '2026-03-20', currency: 'USD', amount: '200.00', reason: 'quality-claim' }],
 * });
 * statement?.totals.payable;
 * //=> '32.00'
 * ```
 * @example
 * ```ts
 * // Progress and a stop button: every stage reports, a report may abort the run.
 * const input = {
 *   period: '2026-03',
 *   plans: [{ id: 'p', version: 1, name: 'Plan', effectiveFrom: '2026-01-01', currency: 'USD',
 *     crediting: { base: 'invoiced' },
 *     components: [{ id: 'base', name: 'Base', calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } } }] }],
 *   assignments: [{ payeeId: 'AM-7', planId: 'p', effectiveFrom: '2026-01-01', currency: 'USD' }],
 *   invoices: [{ id: 'INV-1', customerId: 'C-1', ownerId: 'AM-7', issueDate: '2026-03-05', dueDate: '2026-04-04', currency: 'USD', total: '1000.00' }],
 * };
 * const controller = new AbortController();
 * const stages = new Set<string>();
 * const run = safeComputeStatements(input, {
 *   signal: controller.signal,
 *   onProgress: ({ stage, done, total }) => {
 *     stages.add(stage); // e.g. { stage: 'read', done: 4096, total: 1000000 }
 *     if (stage === 'statements') controller.abort('stopped by the user');
 *   },
 * });
 * [...stages, run.success ? null : run.error.code];
 * //=> ['read', 'credit', 'statements', 'ABORTED']
 * ```
 */
export function computeStatements(
  input: CommissionInput,
  options: ComputeStatementsOptions = {},
): Statement[] {
  checkInput(input, 'sync');
  checkOptions(options);
  const control = RunControl.of(options);
  const state =
    options.state === undefined
      ? emptyCommissionState()
      : parseCommissionState(options.state, ['state']);
  refuseClosed(state, input.period);
  return runPeriod(input, null, state, options, { control }).statements;
}

/**
 * Like {@link computeStatements}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param input - see {@link computeStatements}
 * @param options - see {@link computeStatements}
 * @returns the statements or the {@link index!CrmRulesError}
 * @example
 * ```ts
 * safeComputeStatements({ period: '2026-03', plans: [], assignments: [] }).success;
 * //=> false
 * ```
 */
export function safeComputeStatements(
  input: CommissionInput,
  options: ComputeStatementsOptions = {},
): SafeResult<Statement[]> {
  return attempt(() => computeStatements(input, options));
}

/**
 * The async form of {@link computeStatements}: documents may be async iterables (a database
 * cursor, a file stream); they are read in full first, then computed exactly as the sync form.
 * While they are read, `options.signal` is looked at between any two documents and
 * `options.onProgress` hears the `collect` stage (documents read, total unknown until its end).
 *
 * @param input - see {@link computeStatements}; document fields may be async iterables
 * @param options - see {@link computeStatements}
 * @returns the statements
 * @throws CrmRulesError as {@link computeStatements}
 * @example
 * ```ts
 * const input = {
 *   period: '2026-03',
 *   plans: [{ id: 'p', version: 1, name: 'Plan', effectiveFrom: '2026-01-01', currency: 'USD',
 *     crediting: { base: 'invoiced' },
 *     components: [{ id: 'base', name: 'Base', calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } } }] }],
 *   assignments: [{ payeeId: 'AM-7', planId: 'p', effectiveFrom: '2026-01-01', currency: 'USD' }],
 * };
 * async function* invoices() { yield { id: 'INV-1', customerId: 'C-1', ownerId: 'AM-7', issueDate: '2026-03-05', dueDate: '2026-04-04', currency: 'USD', total: '1000.00' }; }
 * (await computeStatementsAsync({ ...input, invoices: invoices() }))[0]?.totals.earned;
 * //=> '40.00'
 * ```
 */
export async function computeStatementsAsync(
  input: CommissionInput,
  options: ComputeStatementsOptions = {},
): Promise<Statement[]> {
  checkInput(input, 'async');
  checkOptions(options);
  return computeStatements(await collectInput(input, RunControl.of(options)), options);
}

/**
 * Like {@link computeStatementsAsync}, but returns `{ success, data | error }` instead of throwing;
 * it never throws.
 *
 * @example
 * ```ts
 * (await safeComputeStatementsAsync(null)).success;
 * //=> false
 * ```
 */
export function safeComputeStatementsAsync(
  input: CommissionInput,
  options: ComputeStatementsOptions = {},
): Promise<SafeResult<Statement[]>> {
  return attemptAsync(() => computeStatementsAsync(input, options));
}
