import { attempt, attemptAsync, type SafeResult } from '../errors';
import { endRun, startRun } from './_lib/metrics/finish/startRun';
import { checkFacts, readStreams, readStreamsAsync } from './_lib/metrics/read/readStreams';
import type { KpiMeasures } from './KpiMeasures';
import type { MeasureKpisInput } from './MeasureKpisOptions';

export type { MeasureKpisInput } from './MeasureKpisOptions';

/**
 * The fact streams of {@link measureKpis}, each optional: model entities (`Order`, `Delivery`,
 * `Invoice`, `CreditNote`, `Payment`, `SurveyResponse`, `Complaint`, `TrainingRecord`, `Customer`,
 * `Target`) and caller-supplied values `{ managerId, kpi, value, source }` (`manual`).
 */
export interface KpiFacts<S = Iterable<unknown>> {
  readonly customers?: S;
  readonly orders?: S;
  readonly deliveries?: S;
  readonly invoices?: S;
  readonly creditNotes?: S;
  readonly payments?: S;
  readonly surveyResponses?: S;
  readonly complaints?: S;
  readonly trainingRecords?: S;
  readonly targets?: S;
  readonly manual?: S;
}

/**
 * Measures KPI metrics from facts for every manager at once (DOMAIN §5), exactly: each stream is
 * read once, in a fixed order (customers, orders, deliveries, invoices, credit notes, payments,
 * survey responses, complaints, training records, targets, manual), and only when a metric asked
 * for reads it. Money is summed as exact decimals in `baseCurrency` (FX by `fxPolicy`, the rules
 * of commission's `FxPolicy`, through `findRate`; a missing rate is `MISSING_FX_RATE`);
 * quotients have 40 significant digits. The period is half-open `[start, end)`. The rules:
 *
 * - `sales_amount` — Σ `orderNet` of non-cancelled orders dated in the period, less credit notes
 *   dated in it (each for its own `ownerId`).
 * - `sales_growth` — `(sales − prior sales) ÷ prior sales × 100` (percent), prior sales measured
 *   the same way in `priorPeriod`; `null` with gap `NO_PRIOR_PERIOD` or `PRIOR_NOT_POSITIVE`.
 * - `new_customers` — customers whose `firstDealDate` (or, without one, first non-cancelled order
 *   in the orders stream) is in the period, counted for the customer's owner.
 * - `order_completion_rate` — completed ÷ non-cancelled orders dated in the period × 100.
 * - `on_time_delivery_rate` — of non-cancelled orders whose `promisedDate` is in the period, those
 *   whose positive lines are fully delivered by deliveries dated on or before it, × 100.
 * - `collection_rate` (回款率) — of invoices due in the period, cash allocated to them and paid by
 *   `asOf` (at most each invoice's amount) ÷ their totals less credit notes by `asOf`, × 100; for
 *   the invoice's owner.
 * - `dso` — receivables ÷ sales × days in the period: receivables the open balances at `asOf` of
 *   invoices issued by then, sales the totals of invoices issued in the period.
 * - `complaint_count` — complaints dated in the period, with `perHundredOrders` (÷ non-cancelled
 *   orders × 100).
 * - `csat` — answers of 4–5 ÷ CSAT answers × 100; `nps` — (promoters 9–10 − detractors 0–6) ÷
 *   NPS answers × 100, in points; responses and complaints without `ownerId` go to the
 *   customer's owner, else count in `unattributed`.
 * - `training_completion` — completed ÷ training records dated in the period × 100.
 * - `target_completion` — the `targetMetric`'s value ÷ the manager's target for it × 100.
 * - `manual` — caller-supplied values passed through with their `source`.
 *
 * A division by zero gives `value: null` and a {@link MetricGap}, never NaN or Infinity. Merge
 * results of shards with {@link mergeKpiMeasures}; feed one manager into `scoreScorecard` with
 * {@link kpiValues}.
 *
 * @param facts - the fact streams (iterables), see {@link KpiFacts}
 * @param options - see {@link MeasureKpisOptions}; `fx`: the FX table (needed when a currency
 * differs from the base); `signal`, `onProgress` (one stage per stream, named after it)
 * @returns the measures per manager (evidence `full` by default)
 * @throws CrmRulesError `INVALID_INPUT` for bad options (an unknown metric at
 * `['options', 'metrics', i]`), an unknown stream, a malformed fact or a survey score outside its
 * scale (at `['facts', stream, index, field]`); `INVALID_DATE`, `INVALID_AMOUNT`, `UNSAFE_KEY`
 * at the fact's field; `MISSING_FX_RATE`; `CONFLICT` for two targets or manual values that
 * differ; `ABORTED`
 * @example
 * ```ts
 * const measures = measureKpis(
 *   {
 *     orders: [
 *       { id: 'SO-1', customerId: 'C-1', ownerId: 'AM-1', orderDate: '2026-01-10', currency: 'USD', status: 'completed',
 *         lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '2', unitPrice: '50' }] },
 *     ],
 *     surveyResponses: [
 *       { id: 'S-1', customerId: 'C-1', ownerId: 'AM-1', date: '2026-02-01', csat: 5 },
 *       { id: 'S-2', customerId: 'C-1', ownerId: 'AM-1', date: '2026-02-02', csat: 3 },
 *     ],
 *   },
 *   { period: { start: '2026-01-01', end: '2026-04-01' }, baseCurrency: 'USD', metrics: ['sales_amount', 'csat'] },
 * );
 * [measures.managers[0].metrics.sales_amount?.value, measures.managers[0].metrics.csat?.value];
 * //=> ['100', '50']
 * ```
 */
