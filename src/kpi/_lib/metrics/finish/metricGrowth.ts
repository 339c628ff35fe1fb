import { Exact40 } from '../../../../money/_lib/Exact40';
import { exactInteger, type MetricRaw } from './MetricRaw';

/**
 * Internal: `sales_growth` — `(current − prior) × 100 ÷ prior`, or the gap when there is no prior
 * period or its sales are not above zero.
 */
export function metricGrowth(current: Exact40, prior: Exact40, hasPrior: boolean): MetricRaw {
  const params = { current: current.toFixed(), prior: prior.toFixed() };
  if (!hasPrior) return { value: null, gap: 'NO_PRIOR_PERIOD', params };
  if (prior.lte(Exact40.ZERO)) return { value: null, gap: 'PRIOR_NOT_POSITIVE', params };
  return {
    value: current.minus(prior).times(exactInteger(100)).div(prior).limited([]),
    gap: null,
    params,
  };
}
