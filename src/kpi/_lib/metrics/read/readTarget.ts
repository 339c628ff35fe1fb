import { CrmRulesError } from '../../../../errors';
import { mul, type Scaled, toDec } from '../../../../money/_lib/scaled/Fixed';
import { MAX_EXACT_SCALE } from '../../../../money/_lib/scaled/Register';
import type { TargetFact } from '../../../KpiMeasures';
import { amountField, dateField, type Fact, factObject, textField } from '../exact/readField';
import type { MeasureRun } from '../tally/MeasureRun';

/**
 * Internal: reads one target. Only manager targets whose `period` is the measuring period's
 * label and that are in force by its last day count; of several for one manager and metric the
 * latest `effectiveFrom` wins, and two different values of one date are a `CONFLICT`. A money
 * target is converted to the base currency at the period's last day (by the FX policy).
 */
export function readTarget(run: MeasureRun, raw: unknown, index: number): void {
  const path = ['facts', 'targets', index];
  const target = factObject(raw, path);
  const id = textField(target, 'id', path);
  const kind = textField(target, 'subjectKind', path);
  const manager = textField(target, 'subjectId', path);
  const metric = textField(target, 'metric', path);
  const period = textField(target, 'period', path);
  const from = dateField(target, 'effectiveFrom', path);
  if (kind !== 'manager' || period !== run.options.period.label || from > run.current.last) return;
  const value = toDec(targetValue(run, target, path)).toFixed();
  run.manager(manager);
  let byMetric = run.targets.get(manager);
  if (byMetric === undefined) {
    byMetric = new Map();
    run.targets.set(manager, byMetric);
  }
  const seen = byMetric.get(metric);
  if (seen !== undefined && seen.effectiveFrom === from && seen.value !== value)
    throw run.conflict(
      `targets for ${manager} / ${metric} from ${from}`,
      [...path, 'value'],
      value,
    );
  if (
    seen === undefined ||
    seen.effectiveFrom < from ||
    (seen.effectiveFrom === from && id < seen.id)
  )
    byMetric.set(metric, { id, value, effectiveFrom: from } satisfies TargetFact);
}

function targetValue(run: MeasureRun, target: Fact, path: (string | number)[]): Scaled {
  if (typeof target.value === 'string') return amountField(target, 'value', path);
  const money = factObject(target.value, [...path, 'value']);
  const amount = amountField(money, 'amount', [...path, 'value']);
  const currency = textField(money, 'currency', [...path, 'value']);
  const rate = run.fx.rate(currency, run.options.baseCurrency, run.current.last, run.current, path);
  return mul(amount, rate, MAX_EXACT_SCALE);
}

/**
 * Internal: reads one caller-supplied value `{ managerId, kpi, value, source }` (a manager
 * rating, teamwork): passed through as it is; a second different value for the same manager and
 * KPI is a `CONFLICT`.
 */
export function readManual(run: MeasureRun, raw: unknown, index: number): void {
  const path = ['facts', 'manual', index];
  const entry = factObject(raw, path);
  const manager = textField(entry, 'managerId', path);
  const kpi = textField(entry, 'kpi', path);
  const value = toDec(amountField(entry, 'value', path)).toFixed();
  const source = entry.source;
  if (typeof source !== 'string' || source === '')
    throw new CrmRulesError('INVALID_INPUT', 'expected source as a non-empty string', {
      path: [...path, 'source'],
      value: source,
    });
  let byKpi = run.manual.get(manager);
  if (byKpi === undefined) {
    byKpi = new Map();
    run.manual.set(manager, byKpi);
  }
  const seen = byKpi.get(kpi);
  if (seen !== undefined && (seen.value !== value || seen.source !== source))
    throw run.conflict(`manual values for ${manager} / ${kpi}`, [...path, 'value'], value);
  byKpi.set(kpi, { value, source });
  run.manager(manager);
}
