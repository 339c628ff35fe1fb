import { attempt, attemptAsync, type CrmRulesError, type SafeResult } from '../errors';
import { RunControl } from '../errors/_lib/runControl';
import { closeWith } from './_lib/close/closeWith';
import { checkInput, checkOptions } from './_lib/input/checkInput';
import { collectInput } from './_lib/input/collectInput';
import type { ClosedPeriod, ClosePeriodOptions } from './model/ClosedPeriod';
import type { CommissionInput } from './model/CommissionInput';

export type { ClosedPeriod, ClosePeriodOptions } from './model/ClosedPeriod';

/**
 * Closes one period: computes its statements exactly as {@link computeStatements} does with the
 * carried state, then returns them with the next state (JSON) — year-to-date figures for YTD tiers,
 * plan-year caps and true-ups; the recoverable draw balance; holdbacks and installments due later;
 * commission deferred until collection; non-payment clawbacks; the payout of every source line for
 * exact clawbacks; the invoice ledger; and per closed period its statements' totals. The closed
 * statements are the result, not part of the state: store them (for instance as closed
 * `commission-statement` results); they never change. Periods close in order; a closed period is
 * corrected by `recalculate` (its corrected input and the statements it closed with), whose
 * differences become adjustment lines now. The input state is never modified.
 *
 * @param state - the state after the previous close (JSON); `emptyCommissionState()` to start
 * @param input - the period to close (see {@link CommissionInput})
 * A long close reports its stages — `read`, `recalculate` (when there are recalculations),
 * `credit`, `statements` — to `options.onProgress` and stops with `ABORTED` once
 * `options.signal` is aborted (see {@link index!RunOptions}), returning no state.
 *
 * @param options - `recalculate` (see {@link Recalculation}), `documents`, `arithmetic`,
 * `signal`, `onProgress`
 * @returns `{ statements, state }`
 * @throws CrmRulesError `PERIOD_CLOSED` (path `['period']`) when the period is closed already or is
 * earlier than the last closed one; `ABORTED` (path `['options', 'signal']`) once the signal is
 * aborted; otherwise as {@link computeStatements}, nothing partial
 * @example
 * ```ts
 * const input = {
 *   period: '2026-01',
 *   plans: [{ id: 'p', version: 1, name: 'Plan', effectiveFrom: '2026-01-01', currency: 'USD',
 *     crediting: { base: 'invoiced' },
 *     components: [{ id: 'base', name: 'Base', calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } } }] }],
 *   assignments: [{ payeeId: 'AM-7', planId: 'p', effectiveFrom: '2026-01-01', currency: 'USD' }],
 *   invoices: [{ id: 'INV-1', customerId: 'C-1', ownerId: 'AM-7', issueDate: '2026-01-05', dueDate: '2026-02-04', currency: 'USD', total: '1000.00' }],
 * };
 * const first = closePeriod(emptyCommissionState(), input);
 * const second = closePeriod(first.state, { ...input, period: '2026-02' });
 * second.state.closed.map((c) => c.period);
 * //=> ['2026-01', '2026-02']
 * ```
 * @example
 * ```ts
 * // A signal aborted before the call fails before any work.
 * const march = { period: '2026-03', plans: [], assignments: [] };
 * safeClosePeriod(emptyCommissionState(), march, { signal: AbortSignal.abort() }).error?.code;
 * //=> 'ABORTED'
 * ```
 */
export function closePeriod(
  state: unknown,
  input: CommissionInput,
  options: ClosePeriodOptions = {},
): ClosedPeriod {
  return closeWith(state, input, options, 'payouts');
}

/**
 * Like {@link closePeriod}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param state - see {@link closePeriod}
 * @param input - see {@link closePeriod}
 * @param options - see {@link closePeriod}
 * @returns the closed period or the {@link CrmRulesError}
 * @example
 * ```ts
 * const input = {
 *   period: '2026-01',
 *   plans: [{ id: 'p', version: 1, name: 'Plan', effectiveFrom: '2026-01-01', currency: 'USD',
 *     crediting: { base: 'invoiced' },
 *     components: [{ id: 'base', name: 'Base', calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } } }] }],
 *   assignments: [{ payeeId: 'AM-7', planId: 'p', effectiveFrom: '2026-01-01', currency: 'USD' }],
 *   invoices: [{ id: 'INV-1', customerId: 'C-1', ownerId: 'AM-7', issueDate: '2026-01-05', dueDate: '2026-02-04', currency: 'USD', total: '1000.00' }],
 * };
 * const first = closePeriod(emptyCommissionState(), input);
 * safeClosePeriod(first.state, input).error?.code;
 * //=> 'PERIOD_CLOSED'
 * ```
 */
export function safeClosePeriod(
  state: unknown,
  input: CommissionInput,
  options: ClosePeriodOptions = {},
): SafeResult<ClosedPeriod> {
  return attempt(() => closePeriod(state, input, options));
}

/**
 * The async form of {@link closePeriod}: documents may be async iterables.
 *
 * @param state - see {@link closePeriod}
 * @param input - see {@link closePeriod}; document fields may be async iterables
 * @param options - see {@link closePeriod}
 * @returns `{ statements, state }`
 * @throws CrmRulesError as {@link closePeriod}
 * @example
 * ```ts
 * const input = {
 *   period: '2026-01',
 *   plans: [{ id: 'p', version: 1, name: 'Plan', effectiveFrom: '2026-01-01', currency: 'USD',
 *     crediting: { base: 'invoiced' },
 *     components: [{ id: 'base', name: 'Base', calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } } }] }],
 *   assignments: [{ payeeId: 'AM-7', planId: 'p', effectiveFrom: '2026-01-01', currency: 'USD' }],
 *   invoices: [{ id: 'INV-1', customerId: 'C-1', ownerId: 'AM-7', issueDate: '2026-01-05', dueDate: '2026-02-04', currency: 'USD', total: '1000.00' }],
 * };
 * (await closePeriodAsync(emptyCommissionState(), input)).state.closed.length;
 * //=> 1
 * ```
 */
export async function closePeriodAsync(
  state: unknown,
  input: CommissionInput,
  options: ClosePeriodOptions = {},
): Promise<ClosedPeriod> {
  checkInput(input, 'async');
  checkOptions(options);
  return closePeriod(state, await collectInput(input, RunControl.of(options)), options);
}

/**
 * Like {@link closePeriodAsync}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * (await safeClosePeriodAsync(null, null)).success;
 * //=> false
 * ```
 */
export function safeClosePeriodAsync(
  state: unknown,
  input: CommissionInput,
  options: ClosePeriodOptions = {},
): Promise<SafeResult<ClosedPeriod>> {
  return attemptAsync(() => closePeriodAsync(state, input, options));
}
