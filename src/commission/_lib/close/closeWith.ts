import { CrmRulesError } from '../../../errors';
import { RunControl } from '../../../errors/_lib/runControl';
import { minorUnits } from '../../../money';
import type { ClosedPeriod, ClosePeriodOptions } from '../../model/ClosedPeriod';
import type { CommissionInput } from '../../model/CommissionInput';
import {
  type CommissionState,
  emptyCommissionState,
  parseCommissionState,
} from '../../model/CommissionState';
import type { PayeeState } from '../../model/PayeeState';
import { checkInput, checkOptions } from '../input/checkInput';
import { documentCount, readDocuments } from '../input/readDocuments';
import { nextState } from '../run/nextState';
import { recalculate } from '../run/recalculate';
import { runPeriod } from '../run/runPeriod';
import { nextPayeeState } from '../statement/nextPayeeState';

/**
 * Internal: `closePeriod`. `lines`: `payouts` (what `closePeriod` runs) builds the statements'
 * lines on first read and takes the payout records from what each credit paid; `eager` builds
 * every line as it goes and takes them from the lines — the reference it is checked against.
 */
export function closeWith(
  state: unknown,
  input: CommissionInput,
  options: ClosePeriodOptions,
  lines: 'eager' | 'payouts',
): ClosedPeriod {
  checkInput(input, 'sync');
  checkOptions(options);
  const control = RunControl.of(options);
  const current = openState(state, input.period);
  const reading = control.idle ? undefined : control.stage('read', documentCount(input));
  const docs = readDocuments(input, options.documents ?? 'parse', undefined, reading);
  const scales = new Map<string, number>();
  const adjustments = recalculate(
    current,
    options.recalculate ?? [],
    options,
    (id) => scales.get(id) ?? 2,
    control,
  );
  const done = new Set<string>();
  const before = new Map(current.payees.map((p) => [p.payeeId, p]));
  const payees = new Map<string, PayeeState>(before);
  const period = runPeriod(input, docs, current, options, {
    control,
    lines,
    after: (run, statement) => {
      payees.set(run.payee.id, nextPayeeState(run, statement, before.get(run.payee.id)));
    },
    adjust: (run) => {
      scales.set(run.payee.id, minorUnits(run.currency));
      run.drafts.push(...(adjustments.get(run.payee.id) ?? []));
      done.add(run.payee.id);
    },
  });
  checkClosable(current, period.ctx.period, input.period, adjustments.keys(), done);
  const next = nextState(current, period, payees);
  return { statements: period.statements, state: next };
}

/** The state to close on (`undefined`: none yet), which must not have closed `period` already. */
function openState(state: unknown, period: string): CommissionState {
  const current =
    state === undefined ? emptyCommissionState() : parseCommissionState(state, ['state']);
  if (current.closed.some((c) => c.period === period))
    throw new CrmRulesError(
      'PERIOD_CLOSED',
      `${period} is closed already; correct it with recalculate`,
      {
        path: ['period'],
        value: period,
      },
    );
  return current;
}

/**
 * Checks that the run's period comes after the last one closed and that every payee with
 * recalculation adjustments was run (`done`).
 */
function checkClosable(
  current: CommissionState,
  ran: { readonly label: string; readonly start: string },
  period: string,
  adjusted: Iterable<string>,
  done: ReadonlySet<string>,
): void {
  const label = ran.label;
  const last = current.closed[current.closed.length - 1];
  if (last !== undefined && ran.start < last.end)
    throw new CrmRulesError(
      'PERIOD_CLOSED',
      `periods close in order: ${label} is before ${last.period}, closed already`,
      { path: ['period'], value: period },
    );
  for (const payeeId of adjusted)
    if (!done.has(payeeId))
      throw new CrmRulesError(
        'UNKNOWN_PAYEE',
        `${payeeId} has recalculation adjustments but no assignment in ${label}`,
        { path: ['recalculate'], value: payeeId },
      );
}
