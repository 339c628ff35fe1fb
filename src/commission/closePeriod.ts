import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { minorUnits } from '../money';
import { collectInput } from './_lib/collectInput';
import { nextPayeeState } from './_lib/nextPayeeState';
import { nextState } from './_lib/nextState';
import { readDocuments } from './_lib/readDocuments';
import { recalculate } from './_lib/recalculate';
import { runPeriod } from './_lib/runPeriod';
import type { CommissionInput, ComputeOptions } from './CommissionInput';
import {
  type CommissionState,
  emptyCommissionState,
  parseCommissionState,
} from './CommissionState';
import type { PayeeState } from './PayeeState';
import type { Recalculation } from './Recalculation';
import type { Statement } from './Statement';

/** Options of {@link closePeriod}. */
export interface ClosePeriodOptions extends ComputeOptions {
  /**
   * Closed periods to recompute with corrected data or plan versions. Their statements stay as
   * they were; the differences become `adjustment` lines in the period being closed, per payee,
   * component and source line.
   */
  readonly recalculate?: readonly Recalculation[];
}

/** What {@link closePeriod} returns: the period's statements and the state to carry forward. */
export interface ClosedPeriod {
  readonly statements: Statement[];
  readonly state: CommissionState;
}

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
 * @param options - `recalculate` (see {@link Recalculation}), `documents`, `arithmetic`
 * @returns `{ statements, state }`
 * @throws CrmRulesError `PERIOD_CLOSED` (path `['period']`) when the period is closed already or is
 * earlier than the last closed one; otherwise as {@link computeStatements}, nothing partial
 * @example
 * ```ts
 * const first = closePeriod(emptyCommissionState(), { ...input, period: '2026-01' });
 * const second = closePeriod(first.state, { ...input, period: '2026-02' });
 * second.state.closed.map((c) => c.period);
 * //=> ['2026-01', '2026-02']
 * ```
 */
export function closePeriod(
  state: unknown,
  input: CommissionInput,
  options: ClosePeriodOptions = {},
): ClosedPeriod {
  const current =
    state === undefined ? emptyCommissionState() : parseCommissionState(state, ['state']);
  if (current.closed.some((c) => c.period === input.period))
    throw new CrmRulesError(
      'PERIOD_CLOSED',
      `${input.period} is closed already; correct it with recalculate`,
      {
        path: ['period'],
        value: input.period,
      },
    );
  const docs = readDocuments(input, options.documents ?? 'parse');
  const scales = new Map<string, number>();
  const adjustments = recalculate(
    current,
    options.recalculate ?? [],
    options,
    (id) => scales.get(id) ?? 2,
  );
  const done = new Set<string>();
  const before = new Map(current.payees.map((p) => [p.payeeId, p]));
  const payees = new Map<string, PayeeState>(before);
  const period = runPeriod(input, docs, current, options, {
    lines: 'eager',
    after: (run, statement) => {
      payees.set(run.payee.id, nextPayeeState(run, statement, before.get(run.payee.id)));
    },
    adjust: (run) => {
      scales.set(run.payee.id, minorUnits(run.currency));
      run.drafts.push(...(adjustments.get(run.payee.id) ?? []));
      done.add(run.payee.id);
    },
  });
  const { ctx } = period;
  const label = ctx.period.label;
  const last = current.closed[current.closed.length - 1];
  if (last !== undefined && ctx.period.start < last.end)
    throw new CrmRulesError(
      'PERIOD_CLOSED',
      `periods close in order: ${label} is before ${last.period}, closed already`,
      {
        path: ['period'],
        value: input.period,
      },
    );
  for (const payeeId of adjustments.keys())
    if (!done.has(payeeId))
      throw new CrmRulesError(
        'UNKNOWN_PAYEE',
        `${payeeId} has recalculation adjustments but no assignment in ${label}`,
        {
          path: ['recalculate'],
          value: payeeId,
        },
      );
  const next = nextState(current, period, payees);
  return { statements: period.statements, state: next };
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
 * safeClosePeriod(first.state, { ...input, period: '2026-01' }).error?.code;
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
 * (await closePeriodAsync(emptyCommissionState(), input)).state.closed.length;
 * //=> 1
 * ```
 */
export async function closePeriodAsync(
  state: unknown,
  input: CommissionInput,
  options: ClosePeriodOptions = {},
): Promise<ClosedPeriod> {
  return closePeriod(state, await collectInput(input), options);
}
