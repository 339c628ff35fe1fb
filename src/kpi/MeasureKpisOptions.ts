import * as z from 'zod';
import type { RunOptions } from '../errors';
import { CurrencyCode, type FxTable } from '../money';
import { FxPolicySchema } from '../money/fx/_lib/FxPolicySchema';
import { IsoDate, Period } from '../period';
import { KpiMetric } from './Scorecard';

const Range = z
  .strictObject({ start: IsoDate, end: IsoDate, label: z.string().min(1).optional() })
  .refine((range) => range.start < range.end, {
    message: 'a measuring period is half-open [start, end) and not empty: end must be after start',
    path: ['end'],
    params: { code: 'INVALID_DATE_RANGE' },
  });

/**
 * Schema of a measuring period: a {@link period!Period} or a half-open date range
 * `{ start, end, label? }` (`end` excluded). The `label` (a Period's own) picks the targets.
 *
 * @example
 * ```ts
 * MeasurePeriod.safeParse({ start: '2026-01-01', end: '2026-04-01', label: '2026-Q1' }).success;
 * //=> true
 * ```
 */
export const MeasurePeriod = z.union([Period, Range]);
/** A measuring period. */
export type MeasurePeriod = z.infer<typeof MeasurePeriod>;

/**
 * Schema of the FX rule of {@link measureKpis}, with the fields and meaning of commission's
 * `FxPolicy`, looked up by the same `findRate`: `document-date` (default) converts each fact at
 * its own date (order date, credit note date, invoice issue date, payment date); `payment-date`
 * is the same for KPI facts (a payment at its date, every other document at its own date);
 * `period-end` at the last day of the period the fact is measured in (the prior period's for
 * prior facts); `period-average` at the average of the rates dated in that period. `lookup`
 * `on-or-before` (default, optionally at most `maxAgeDays` old) or `exact`; `via` crosses.
 *
 * @example
 * ```ts
 * KpiFxPolicy.parse({});
 * //=> { policy: 'document-date', lookup: 'on-or-before' }
 * ```
 */
export const KpiFxPolicy = FxPolicySchema;
/** The FX rule of {@link measureKpis}. */
export type KpiFxPolicy = z.infer<typeof KpiFxPolicy>;

/** The metrics measured from facts: every {@link KpiMetric} (`manual` passes values through). */
const TargetMetric = KpiMetric.exclude(['target_completion', 'manual']);

/**
 * Schema of the options of {@link measureKpis} (the FX table and run options aside):
 * `period` and optional `priorPeriod` (for `sales_growth`); `baseCurrency`; `fxPolicy`;
 * `asOf` — the cut-off of cash and receivables for `collection_rate` and `dso` (default: the
 * period's last day); `metrics` — which to measure (default: all; an unknown name fails with
 * `INVALID_INPUT` at `['options', 'metrics', i]`); `evidence` — `full` (default: every counted
 * fact's id, amount and tag) or `counts` (only how many, for large runs); `targetMetric` — the
 * metric `target_completion` compares with its target (default `sales_amount`).
 *
 * @example
 * ```ts
 * MeasureKpisOptions.parse({ period: { start: '2026-01-01', end: '2026-04-01' }, baseCurrency: 'USD' }).evidence;
 * //=> 'full'
 * ```
 */
export const MeasureKpisOptions = z.strictObject({
  period: MeasurePeriod,
  priorPeriod: MeasurePeriod.optional(),
  baseCurrency: CurrencyCode,
  fxPolicy: KpiFxPolicy.default({ policy: 'document-date', lookup: 'on-or-before' }),
  asOf: z.optional(IsoDate),
  metrics: z.array(KpiMetric).min(1).optional(),
  evidence: z.enum(['full', 'counts']).default('full'),
  targetMetric: TargetMetric.default('sales_amount'),
});
/** Options of {@link measureKpis}, parsed. */
export type MeasureKpisOptions = z.infer<typeof MeasureKpisOptions>;
/** Options of {@link measureKpis} as a caller writes them (plus `fx` and run options). */
export type MeasureKpisOptionsInput = z.input<typeof MeasureKpisOptions>;
/** Options of {@link measureKpis}: {@link MeasureKpisOptions}, the FX table and run options. */
export type MeasureKpisInput = MeasureKpisOptionsInput & { readonly fx?: FxTable } & RunOptions;
