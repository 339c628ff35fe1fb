import { CrmRulesError, parseWith } from '../../../../errors';
import { RunControl, withoutRunOptions } from '../../../../errors/_lib/runControl';
import type { FxTable } from '../../../../money';
import { type KpiMeasures, MEASURED_METRICS } from '../../../KpiMeasures';
import { type MeasureKpisInput, MeasureKpisOptions } from '../../../MeasureKpisOptions';
import { MeasureRun } from '../tally/MeasureRun';
import { buildMeasures, type ManagerState, metricList } from './buildMeasures';
import { finishJoins } from './finishJoins';

/** Internal: checks the options and opens a run. */
export function startRun(options: MeasureKpisInput): { run: MeasureRun; control: RunControl } {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new CrmRulesError('INVALID_INPUT', 'expected an options object', {
      path: ['options'],
      value: options,
    });
  const { fx, ...rest } = withoutRunOptions(options);
  if (fx !== undefined && !((fx as FxTable | null)?.series instanceof Map))
    throw new CrmRulesError('INVALID_INPUT', 'expected fx as a table made by createFxTable', {
      path: ['options', 'fx'],
      value: fx,
    });
  const parsed = parseWith(MeasureKpisOptions, rest, { path: ['options'] });
  const control = RunControl.of(options);
  const metrics = metricList(parsed.metrics, MEASURED_METRICS);
  const manual = parsed.metrics === undefined || parsed.metrics.includes('manual');
  return { run: new MeasureRun(parsed, fx, metrics, manual), control };
}

/** Internal: settles the joins and builds the result of a run. */
export function endRun(run: MeasureRun): KpiMeasures {
  finishJoins(run);
  const states = new Map<string, ManagerState>();
  const { tallies } = run;
  tallies.ids.forEach((id, slot) => {
    states.set(id, {
      tally: tallies.tally(slot),
      targets: run.targets.get(id) ?? new Map(),
      manual: run.manual.get(id) ?? new Map(),
    });
  });
  const { options } = run;
  const settings = {
    kind: 'kpi-measures' as const,
    period: { start: run.current.start, end: run.current.end, label: options.period.label ?? null },
    priorPeriod: run.prior === null ? null : { start: run.prior.start, end: run.prior.end },
    asOf: run.asOf,
    baseCurrency: options.baseCurrency,
    evidence: options.evidence,
    targetMetric: options.targetMetric,
    metrics: run.metrics,
  };
  return buildMeasures(settings, states, run.unattributed);
}
