import { dayNumberOf, isoOfDayNumber } from '../../../../_lib/civil';
import { CrmRulesError, type ErrorPath } from '../../../../errors';
import type { FxTable } from '../../../../money';
import type { ManualMeasure, MeasuredMetric, TargetFact } from '../../../KpiMeasures';
import type { MeasureKpisOptions } from '../../../MeasureKpisOptions';
import { type FxPeriod, FxRates } from '../exact/fxToBase';
import { type FactStream, streamsFor } from '../exact/streams';
import { DueOrders, OpenInvoices } from './JoinTables';
import { TallyColumns } from './TallyColumns';

/** Internal: a customer's first order so far (updated in place). */
export interface FirstOrder {
  date: string;
  owner: string;
  order: string;
}

/**
 * Internal: a customer of the customers stream — its owner, its first-deal date, and without one
 * its first order so far (`null` before any), kept in the same entry so that an order costs one
 * map lookup.
 */
export interface ListedCustomer {
  readonly owner: string;
  readonly firstDeal: string | undefined;
  first: FirstOrder | null;
}

/** Internal: everything one measuring run holds while it reads the streams. */
export class MeasureRun {
  readonly current: FxPeriod;
  readonly prior: FxPeriod | null;
  readonly asOf: string;
  readonly days: number;
  readonly full: boolean;
  readonly metrics: readonly MeasuredMetric[];
  readonly streams: ReadonlySet<FactStream>;
  readonly fx: FxRates;
  /** Orders wait for deliveries (the deliveries stream is read). */
  readonly wantsDeliveries: boolean;
  /** Orders decide new customers (customers and `new_customers` asked for). */
  readonly wantsFirstOrders: boolean;
  /** Every manager's tally, by slot (see {@link MeasureRun.manager}). */
  readonly tallies: TallyColumns;
  readonly customers = new Map<string, ListedCustomer>();
  /** The first order of each customer missing from the customers stream. */
  readonly firstOrders = new Map<string, FirstOrder>();
  readonly dueOrders = new DueOrders();
  readonly invoices = new OpenInvoices();
  readonly targets = new Map<string, Map<string, TargetFact>>();
  readonly manual = new Map<string, Map<string, ManualMeasure>>();
  readonly unattributed = { surveyResponses: 0, complaints: 0 };

  constructor(
    readonly options: MeasureKpisOptions,
    table: FxTable | undefined,
    metrics: readonly MeasuredMetric[],
    readonly wantsManual: boolean,
  ) {
    this.current = fxPeriod(options.period);
    this.prior = options.priorPeriod === undefined ? null : fxPeriod(options.priorPeriod);
    this.asOf = options.asOf ?? this.current.last;
    this.days =
      (dayNumberOf(this.current.end) as number) - (dayNumberOf(this.current.start) as number);
    this.full = options.evidence === 'full';
    this.tallies = new TallyColumns(this.full);
    this.metrics = metrics;
    this.streams = streamsFor(this.metrics, options.targetMetric, wantsManual);
    this.fx = new FxRates(table, options.fxPolicy);
    this.wantsDeliveries = this.streams.has('deliveries');
    this.wantsFirstOrders = this.streams.has('customers') && metrics.includes('new_customers');
  }

  /** The manager's slot in {@link MeasureRun.tallies}, its tally made on first use. */
  manager(managerId: string): number {
    return this.tallies.slot(managerId);
  }

  /** `current` when the date is in the period, `prior` in the prior period, else `null`. */
  where(date: string): 'current' | 'prior' | null {
    if (date >= this.current.start && date < this.current.end) return 'current';
    const prior = this.prior;
    if (prior !== null && date >= prior.start && date < prior.end) return 'prior';
    return null;
  }

  /** True when the date is in the period. */
  inPeriod(date: string): boolean {
    return date >= this.current.start && date < this.current.end;
  }

  /** Refuses a second value for the same key (targets of one date, manual values). */
  conflict(what: string, path: ErrorPath, value: unknown): CrmRulesError {
    return new CrmRulesError('CONFLICT', `two different ${what}`, { path, value });
  }
}

function fxPeriod(period: { start: string; end: string }): FxPeriod {
  const last = isoOfDayNumber((dayNumberOf(period.end) as number) - 1);
  return { start: period.start, end: period.end, last };
}
