import type { Decimal, FxQuote, FxTable } from '../money';
import type { CreditPolicy } from './policies';

/** Where a customer's credit limit came from: its own, its group's, or the policy default. */
export type LimitSource = 'customer' | 'group' | 'default';

/**
 * One customer's credit position in an {@link ExposureIndex}, in the base currency: the limit
 * (own or group or default, plus the insured limit when the policy adds it), open receivables,
 * unbilled orders, unbilled deliveries, and the unbilled orders promised after the dynamic
 * horizon. Read it with {@link exposureOf}.
 */
export interface CustomerExposure {
  readonly customerId: string;
  readonly groupId: string | undefined;
  readonly limitSource: LimitSource;
  readonly ownLimit: Decimal;
  readonly insuredLimit: Decimal;
  readonly receivables: Decimal;
  readonly unbilledOrders: Decimal;
  readonly unbilledDeliveries: Decimal;
  readonly beyondHorizon: Decimal;
}

/** What an order counted for in an {@link ExposureIndex}, in the base currency. */
export interface CountedOrder {
  readonly customerId: string;
  readonly unbilledOrder: Decimal;
  readonly unbilledDelivery: Decimal;
  readonly beyondHorizon: boolean;
}

/** An invoice with an amount still open on `asOf`, in the base currency (for aging). */
export interface OpenItem {
  readonly invoiceId: string;
  readonly customerId: string;
  readonly managerId: string;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly open: Decimal;
  /** `open` in whole minor units of the base currency, when it is whole; else `null`. */
  readonly openUnits: number | null;
}

/** An invoice issued on or before `asOf`, in the base currency (credit sales, for DSO). */
export interface CreditSale {
  readonly customerId: string;
  readonly managerId: string;
  readonly date: string;
  readonly amount: Decimal;
  /** `amount` in whole minor units of the base currency, when it is whole; else `null`. */
  readonly amountUnits: number | null;
}

/**
 * A prepared exposure index (made by {@link buildExposureIndex}): every customer's position and
 * the open items as of `asOf`, valued in `baseCurrency` at the rates in `rates` (each the rate
 * on or before `asOf`). Frozen; {@link checkOrder} answers from it without scanning.
 */
export interface ExposureIndex {
  readonly asOf: string;
  readonly baseCurrency: string;
  readonly policy: CreditPolicy;
  /** `asOf` + `horizonDays` when the policy has a horizon. */
  readonly horizonEnd: string | undefined;
  readonly customers: ReadonlyMap<string, CustomerExposure>;
  readonly orders: ReadonlyMap<string, CountedOrder>;
  /**
   * The invoices with an amount open on `asOf`, in the order they were read. An index made by
   * {@link buildExposureIndex} keeps them as columns and makes this array on its first read (then
   * keeps it); `ageReceivables` reads the columns and never makes it.
   */
  readonly openItems: readonly OpenItem[];
  /** The invoices issued on or before `asOf` (made on first read, like `openItems`). */
  readonly creditSales: readonly CreditSale[];
  readonly rates: ReadonlyMap<string, FxQuote>;
  readonly fx: FxTable | undefined;
}
