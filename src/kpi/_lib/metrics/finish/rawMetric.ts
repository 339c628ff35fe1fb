import type { Exact40 } from '../../../../money/_lib/Exact40';
import type { MeasuredMetric, TargetFact } from '../../../KpiMeasures';
import type { MoneySum, Tally } from '../tally/Tally';
import type { FinishSettings } from './FinishSettings';
import { exactInteger, type MetricRaw, plainRaw } from './MetricRaw';
import { metricGrowth } from './metricGrowth';
import { countRatio, metricRatio } from './metricRatio';
import { targetCompletion } from './targetCompletion';

/**
 * Internal: one metric's raw value from a manager's tally (one source of every metric rule):
 * `m` gives the money sums, `raw` another metric's raw value (`target_completion` reads its
 * target metric's).
 */
export function rawMetric(
  metric: MeasuredMetric,
  tally: Tally,
  m: (k: MoneySum) => Exact40,
  targets: ReadonlyMap<string, TargetFact>,
  settings: FinishSettings,
  raw: (metric: MeasuredMetric) => MetricRaw,
): MetricRaw {
  const count = tally.count;
  switch (metric) {
    case 'sales_amount':
      return plainRaw(m('salesOrders').minus(m('salesCredits')), {
        orders: m('salesOrders').toFixed(),
        credits: m('salesCredits').toFixed(),
      });
    case 'sales_growth':
      return metricGrowth(
        m('salesOrders').minus(m('salesCredits')),
        m('priorOrders').minus(m('priorCredits')),
        settings.hasPrior,
      );
    case 'new_customers':
      return plainRaw(exactInteger(count.newCustomers));
    case 'order_completion_rate':
      return countRatio(count.ordersCompleted, count.orders, 100);
    case 'on_time_delivery_rate':
      return countRatio(count.ordersOnTime, count.ordersDue, 100);
    case 'collection_rate':
      return metricRatio(m('amountCollected'), m('amountDue'), 100);
    case 'dso':
      return dso(m, settings.days);
    case 'complaint_count':
      return complaints(tally);
    case 'csat':
      return countRatio(count.csatPositive, count.csatAnswers, 100);
    case 'nps':
      return nps(tally);
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

/** `dso`: receivables × days ÷ the period's sales, with the sums and the days as params. */
function dso(m: (k: MoneySum) => Exact40, days: number): MetricRaw {
  return {
    ...metricRatio(m('receivables'), m('invoiced'), days),
    params: { receivables: m('receivables').toFixed(), sales: m('invoiced').toFixed(), days },
  };
}

/** `complaint_count`: the count, and per hundred orders beside it. */
function complaints(tally: Tally): MetricRaw {
  const count = tally.count;
  const per = countRatio(count.complaints, count.orders, 100).value;
  return {
    ...plainRaw(exactInteger(count.complaints), { orders: count.orders }),
    perHundredOrders: per === null ? null : per.toFixed(),
  };
}

/** `nps`: (promoters − detractors) × 100 ÷ answers, with the three counts as params. */
function nps(tally: Tally): MetricRaw {
  const count = tally.count;
  return {
    ...countRatio(count.npsPromoters - count.npsDetractors, count.npsAnswers, 100),
    params: {
      promoters: count.npsPromoters,
      detractors: count.npsDetractors,
      answers: count.npsAnswers,
    },
  };
}
