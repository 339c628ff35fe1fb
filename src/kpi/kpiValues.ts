import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { preparedOf } from './_lib/scoring/preparedCards';
import type { CurveInput } from './CurveInput';
import type { KpiMeasures, ManagerMeasures, MeasuredMetric } from './KpiMeasures';
import { KpiMetric } from './Scorecard';

/** Options of {@link kpiValues}: what a metric without a value (`null`) becomes. */
export interface KpiValuesOptions {
  /** `error` (default): `INSUFFICIENT_DATA`; `zero`: an actual of `0`. */
  readonly whenNull?: 'error' | 'zero';
}

/**
 * The values map `scoreScorecard` expects for one manager, from {@link measureKpis}' measures:
 * for each KPI of the scorecard, `actual` is the measured value of its metric (for `manual`
 * KPIs, the caller-supplied value with the KPI's id) and `target` the manager's target for that
 * metric from the targets stream, when there is one.
 *
 * @param measures - the result of {@link measureKpis} (or {@link mergeKpiMeasures})
 * @param managerId - the manager
 * @param scorecard - the scorecard (only its KPIs' ids and metrics are read; `scoreScorecard`
 * checks the rest)
 * @param options - `whenNull`: `error` (default) or `zero`
 * @returns `{ [kpiId]: { actual, target? } }`
 * @throws CrmRulesError `INVALID_INPUT` for a KPI without id or with an unknown metric
 * (`['scorecard', 'kpis', i, …]`), an unknown
 * manager (`['managerId']`), a metric that was not measured or a missing manual value
 * (`['measures', managerId, metric or 'manual', …]`); `INSUFFICIENT_DATA` for a `null` value
 * (`['measures', managerId, metric]`, the gap as value) unless `whenNull: 'zero'`
 * @example
 * ```ts
 * const measures = measureKpis(
 *   { trainingRecords: [{ id: 'T-1', managerId: 'AM-1', courseId: 'K', date: '2026-01-05', hours: '2', completed: true }],
 *     manual: [{ managerId: 'AM-1', kpi: 'teamwork', value: '4', source: 'manager review' }] },
 *   { period: { start: '2026-01-01', end: '2026-04-01' }, baseCurrency: 'USD', metrics: ['training_completion', 'manual'] },
 * );
 * const card = { id: 'am', effectiveFrom: '2026-01-01', scale: { min: '0', max: '5' }, combine: 'weighted-sum',
 *   kpis: [
 *     { id: 'training', metric: 'training_completion', weight: '50', curve: { kind: 'linear', points: [{ x: '0', y: '0' }, { x: '100', y: '5' }] } },
 *     { id: 'teamwork', metric: 'manual', weight: '50', curve: { kind: 'linear', points: [{ x: '0', y: '0' }, { x: '5', y: '5' }] } },
 *   ] };
 * kpiValues(measures, 'AM-1', card);
 * //=> { training: { actual: '100' }, teamwork: { actual: '4' } }
 * ```
 */
export function kpiValues(
  measures: KpiMeasures,
  managerId: string,
  scorecard: unknown,
  options: KpiValuesOptions = {},
): Record<string, CurveInput> {
  const kpis = scorecardKpis(scorecard);
  const manager = managerOf(measures, managerId);
  if (manager === undefined)
    throw new CrmRulesError('INVALID_INPUT', `no measures for manager ${String(managerId)}`, {
      path: ['managerId'],
      value: managerId,
    });
  const out: Record<string, CurveInput> = {};
  for (const kpi of kpis) {
    if (kpi.metric === 'manual') {
      const entry = Object.hasOwn(manager.manual, kpi.id) ? manager.manual[kpi.id] : undefined;
      if (entry === undefined)
        throw new CrmRulesError('INVALID_INPUT', `no manual value for KPI ${kpi.id}`, {
          path: ['measures', managerId, 'manual', kpi.id],
          value: kpi.id,
        });
      out[kpi.id] = { actual: entry.value };
      continue;
    }
    out[kpi.id] = measured(manager, kpi.metric, options.whenNull ?? 'error');
  }
  return out;
}

