import { attempt, CrmRulesError, type SafeResult } from '../errors';
import {
  buildMeasures,
  type ManagerState,
  type MeasureSettings,
} from './_lib/metrics/finish/buildMeasures';
import { Tally } from './_lib/metrics/tally/Tally';
import type { KpiMeasures, ManagerMeasures, TargetFact } from './KpiMeasures';

const SETTINGS = [
  'period',
  'priorPeriod',
  'asOf',
  'baseCurrency',
  'evidence',
  'targetMetric',
  'metrics',
] as const satisfies readonly (keyof MeasureSettings)[];

function checkMeasures(value: unknown, name: 'a' | 'b'): KpiMeasures {
  const measures = value as KpiMeasures | null;
  if (
    typeof measures !== 'object' ||
    measures === null ||
    measures.kind !== 'kpi-measures' ||
    !Array.isArray(measures.managers)
  )
    throw new CrmRulesError('INVALID_INPUT', 'expected the result of measureKpis', {
      path: [name],
      value,
    });
  return measures;
}

/**
 * Merges the measures of two shards of facts into the measures of both (DOMAIN §5): the
 * additive state of each manager (`tally`: exact sums, counts, facts) is added up and every
 * metric is computed again from it by the same rules as {@link measureKpis}, so merging equals
 * measuring the whole for every additive metric and ratio of additive sums — when shards are cut
 * anywhere for sales, credit notes, surveys, complaints and training, and when each customer's
 * facts stay in one shard for the metrics that join two streams (on-time delivery: an order and
 * its deliveries; collection rate and DSO: an invoice, its credit notes and payments; new
 * customers: a customer and its orders). Targets and manual values are kept from either shard.
 *
 * @param a - one shard's measures
 * @param b - another's, measured with the same settings (period, prior period, `asOf`, base
 * currency, evidence, target metric, metrics)
 * @returns the merged measures
 * @throws CrmRulesError `INVALID_INPUT` at `['a']` / `['b']` for something else, or at
 * `['b', setting]` for other settings; `CONFLICT` for a target or manual value the shards disagree on
 * @example
 * ```ts
 * const options = { period: { start: '2026-01-01', end: '2026-04-01' }, baseCurrency: 'USD', metrics: ['csat'] } as const;
 * const a = measureKpis({ surveyResponses: [{ id: 'S-1', customerId: 'C', ownerId: 'AM', date: '2026-01-02', csat: 5 }] }, options);
 * const b = measureKpis({ surveyResponses: [{ id: 'S-2', customerId: 'C', ownerId: 'AM', date: '2026-01-03', csat: 2 }] }, options);
 * mergeKpiMeasures(a, b).managers[0].metrics.csat?.value;
 * //=> '50'
 * ```
 */
export function mergeKpiMeasures(a: KpiMeasures, b: KpiMeasures): KpiMeasures {
  const left = checkMeasures(a, 'a');
  const right = checkMeasures(b, 'b');
  for (const key of SETTINGS)
    if (JSON.stringify(left[key]) !== JSON.stringify(right[key]))
      throw new CrmRulesError('INVALID_INPUT', `the shards were measured with another ${key}`, {
        path: ['b', key],
        value: right[key],
      });
  const states = new Map<string, ManagerState & { tally: Tally }>();
  const full = left.evidence === 'full';
  for (const [side, measures] of [
    ['a', left],
    ['b', right],
  ] as const)
    measures.managers.forEach((manager, i) => {
      let state = states.get(manager.managerId);
      if (state === undefined) {
        state = { tally: new Tally(full), targets: new Map(), manual: new Map() };
        states.set(manager.managerId, state);
      }
      state.tally.addJson(manager.tally);
      keepTargets(state.targets as Map<string, TargetFact>, manager, [side, 'managers', i]);
      keepManual(state.manual as Map<string, ManagerMeasures['manual'][string]>, manager, [
        side,
        'managers',
        i,
      ]);
    });
  const { managers: _a, unattributed: _u, ...settings } = left;
  const unattributed = {
    surveyResponses: left.unattributed.surveyResponses + right.unattributed.surveyResponses,
    complaints: left.unattributed.complaints + right.unattributed.complaints,
  };
  return buildMeasures(settings, states, unattributed);
}

function keepTargets(
  into: Map<string, TargetFact>,
  manager: ManagerMeasures,
  path: (string | number)[],
) {
  for (const [metric, target] of Object.entries(manager.targets)) {
    const seen = into.get(metric);
    if (
      seen !== undefined &&
      seen.effectiveFrom === target.effectiveFrom &&
      seen.value !== target.value
    )
      throw new CrmRulesError('CONFLICT', `the shards disagree on the ${metric} target`, {
        path: [...path, 'targets', metric],
        value: target,
      });
    if (
      seen === undefined ||
      seen.effectiveFrom < target.effectiveFrom ||
      (seen.effectiveFrom === target.effectiveFrom && target.id < seen.id)
    )
      into.set(metric, target);
  }
}

function keepManual(
  into: Map<string, ManagerMeasures['manual'][string]>,
  manager: ManagerMeasures,
  path: (string | number)[],
) {
  for (const [kpi, entry] of Object.entries(manager.manual)) {
    const seen = into.get(kpi);
    if (seen !== undefined && (seen.value !== entry.value || seen.source !== entry.source))
      throw new CrmRulesError('CONFLICT', `the shards disagree on the manual value of ${kpi}`, {
        path: [...path, 'manual', kpi],
        value: entry,
      });
    into.set(kpi, entry);
  }
}

/**
 * Like {@link mergeKpiMeasures}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeMergeKpiMeasures(null as never, null as never).success;
 * //=> false
 * ```
 */
export function safeMergeKpiMeasures(a: KpiMeasures, b: KpiMeasures): SafeResult<KpiMeasures> {
  return attempt(() => mergeKpiMeasures(a, b));
}
