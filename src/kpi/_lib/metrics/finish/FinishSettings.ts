import type { MeasuredMetric } from '../../../KpiMeasures';

/** Internal: what finishing a manager's metrics needs besides the tally. */
export interface FinishSettings {
  readonly metrics: readonly MeasuredMetric[];
  readonly days: number;
  readonly hasPrior: boolean;
  readonly targetMetric: MeasuredMetric;
}
