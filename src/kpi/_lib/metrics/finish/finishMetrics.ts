import { Decimal } from '../../../../_lib/decimal';
import type { TraceParam, TraceStep } from '../../../../explain';
import { Exact40 } from '../../../../money/_lib/Exact40';
import { Fixed, type Scaled } from '../../../../money/_lib/scaled/Fixed';
import type {
  FactRef,
  MeasuredMetric,
  MetricGap,
  MetricMeasure,
  MetricUnit,
  TargetFact,
} from '../../../KpiMeasures';
import { compareFacts, type FactGroup, type MoneySum, type Tally } from '../tally/Tally';

/** Internal: what finishing a manager's metrics needs besides the tally. */
export interface FinishSettings {
  readonly metrics: readonly MeasuredMetric[];
  readonly days: number;
  readonly hasPrior: boolean;
  readonly targetMetric: MeasuredMetric;
}

interface Raw {
  readonly value: Exact40 | null;
  readonly gap: MetricGap | null;
  /** The trace step's params; {@link measureOf} adds the value (or the gap) to them. */
  readonly params: Record<string, TraceParam>;
  readonly perHundredOrders?: string | null;
}

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

/** `n × scale ÷ d` (40 significant digits), or the gap when `d` is not above zero. */
function ratio(n: Exact40, d: Exact40, scale: number, gap: MetricGap = 'ZERO_DENOMINATOR'): Raw {
  const params = { numerator: n.toFixed(), denominator: d.toFixed() };
  if (d.lte(Exact40.ZERO)) return { value: null, gap, params };
  return { value: n.times(integer(scale)).div(d).limited([]), gap: null, params };
}

/**
 * {@link ratio} of two counts (safe integers): the same value and params, the params' texts
 * written straight from the numbers (`String` of an integer is its decimal text).
 */
function countRatio(n: number, d: number, scale: number): Raw {
  const params = { numerator: String(n), denominator: String(d) };
  if (d <= 0) return { value: null, gap: 'ZERO_DENOMINATOR', params };
  return { value: integer(n).times(integer(scale)).div(integer(d)).limited([]), gap: null, params };
}

/** An integer (a count, a scale) as an {@link Exact40}. */
function integer(n: number): Exact40 {
  return Exact40.of(BigInt(n), 0);
}

/** A tally's exact sum as an {@link Exact40}. */
function exact40(value: Scaled): Exact40 {
  return value instanceof Fixed ? Exact40.of(BigInt(value.u), value.s) : Exact40.ofDecimal(value);
}

function plain(value: Exact40, params: Record<string, TraceParam> = {}): Raw {
  return { value, gap: null, params };
}

/** Internal: a manager's metrics from its tally (one source of every metric rule). */
export function finishMetrics(
  tally: Tally,
  targets: ReadonlyMap<string, TargetFact>,
  settings: FinishSettings,
): Partial<Record<MeasuredMetric, MetricMeasure>> {
  const raws = new Map<MeasuredMetric, Raw>();
  const sums = decimalSums(tally);
  const raw = (metric: MeasuredMetric): Raw => {
    let found = raws.get(metric);
    if (found === undefined) {
      found = rawMetric(metric, tally, sums, targets, settings, raw);
      raws.set(metric, found);
    }
    return found;
  };
  const out: Partial<Record<MeasuredMetric, MetricMeasure>> = {};
  for (const metric of settings.metrics)
    out[metric] = measureOf(metric, raw(metric), tally, targets);
  return out;
}

/** A tally's money sums as {@link Exact40}, each converted once and only when a metric reads it. */
function decimalSums(tally: Tally): (k: MoneySum) => Exact40 {
  const done: Partial<Record<MoneySum, Exact40>> = {};
  return (k) => {
    let d = done[k];
    if (d === undefined) {
      d = exact40(tally.money(k));
      done[k] = d;
    }
    return d;
  };
}

function rawMetric(
  metric: MeasuredMetric,
  tally: Tally,
  m: (k: MoneySum) => Exact40,
  targets: ReadonlyMap<string, TargetFact>,
  settings: FinishSettings,
  raw: (metric: MeasuredMetric) => Raw,
): Raw {
  const count = tally.count;
  const c = (k: keyof Tally['count']) => integer(count[k]);
  switch (metric) {
    case 'sales_amount':
      return plain(m('salesOrders').minus(m('salesCredits')), {
        orders: m('salesOrders').toFixed(),
        credits: m('salesCredits').toFixed(),
      });
    case 'sales_growth':
      return growth(
        m('salesOrders').minus(m('salesCredits')),
        m('priorOrders').minus(m('priorCredits')),
        settings.hasPrior,
      );
    case 'new_customers':
      return plain(c('newCustomers'));
    case 'order_completion_rate':
      return countRatio(count.ordersCompleted, count.orders, 100);
    case 'on_time_delivery_rate':
      return countRatio(count.ordersOnTime, count.ordersDue, 100);
    case 'collection_rate':
      return ratio(m('amountCollected'), m('amountDue'), 100);
    case 'dso':
      return {
        ...ratio(m('receivables'), m('invoiced'), settings.days),
        params: {
          receivables: m('receivables').toFixed(),
          sales: m('invoiced').toFixed(),
          days: settings.days,
        },
      };
    case 'complaint_count': {
      const per = countRatio(count.complaints, count.orders, 100).value;
      return {
        ...plain(c('complaints'), { orders: tally.count.orders }),
        perHundredOrders: per === null ? null : per.toFixed(),
      };
    }
    case 'csat':
      return countRatio(count.csatPositive, count.csatAnswers, 100);
    case 'nps':
      return {
        ...countRatio(count.npsPromoters - count.npsDetractors, count.npsAnswers, 100),
        params: {
          promoters: tally.count.npsPromoters,
          detractors: tally.count.npsDetractors,
          answers: tally.count.npsAnswers,
        },
      };
    case 'training_completion':
      return countRatio(count.trainingCompleted, count.trainingAssigned, 100);
    case 'target_completion':
      return targetCompletion(
        raw(settings.targetMetric),
        targets.get(settings.targetMetric),
        settings.targetMetric,
      );
    default: {
      const _exhaustive: never = metric;
      return _exhaustive;
    }
  }
}

function growth(current: Exact40, prior: Exact40, hasPrior: boolean): Raw {
  const params = { current: current.toFixed(), prior: prior.toFixed() };
  if (!hasPrior) return { value: null, gap: 'NO_PRIOR_PERIOD', params };
  if (prior.lte(Exact40.ZERO)) return { value: null, gap: 'PRIOR_NOT_POSITIVE', params };
  return {
    value: current.minus(prior).times(integer(100)).div(prior).limited([]),
    gap: null,
    params,
  };
}

function targetCompletion(actual: Raw, target: TargetFact | undefined, metric: string): Raw {
  const params = {
    of: metric,
    actual: actual.value?.toFixed() ?? null,
    target: target?.value ?? null,
  };
  if (actual.value === null) return { value: null, gap: 'NO_ACTUAL', params };
  if (target === undefined) return { value: null, gap: 'NO_TARGET', params };
  const result = ratio(
    actual.value,
    Exact40.ofDecimal(new Decimal(target.value)),
    100,
    'TARGET_NOT_POSITIVE',
  );
  return { ...result, params };
}

function measureOf(
  metric: MeasuredMetric,
  raw: Raw,
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
