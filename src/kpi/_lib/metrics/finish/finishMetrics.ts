import { Exact40 } from '../../../../money/_lib/Exact40';
import { Fixed, type Scaled } from '../../../../money/_lib/scaled/Fixed';
import type { MeasuredMetric, MetricMeasure, TargetFact } from '../../../KpiMeasures';
import type { MoneySum, Tally } from '../tally/Tally';
import type { FinishSettings } from './FinishSettings';
import type { MetricRaw } from './MetricRaw';
import { measureOf } from './measureOf';
import { rawMetric } from './rawMetric';

/**
 * Internal: a manager's metrics from its tally: each metric's raw value (`rawMetric`, each
 * computed once, `target_completion` reading its target metric's) made a measure (`measureOf`).
 */
export function finishMetrics(
  tally: Tally,
  targets: ReadonlyMap<string, TargetFact>,
  settings: FinishSettings,
): Partial<Record<MeasuredMetric, MetricMeasure>> {
  const raws = new Map<MeasuredMetric, MetricRaw>();
  const sums = decimalSums(tally);
  const raw = (metric: MeasuredMetric): MetricRaw => {
    let found = raws.get(metric);
    if (found === undefined) {
      found = rawMetric(metric, tally, sums, targets, settings, raw);
      raws.set(metric, found);
    }
    return found;
  };
  const out: Partial<Record<MeasuredMetric, MetricMeasure>> = {};
  for (const metric of settings.metrics)
    out[metric] = measureOf(metric, raw(metric), tally, targets);
  return out;
}

/** A tally's money sums as {@link Exact40}, each converted once and only when a metric reads it. */
function decimalSums(tally: Tally): (k: MoneySum) => Exact40 {
  const done: Partial<Record<MoneySum, Exact40>> = {};
  return (k) => {
    let d = done[k];
    if (d === undefined) {
      d = exact40(tally.money(k));
      done[k] = d;
    }
    return d;
  };
}

/** A tally's exact sum as an {@link Exact40}. */
function exact40(value: Scaled): Exact40 {
  return value instanceof Fixed ? Exact40.of(BigInt(value.u), value.s) : Exact40.ofDecimal(value);
}
