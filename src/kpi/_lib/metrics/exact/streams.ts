import type { MeasuredMetric } from '../../../KpiMeasures';

/**
 * Internal: the fact streams, in the order a run reads them — customers before orders (first
 * deals), orders before deliveries (on-time), invoices before credit notes and payments (cash
 * and receivables per invoice).
 */
export const FACT_STREAMS = [
  'customers',
  'orders',
  'deliveries',
  'invoices',
  'creditNotes',
  'payments',
  'surveyResponses',
  'complaints',
  'trainingRecords',
  'targets',
  'manual',
] as const;
/** Internal: a fact stream name. */
export type FactStream = (typeof FACT_STREAMS)[number];

/** Internal: the streams each metric reads (one source: a new metric must say what it reads). */
const READS = {
  sales_amount: ['orders', 'creditNotes'],
  sales_growth: ['orders', 'creditNotes'],
  new_customers: ['customers', 'orders'],
  order_completion_rate: ['orders'],
  on_time_delivery_rate: ['orders', 'deliveries'],
  collection_rate: ['invoices', 'creditNotes', 'payments'],
  dso: ['invoices', 'creditNotes', 'payments'],
  complaint_count: ['customers', 'complaints', 'orders'],
  csat: ['customers', 'surveyResponses'],
  nps: ['customers', 'surveyResponses'],
  training_completion: ['trainingRecords'],
  target_completion: ['targets'],
} as const satisfies Record<MeasuredMetric, readonly FactStream[]>;

/** Internal: the streams a run must read for these metrics (targets always, when given). */
export function streamsFor(
  metrics: readonly MeasuredMetric[],
  targetMetric: MeasuredMetric,
  manual: boolean,
): Set<FactStream> {
  const out = new Set<FactStream>(['targets']);
  for (const metric of metrics) for (const stream of READS[metric]) out.add(stream);
  if (metrics.includes('target_completion'))
    for (const stream of READS[targetMetric]) out.add(stream);
  if (manual) out.add('manual');
  return out;
}
