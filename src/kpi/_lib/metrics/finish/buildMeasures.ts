import { dayNumberOf } from '../../../../_lib/civil';
import type {
  KpiMeasures,
  ManagerMeasures,
  MeasuredMetric,
  TargetFact,
} from '../../../KpiMeasures';
import type { Tally } from '../tally/Tally';
import type { FinishSettings } from './FinishSettings';
import { finishMetrics } from './finishMetrics';

/** Internal: the settings part of a result. */
export type MeasureSettings = Omit<KpiMeasures, 'managers' | 'unattributed'>;

/** Internal: one manager's state to finish. */
export interface ManagerState {
  readonly tally: Tally;
  readonly targets: ReadonlyMap<string, TargetFact>;
  readonly manual: ReadonlyMap<string, ManagerMeasures['manual'][string]>;
}

/** Internal: the days of the period, for DSO. */
function daysOf(settings: MeasureSettings): number {
  const { start, end } = settings.period;
  return (dayNumberOf(end) as number) - (dayNumberOf(start) as number);
}

/** Internal: the result from the managers' states (sorted by id), one source for measure and merge. */
export function buildMeasures(
  settings: MeasureSettings,
  states: ReadonlyMap<string, ManagerState>,
  unattributed: KpiMeasures['unattributed'],
): KpiMeasures {
  const finish: FinishSettings = {
    metrics: settings.metrics,
    days: daysOf(settings),
    hasPrior: settings.priorPeriod !== null,
    targetMetric: settings.targetMetric,
  };
  const ids = [...states.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const managers = ids.map((managerId): ManagerMeasures => {
    const state = states.get(managerId) as ManagerState;
    return {
      managerId,
      metrics: finishMetrics(state.tally, state.targets, finish),
      manual: Object.fromEntries([...state.manual].sort(byKey)),
      targets: Object.fromEntries([...state.targets].sort(byKey)),
      tally: state.tally.toJson(),
    };
  });
  return { ...settings, managers, unattributed: { ...unattributed } };
}

function byKey(a: readonly [string, unknown], b: readonly [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** Internal: the metrics asked for, in catalog order. */
export function metricList(asked: readonly string[] | undefined, all: readonly MeasuredMetric[]) {
  return asked === undefined ? [...all] : all.filter((m) => asked.includes(m));
}
