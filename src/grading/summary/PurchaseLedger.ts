/**
 * Exact amounts of a {@link PurchaseLedger} column: integers in units of 10^−`scale` of the
 * ledger's currency — a `Float64Array` of safe integers in the usual case, a plain array with
 * bigints where some sum outgrows 2^53.
 */
export type LedgerUnits = Float64Array | ReadonlyArray<number | bigint>;

/**
 * The mergeable state of customer summaries (DOMAIN §4): for every customer, the net purchases
 * and returns of each day on which it had transactions. Built by {@link ledgerOf}, combined by
 * {@link mergeLedgers}, turned into summaries by {@link summarise} at any observation end.
 *
 * **Why day-level keys.** BTYD summaries merge the purchases of one day into one purchase, and
 * a return may cancel a purchase of the same day. A shard that saw only part of a customer's day
 * cannot know either, so the ledger keeps one slot per (customer, day) and {@link mergeLedgers}
 * adds up slots of the same day. Shards may therefore be cut any way — by customer, by date, by
 * file, by row — and merging them gives exactly the ledger of the whole; memory is
 * O(customer-days). A database can push the work down the same way: the rows of
 * `GROUP BY customer_id, date, amount < 0` are transactions of the same ledger (only the
 * transaction counts then count rows).
 *
 * **Layout.** Columnar, one slot per (customer, day): customer `k` (in `customerIds` order,
 * ascending) owns slots `offsets[k]` to `offsets[k + 1] − 1`, whose days ascend. Typed arrays
 * pass between workers by structured clone or transfer; {@link ledgerToJson} and
 * {@link parseLedgerJson} give the ledger a JSON form.
 */
export interface PurchaseLedger {
  readonly kind: 'purchase-ledger';
  /** The ISO 4217 currency of every amount. */
  readonly currency: string;
  /** Decimal places of the amount units: the currency's minor unit, or more if an amount needs it. */
  readonly scale: number;
  /** Customer ids, ascending in UTF-16 code-unit order, each once. */
  readonly customerIds: readonly string[];
  /** `customerIds.length + 1` slot offsets: customer `k` owns slots `offsets[k]` … `offsets[k + 1] − 1`. */
  readonly offsets: Int32Array;
  /** The day of each slot (days since 1970-01-01), ascending within a customer. */
  readonly days: Int32Array;
  /** Sum of the slot's purchase amounts (each ≥ 0). */
  readonly purchaseUnits: LedgerUnits;
  /** Sum of the slot's return amounts (each < 0), so ≤ 0. */
  readonly returnUnits: LedgerUnits;
  /** Number of purchase transactions in the slot. */
  readonly purchaseCounts: Float64Array;
  /** Number of return transactions in the slot. */
  readonly returnCounts: Float64Array;
}
