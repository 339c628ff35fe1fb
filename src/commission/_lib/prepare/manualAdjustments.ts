import { CrmRulesError, parseWith } from '../../../errors';
import { type Period, parsePeriod } from '../../../period';
import type { CommissionInput } from '../../model/CommissionInput';
import { ManualAdjustment } from '../../model/ManualAdjustment';
import { list } from '../exact/remap';
import type { PayeeInfo, PlanHistory } from './RunContext';

/** Internal: the manual adjustments of one run, by payee, with their index in the input. */
export type AdjustmentsByPayee = Map<
  string,
  Array<{ adjustment: ManualAdjustment; index: number }>
>;

/** Internal: the calendar period labels are read in (the first plan version's, as the run's). */
export function firstCalendar(plans: ReadonlyMap<string, PlanHistory>) {
  return [...plans.values()]
    .flatMap((history) => history.versions.items)
    .sort((a, b) => a.index - b.index)[0]?.plan.calendar;
}

/**
 * Internal: validates every manual adjustment and keeps the ones of the period being computed.
 * Nothing is ignored in silence: a period label that does not parse in the plans' calendar, or
 * names a period of another grain than the plans close (a quarter on monthly plans: no run would
 * ever apply it), is `INVALID_PERIOD` at `['adjustments', i, 'period']`; an adjustment of this
 * period for a payee without an assignment in it is `UNKNOWN_PAYEE` at
 * `['adjustments', i, 'payeeId']`. An adjustment naming another period of the same grain is that
 * period's, not this run's, and is left for it (callers may pass every adjustment they hold).
 */
export function manualAdjustments(
  input: CommissionInput,
  plans: ReadonlyMap<string, PlanHistory>,
  payees: ReadonlyMap<string, PayeeInfo>,
  period: Period,
): AdjustmentsByPayee {
  const calendar = firstCalendar(plans);
  const out: AdjustmentsByPayee = new Map();
  list(input.adjustments, 'adjustments').forEach((raw, index) => {
    const adjustment = parseWith(ManualAdjustment, raw, { path: ['adjustments', index] });
    const named = parsePeriod(adjustment.period, calendar, ['adjustments', index, 'period']);
    if (named.grain !== period.grain)
      throw new CrmRulesError(
        'INVALID_PERIOD',
        `the plans close ${period.grain} periods: an adjustment for a ${named.grain} would never be applied`,
        { path: ['adjustments', index, 'period'], value: adjustment.period },
      );
    if (named.start !== period.start || named.end !== period.end) return;
    const assigned = payees.get(adjustment.payeeId)?.assignments.during(period.start, period.end);
    if (assigned === undefined || assigned.length === 0)
      throw new CrmRulesError(
        'UNKNOWN_PAYEE',
        `${adjustment.payeeId} has a manual adjustment but no plan assignment in ${period.label}`,
        { path: ['adjustments', index, 'payeeId'], value: adjustment.payeeId },
      );
    out.set(adjustment.payeeId, [...(out.get(adjustment.payeeId) ?? []), { adjustment, index }]);
  });
  return out;
}
