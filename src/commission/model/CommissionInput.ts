import type { z } from 'zod';
import type {
  AccountManager,
  CreditNote,
  Customer,
  Invoice,
  Order,
  Payment,
  Product,
  ProductCategory,
} from '../../model';
import type { FxRate } from '../../money';
import type { CommissionPlanInput } from './CommissionPlan';
import type { CreditSplit } from './CreditSplit';
import type { KpiScore } from './KpiScore';
import type { ManualAdjustment } from './ManualAdjustment';
import type { PayeeAssignment } from './PayeeAssignment';

/** A stream of documents: an array, any iterable, or an async iterable (async entry points only). */
export type DocumentStream<T> = Iterable<T> | AsyncIterable<T>;

/**
 * Everything one period's commission run reads. All of it is plain JSON, validated by the
 * engine with paths into this object (`['orders', 12, 'lines', 0, 'quantity']`):
 *
 * - `period` — the period label (`2026-03`, `2026-Q1`, `FY2027-Q1` in the plans' calendar);
 * - `plans` — every version of every plan; `assignments` — who is on which plan when;
 * - `payees` — the account managers (reporting line, pay currency);
 * - `orders`, `invoices`, `payments`, `creditNotes` — documents as arrays or streams. Pass the
 *   period's documents and the earlier ones they refer to (the invoices a payment settles, the
 *   orders an invoice bills); only events dated in the period are credited;
 * - `customers`, `products` — for the facts conditions read; `categories` — the product category
 *   tree (`parentId`): a rate-table row pinning a category also rates the categories below it,
 *   the nearest ancestor winning;
 * - `splits`, `fxRates`, `kpiScores`, `adjustments` (manual lines).
 */
export interface CommissionInput {
  readonly period: string;
  readonly plans: readonly CommissionPlanInput[];
  readonly assignments: readonly z.input<typeof PayeeAssignment>[];
  readonly payees?: readonly z.input<typeof AccountManager>[];
  readonly orders?: DocumentStream<z.input<typeof Order>>;
  readonly invoices?: DocumentStream<z.input<typeof Invoice>>;
  readonly payments?: DocumentStream<z.input<typeof Payment>>;
  readonly creditNotes?: DocumentStream<z.input<typeof CreditNote>>;
  readonly customers?: DocumentStream<z.input<typeof Customer>>;
  readonly products?: DocumentStream<z.input<typeof Product>>;
  readonly categories?: readonly z.input<typeof ProductCategory>[];
  readonly splits?: readonly z.input<typeof CreditSplit>[];
  readonly fxRates?: DocumentStream<z.input<typeof FxRate>>;
  readonly kpiScores?: readonly z.input<typeof KpiScore>[];
  readonly adjustments?: readonly z.input<typeof ManualAdjustment>[];
}

/** Options of the engine entry points. */
export interface ComputeOptions {
  /**
   * `parse` (default) validates every document with its model schema; `trusted` skips that for
   * documents, credit splits and customers already validated (read back from a `CrmStore`, which
   * validates on write) and checks only what the engine reads — ids, amounts, dates, currencies,
   * signs, the 100 % split sum, the customer fields read as facts — about ten times faster.
   */
  readonly documents?: 'parse' | 'trusted';
  /**
   * `auto` (default) computes in exact scaled integers while they stay below 2^53 and in
   * decimal.js otherwise; `decimal` uses decimal.js throughout. Both give identical results.
   */
  readonly arithmetic?: 'auto' | 'decimal';
}
