import type { TraceStep } from '../../../../explain';
import type {
  FactRef,
  MeasuredMetric,
  MetricMeasure,
  MetricUnit,
  TargetFact,
} from '../../../KpiMeasures';
import { compareFacts, type FactGroup, type Tally } from '../tally/Tally';
import type { MetricRaw } from './MetricRaw';

const UNITS = {
  sales_amount: 'money',
  sales_growth: 'percent',
  new_customers: 'count',
  order_completion_rate: 'percent',
  on_time_delivery_rate: 'percent',
  collection_rate: 'percent',
  dso: 'days',
  complaint_count: 'count',
  csat: 'percent',
  nps: 'points',
  training_completion: 'percent',
  target_completion: 'percent',
} as const satisfies Record<MeasuredMetric, MetricUnit>;

const GROUPS = {
  sales_amount: ['orders', 'credits'],
  sales_growth: ['orders', 'credits', 'priorOrders', 'priorCredits'],
  new_customers: ['newCustomers'],
  order_completion_rate: ['orders'],
  on_time_delivery_rate: ['dueOrders'],
  collection_rate: ['invoicesDue'],
  dso: ['dsoInvoices'],
  complaint_count: ['complaints'],
  csat: ['csat'],
  nps: ['nps'],
  training_completion: ['training'],
  target_completion: [],
} as const satisfies Record<MeasuredMetric, readonly FactGroup[]>;

/** The trace code of each metric's value, written once (not per manager). */
const CODES = Object.fromEntries(Object.keys(UNITS).map((m) => [m, `kpi.metric.${m}`])) as Readonly<
  Record<MeasuredMetric, string>
>;

/**
 * Internal: a metric's measure from its raw value: the value's text (or the gap), its unit, the
 * facts it counted (listed with full evidence) and its trace step.
 */
export function measureOf(
  metric: MeasuredMetric,
  raw: MetricRaw,
  tally: Tally,
  targets: ReadonlyMap<string, TargetFact>,
): MetricMeasure {
  const groups: readonly FactGroup[] = GROUPS[metric];
  let count = 0;
  for (let i = 0; i < groups.length; i += 1) count += tally.groups[groups[i] as FactGroup];
  let items: FactRef[] | undefined;
  if (tally.items !== null)
    items = groups
      .flatMap((g) => (tally.items as NonNullable<Tally['items']>)[g])
      .sort(compareFacts);
  const target = metric === 'target_completion' ? targets.get(String(raw.params.of)) : undefined;
  if (target !== undefined) {
    count += 1;
    items?.push({ kind: 'target', id: target.id, amount: target.value });
  }
  const value = raw.value === null ? null : raw.value.toFixed();
  // The raw's params are its own (made per metric, read nowhere else): completed in place, with
  // the keys in the order a copy `{ ...params, value }` would give.
  const params = raw.params;
  if (raw.gap === null) params.value = value;
  else {
    params.metric = metric;
    params.gap = raw.gap;
  }
  const step: TraceStep =
    raw.gap === null ? { code: CODES[metric], params } : { code: 'kpi.metric.gap', params };
  const unit = UNITS[metric];
  const facts = items === undefined ? { count } : { count, items };
  const per = raw.perHundredOrders;
  // Two literals rather than a conditional spread: same keys in the same order, no copying.
  return per === undefined
    ? { metric, value, unit, gap: raw.gap, facts, trace: [step] }
    : { metric, value, unit, gap: raw.gap, facts, perHundredOrders: per, trace: [step] };
}
