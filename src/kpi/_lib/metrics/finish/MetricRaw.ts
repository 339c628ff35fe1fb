import type { TraceParam } from '../../../../explain';
import { Exact40 } from '../../../../money/_lib/Exact40';
import type { MetricGap } from '../../../KpiMeasures';

/**
 * Internal: a metric's value before it becomes a measure — the value (or the gap that stands for
 * it) and the trace step's params; `measureOf` adds the value (or the gap) to the params.
 */
export interface MetricRaw {
  readonly value: Exact40 | null;
  readonly gap: MetricGap | null;
  /** The trace step's params; `measureOf` adds the value (or the gap) to them. */
  readonly params: Record<string, TraceParam>;
  readonly perHundredOrders?: string | null;
}

/** Internal: a metric that is a value as it is (a sum, a count). */
export function plainRaw(value: Exact40, params: Record<string, TraceParam> = {}): MetricRaw {
  return { value, gap: null, params };
}

/** Internal: an integer (a count, a scale) as an {@link Exact40}. */
export function exactInteger(n: number): Exact40 {
  return Exact40.of(BigInt(n), 0);
}
