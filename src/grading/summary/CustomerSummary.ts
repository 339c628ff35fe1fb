import type { Money } from '../../money';
import type { IsoDate } from '../../period';
import type { SummaryConvention, SummaryUnit } from './SummaryOptions';

/**
 * One customer's summary up to the observation end (DOMAIN §4). Durations and `monetaryValue`
 * are plain numbers — statistical inputs for BG/NBD and Gamma-Gamma, with the field names of the
 * lifetime-value models (`frequency`, `recency`, `T`, `monetaryValue`: lifetimes' names in camel
 * case), so a `btyd` summary is a valid BTYD row as it stands. Money figures are exact `Money`.
 */
export interface CustomerSummary {
  readonly customerId: string;
  /** The first and last purchase on or before the end. */
  readonly firstPurchase: IsoDate;
  readonly lastPurchase: IsoDate;
  /** Purchases on or before the end, the first included (purchase days when merged). */
  readonly purchases: number;
  /** Transactions on or before the end: purchases and returns, before any merging. */
  readonly transactions: number;
  /** `purchases − 1` when the first purchase is excluded (BTYD), else `purchases`. */
  readonly frequency: number;
  /** BTYD: last − first purchase; RFM: end − last purchase; in `unit`s. */
  readonly recency: number;
  /** end − first purchase, in `unit`s. */
  readonly T: number;
  /** `averageValue` as a float, for the statistical models (0 when `frequency` is 0). */
  readonly monetaryValue: number;
  /** Mean value of the purchases `frequency` counts (zero when none), to 40 significant digits. */
  readonly averageValue: Money;
  /** Net value of every transaction on or before the end: purchases less returns. */
  readonly totalValue: Money;
  /** Magnitude of the returns on or before the end. */
  readonly returnedValue: Money;
  /** Net value from `periodStart` to the end, or `null` without `periodStart`. */
  readonly periodValue: Money | null;
  /** Purchases from `periodStart` to the end, or `null` without `periodStart`. */
  readonly periodPurchases: number | null;
  /** Whole days from the first purchase to the end. */
  readonly tenureDays: number;
  /** Whole years from the first purchase to the end, by anniversaries (合作年限). */
  readonly tenureYears: number;
}

/** What {@link summarise} returns: the summaries and the settings that produced them. */
export interface SummaryResult {
  readonly convention: SummaryConvention;
  readonly unit: SummaryUnit;
  /** The observation end, inclusive. */
  readonly end: IsoDate;
  readonly currency: string;
  readonly mergeSameDay: boolean;
  readonly includeFirstPurchase: boolean;
  readonly periodStart: IsoDate | null;
  /** One summary per customer with a purchase on or before the end, by `customerId`. */
  readonly summaries: readonly CustomerSummary[];
  /** Transactions on or before the end (purchases and returns). */
  readonly transactions: number;
  /** What was left out — counted, never silently dropped. */
  readonly excluded: {
    /** Transactions dated after the end. */
    readonly afterEnd: number;
    /** Customers in the ledger without a purchase on or before the end. */
    readonly customersWithoutPurchase: number;
  };
}
