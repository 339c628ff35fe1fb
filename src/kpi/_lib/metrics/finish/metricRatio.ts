import { Exact40 } from '../../../../money/_lib/Exact40';
import type { MetricGap } from '../../../KpiMeasures';
import { exactInteger, type MetricRaw } from './MetricRaw';

/** Internal: `n × scale ÷ d` (40 significant digits), or the gap when `d` is not above zero. */
export function metricRatio(
  n: Exact40,
  d: Exact40,
  scale: number,
  gap: MetricGap = 'ZERO_DENOMINATOR',
): MetricRaw {
  const params = { numerator: n.toFixed(), denominator: d.toFixed() };
  if (d.lte(Exact40.ZERO)) return { value: null, gap, params };
  return { value: n.times(exactInteger(scale)).div(d).limited([]), gap: null, params };
}

/**
 * Internal: {@link metricRatio} of two counts (safe integers): the same value and params, the
 * params' texts written straight from the numbers (`String` of an integer is its decimal text).
 */
export function countRatio(n: number, d: number, scale: number): MetricRaw {
  const params = { numerator: String(n), denominator: String(d) };
  if (d <= 0) return { value: null, gap: 'ZERO_DENOMINATOR', params };
  const value = exactInteger(n).times(exactInteger(scale)).div(exactInteger(d)).limited([]);
  return { value, gap: null, params };
}
