import { CrmRulesError, parseWith } from '../../../errors';
import { createFxTable } from '../../../money';
import { addDays, parsePeriod } from '../../../period';
import type { CommissionInput } from '../../model/CommissionInput';
import type { CommissionState } from '../../model/CommissionState';
import { KpiScore } from '../../model/KpiScore';
import type { PayeeState } from '../../model/PayeeState';
import type { EventBase } from '../events/CreditEvent';
import type { Arithmetic } from '../exact/num';
import { list } from '../exact/remap';
import { fxCache } from './fxCache';
import { firstCalendar, manualAdjustments } from './manualAdjustments';
import { parsePayees } from './parsePayees';
import { parsePlans, resolvePeriod } from './parsePlans';
import { parseSplits } from './parseSplits';
import type { RunContext } from './RunContext';
import { scoreKey } from './RunContext';

/** Internal: validates everything but the documents and builds the run context. */
export function prepareRun(
  input: CommissionInput,
  arithmetic: Arithmetic,
  state: CommissionState,
  documents: 'parse' | 'trusted' = 'parse',
): RunContext {
  if (typeof input !== 'object' || input === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected the commission input object', {
      value: input,
    });
  const plans = parsePlans(input, arithmetic);
  const period = resolvePeriod(input.period, plans);
  const payees = parsePayees(input, plans);
  const splits = parseSplits(list(input.splits, 'splits'), documents);
  const table = readFxRates(input);
  const kpiScores = readKpiScores(input, period.label, firstCalendar(plans));
  const adjustments = manualAdjustments(input, plans, payees, period);
  const bases = creditedBases(plans, period);
  const lastDay = addDays(period.end, -1);
  return {
    period,
    lastDay,
    planYears: new Map(),
    arithmetic,
    plans,
    payees,
    splits,
    fx: fxCache(table, arithmetic),
    kpiScores,
    adjustments,
    bases,
    state,
    payeeStates: new Map<string, PayeeState>(state.payees.map((p) => [p.payeeId, p])),
  };
}

/** The input's FX rates as a table (errors at their path under `fxRates`). */
function readFxRates(input: CommissionInput): ReturnType<typeof createFxTable> {
  try {
    return createFxTable(input.fxRates === undefined ? [] : (input.fxRates as Iterable<unknown>));
  } catch (error) {
    if (!(error instanceof CrmRulesError)) throw error;
    throw new CrmRulesError(error.code, error.issues[0]?.message ?? error.message, {
      path: ['fxRates', ...error.path],
      value: error.value,
    });
  }
}

/** The KPI scores of the period `label`, one per payee and KPI, by `scoreKey`. */
function readKpiScores(
  input: CommissionInput,
  label: string,
  calendar: ReturnType<typeof firstCalendar>,
): RunContext['kpiScores'] {
  const kpiScores = new Map<string, { score: KpiScore; index: number }>();
  list(input.kpiScores, 'kpiScores').forEach((raw, index) => {
    const score = parseWith(KpiScore, raw, { path: ['kpiScores', index] });
    if (score.period !== label) {
      // Another period's score is left for its run; a label that names none is refused.
      parsePeriod(score.period, calendar, ['kpiScores', index, 'period']);
      return;
    }
    const key = scoreKey(score.payeeId, score.kpi);
    if (kpiScores.has(key))
      throw new CrmRulesError('INVALID_INPUT', 'one score per payee, KPI and period', {
        path: ['kpiScores', index],
        value: raw,
      });
    kpiScores.set(key, { score, index });
  });
  return kpiScores;
}

/**
 * Every kind of event a plan in force credits is credited, whoever is assigned: a document
 * credited to a payee without an assignment is UNKNOWN_PAYEE, also when no one is assigned.
 */
function creditedBases(plans: RunContext['plans'], period: RunContext['period']): Set<EventBase> {
  const bases = new Set<EventBase>();
  for (const history of plans.values())
    for (const version of history.versions.during(period.start, period.end)) {
      bases.add(version.plan.crediting.base);
      if (version.plan.crediting.base !== 'collected') bases.add('reversal');
    }
  return bases;
}
