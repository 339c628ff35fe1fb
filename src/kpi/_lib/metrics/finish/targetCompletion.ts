import { Decimal } from '../../../../_lib/decimal';
import { Exact40 } from '../../../../money/_lib/Exact40';
import type { TargetFact } from '../../../KpiMeasures';
import type { MetricRaw } from './MetricRaw';
import { metricRatio } from './metricRatio';

/**
 * Internal: `target_completion` — the target metric's value × 100 ÷ its target, or the gap when
 * there is no value, no target, or a target not above zero.
 */
export function targetCompletion(
  actual: MetricRaw,
  target: TargetFact | undefined,
  metric: string,
): MetricRaw {
  const params = {
    of: metric,
    actual: actual.value?.toFixed() ?? null,
    target: target?.value ?? null,
  };
  if (actual.value === null) return { value: null, gap: 'NO_ACTUAL', params };
  if (target === undefined) return { value: null, gap: 'NO_TARGET', params };
  const result = metricRatio(
    actual.value,
    Exact40.ofDecimal(new Decimal(target.value)),
    100,
    'TARGET_NOT_POSITIVE',
  );
  return { ...result, params };
}
