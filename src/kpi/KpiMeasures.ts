import type { TraceStep } from '../explain';
import { KpiMetric } from './Scorecard';

/**
 * The metrics {@link measureKpis} computes from facts: every {@link KpiMetric} but `manual`
 * (whose values are passed through, see {@link ManagerMeasures.manual}).
 *
 * @example
 * ```ts
 * MEASURED_METRICS.length;
 * //=> 12
 * ```
 */
export const MEASURED_METRICS: readonly Exclude<KpiMetric, 'manual'>[] = Object.freeze(
  KpiMetric.exclude(['manual']).options,
);
/** A metric measured from facts. */
export type MeasuredMetric = (typeof MEASURED_METRICS)[number];

/**
 * Why a metric has no value (`value: null`), never NaN or Infinity: `ZERO_DENOMINATOR` — nothing
 * to divide by (no orders, answers, records, amount due or sales); `NO_PRIOR_PERIOD` — growth
 * without a `priorPeriod`; `PRIOR_NOT_POSITIVE` — prior sales of zero or less; `NO_TARGET` /
 * `TARGET_NOT_POSITIVE` — target completion without a target or with a target ≤ 0;
 * `NO_ACTUAL` — target completion whose actual has no value itself.
 *
 * @example
 * ```ts
 * METRIC_GAPS.includes('ZERO_DENOMINATOR');
 * //=> true
 * ```
 */
export const METRIC_GAPS = [
  'ZERO_DENOMINATOR',
  'NO_PRIOR_PERIOD',
  'PRIOR_NOT_POSITIVE',
  'NO_TARGET',
  'TARGET_NOT_POSITIVE',
  'NO_ACTUAL',
] as const;
/** Why a metric has no value. */
export type MetricGap = (typeof METRIC_GAPS)[number];

/** The unit of a metric's value. */
export type MetricUnit = 'money' | 'percent' | 'count' | 'points' | 'days';

/** The kinds of fact a metric counts. */
export type FactKind =
  | 'order'
  | 'creditNote'
  | 'invoice'
  | 'customer'
  | 'complaint'
  | 'surveyResponse'
  | 'trainingRecord'
  | 'target';

/**
 * One counted fact: its kind and id; `amount` in the base currency when money counted (a credit
 * note's is negative); `tag` what it counted as (an order's status, `on-time` / `late`, a survey
 * score, `completed` / `open`, `prior` for a prior-period fact).
 */
export interface FactRef {
  readonly kind: FactKind;
  readonly id: string;
  readonly amount?: string;
  /** The part of `amount` a ratio's numerator counted (cash collected, the open balance). */
  readonly counted?: string;
  readonly tag?: string;
}

/** One metric of one manager. */
export interface MetricMeasure {
  readonly metric: MeasuredMetric;
  /** The exact value as a decimal string (quotients to 40 significant digits and at most 40 decimal places, half-up), or `null`. */
  readonly value: string | null;
  readonly unit: MetricUnit;
  /** Why `value` is `null`; `null` when there is a value. */
  readonly gap: MetricGap | null;
  /** The facts counted: how many, and (with `evidence: 'full'`) which, sorted by kind and id. */
  readonly facts: { readonly count: number; readonly items?: readonly FactRef[] };
  /** `complaint_count` only: complaints per 100 non-cancelled orders of the period, or `null`. */
  readonly perHundredOrders?: string | null;
  /** One step `kpi.metric.<metric>` (or `kpi.metric.gap`) with the numbers it used. */
  readonly trace: readonly TraceStep[];
}

/** A caller-supplied value (`manual` metric), passed through with its source. */
export interface ManualMeasure {
  readonly value: string;
  readonly source: string;
}

/** A manager's target for a metric, from the targets stream, in the base currency if money. */
export interface TargetFact {
  readonly id: string;
  readonly value: string;
  readonly effectiveFrom: string;
}

/**
 * The additive state behind a manager's metrics, which {@link mergeKpiMeasures} adds up: exact
 * sums and counts as decimal strings (`sums`), facts counted per group (`counts`) and, with
 * `evidence: 'full'`, the facts themselves (`items`).
 */
export interface KpiTally {
  readonly sums: Readonly<Record<string, string>>;
  readonly counts: Readonly<Record<string, number>>;
  readonly items: Readonly<Record<string, readonly FactRef[]>> | null;
}

/** One manager's measures. */
export interface ManagerMeasures {
  readonly managerId: string;
  /** The measured metrics asked for. */
  readonly metrics: Readonly<Partial<Record<MeasuredMetric, MetricMeasure>>>;
  /** Caller-supplied values by KPI id (the `manual` stream). */
  readonly manual: Readonly<Record<string, ManualMeasure>>;
  /** Targets by metric name (the `targets` stream). */
  readonly targets: Readonly<Record<string, TargetFact>>;
  readonly tally: KpiTally;
}

/** What {@link measureKpis} returns: the settings and one entry per manager, by id. */
export interface KpiMeasures {
  readonly kind: 'kpi-measures';
  readonly period: { readonly start: string; readonly end: string; readonly label: string | null };
  readonly priorPeriod: { readonly start: string; readonly end: string } | null;
  readonly asOf: string;
  readonly baseCurrency: string;
  readonly evidence: 'full' | 'counts';
  readonly targetMetric: MeasuredMetric;
  readonly metrics: readonly MeasuredMetric[];
  /** Managers in code-point order of id. */
  readonly managers: readonly ManagerMeasures[];
  /** Survey responses and complaints without an owner (none given, customer unknown). */
  readonly unattributed: { readonly surveyResponses: number; readonly complaints: number };
}