export function measureKpis(facts: KpiFacts, options: MeasureKpisInput): KpiMeasures {
  const { run, control } = startRun(options);
  readStreams(run, checkFacts(facts), control);
  return endRun(run);
}

/**
 * Like {@link measureKpis}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeMeasureKpis({}, { period: { start: '2026-01-01', end: '2026-04-01' }, baseCurrency: 'USD', metrics: ['sales'] }).success;
 * //=> false
 * ```
 */
export function safeMeasureKpis(
  facts: KpiFacts,
  options: MeasureKpisInput,
): SafeResult<KpiMeasures> {
  return attempt(() => measureKpis(facts, options));
}

/**
 * Like {@link measureKpis}, for async iterables (streams, cursors, paginated APIs) or sync ones;
 * `options.signal` is looked at between any two facts.
 *
 * @param facts - the fact streams, each an async or sync iterable
 * @param options - as {@link measureKpis}
 * @returns a promise of the measures
 * @throws CrmRulesError (as a rejection) as {@link measureKpis}
 * @example
 * ```ts
 * async function* training() {
 *   yield { id: 'T-1', managerId: 'AM-1', courseId: 'K', date: '2026-01-05', hours: '2', completed: true };
 *   yield { id: 'T-2', managerId: 'AM-1', courseId: 'L', date: '2026-01-06', hours: '2', completed: false };
 * }
 * const measures = await measureKpisAsync({ trainingRecords: training() },
 *   { period: { start: '2026-01-01', end: '2026-04-01' }, baseCurrency: 'USD', metrics: ['training_completion'] });
 * measures.managers[0].metrics.training_completion?.value;
 * //=> '50'
 * ```
 */
export async function measureKpisAsync(
  facts: KpiFacts<AsyncIterable<unknown> | Iterable<unknown>>,
  options: MeasureKpisInput,
): Promise<KpiMeasures> {
  const { run, control } = startRun(options);
  await readStreamsAsync(run, checkFacts(facts), control);
  return endRun(run);
}

/**
 * Like {@link measureKpisAsync}, but returns `{ success, data | error }` instead of rejecting; it
 * never throws.
 *
 * @example
 * ```ts
 * (await safeMeasureKpisAsync({ orders: 1 }, { period: { start: '2026-01-01', end: '2026-04-01' }, baseCurrency: 'USD' })).success;
 * //=> false
 * ```
 */
export function safeMeasureKpisAsync(
  facts: KpiFacts<AsyncIterable<unknown> | Iterable<unknown>>,
  options: MeasureKpisInput,
): Promise<SafeResult<KpiMeasures>> {
  return attemptAsync(() => measureKpisAsync(facts, options));
}