const METRICS: ReadonlySet<KpiMetric> = new Set(KpiMetric.options);
const INDEX = new WeakMap<KpiMeasures, Map<string, ManagerMeasures>>();

/** The manager's measures, through an index built once per result (results are not mutated). */
function managerOf(measures: KpiMeasures, managerId: string): ManagerMeasures | undefined {
  if (typeof measures !== 'object' || measures === null || !Array.isArray(measures.managers))
    throw new CrmRulesError('INVALID_INPUT', 'expected the result of measureKpis', {
      path: ['measures'],
      value: measures,
    });
  let index = INDEX.get(measures);
  if (index === undefined) {
    index = new Map(measures.managers.map((m) => [m.managerId, m]));
    INDEX.set(measures, index);
  }
  return index.get(managerId);
}

type KpiRef = { readonly id: string; readonly metric: KpiMetric };
/** The KPI ids and metrics of each card `prepareScorecard` returned (deep-frozen: never stale). */
const PREPARED_KPIS = new WeakMap<object, readonly KpiRef[]>();

/**
 * The scorecard's KPI ids and metrics: the only part read here (scoreScorecard checks the rest);
 * read once per prepared scorecard, not once per manager.
 */
function scorecardKpis(scorecard: unknown): readonly KpiRef[] {
  if (preparedOf(scorecard) === undefined) return readKpis(scorecard);
  const card = scorecard as object;
  let kpis = PREPARED_KPIS.get(card);
  if (kpis === undefined) {
    kpis = Object.freeze(readKpis(scorecard));
    PREPARED_KPIS.set(card, kpis);
  }
  return kpis;
}

function readKpis(scorecard: unknown): KpiRef[] {
  const kpis = (scorecard as { kpis?: unknown } | null)?.kpis;
  if (!Array.isArray(kpis))
    throw new CrmRulesError('INVALID_INPUT', 'expected a scorecard with kpis', {
      path: ['scorecard', 'kpis'],
      value: kpis,
    });
  return kpis.map((kpi: { id?: unknown; metric?: unknown } | null, i) => {
    if (typeof kpi?.id !== 'string' || kpi.id === '')
      throw new CrmRulesError('INVALID_INPUT', 'expected a KPI id', {
        path: ['scorecard', 'kpis', i, 'id'],
        value: kpi?.id,
      });
    if (!METRICS.has(kpi.metric as KpiMetric))
      throw new CrmRulesError('INVALID_INPUT', `unknown metric ${String(kpi.metric)}`, {
        path: ['scorecard', 'kpis', i, 'metric'],
        value: kpi.metric,
      });
    return { id: kpi.id, metric: kpi.metric as KpiMetric };
  });
}

function measured(
  manager: KpiMeasures['managers'][number],
  metric: MeasuredMetric,
  whenNull: 'error' | 'zero',
): CurveInput {
  const measure = manager.metrics[metric];
  if (measure === undefined)
    throw new CrmRulesError('INVALID_INPUT', `${metric} was not measured`, {
      path: ['measures', manager.managerId, metric],
      value: metric,
    });
  if (measure.value === null && whenNull === 'error')
    throw new CrmRulesError('INSUFFICIENT_DATA', `${metric} has no value (${measure.gap})`, {
      path: ['measures', manager.managerId, metric],
      value: measure.gap,
    });
  const target = Object.hasOwn(manager.targets, metric) ? manager.targets[metric] : undefined;
  const actual = measure.value ?? '0';
  return target === undefined ? { actual } : { actual, target: target.value };
}

/**
 * Like {@link kpiValues}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeKpiValues(null as never, 'AM-1', {}).success;
 * //=> false
 * ```
 */
export function safeKpiValues(
  measures: KpiMeasures,
  managerId: string,
  scorecard: unknown,
  options: KpiValuesOptions = {},
): SafeResult<Record<string, CurveInput>> {
  return attempt(() => kpiValues(measures, managerId, scorecard, options));
}
