import type { CreditSplit } from '../../model/CreditSplit';
import { type SplitInfo, SplitStore } from './SplitStore';

/**
 * Internal: the index key of an invoice's split (order splits are keyed by the order id; the NUL
 * prefix keeps the two apart).
 */
export function invoiceKey(invoiceId: string): string {
  return `\u0000invoice\u0000${invoiceId}`;
}

/** Internal: an order's line-level credit splits, and its order-level one if any. */
export interface SplitLines {
  order: SplitInfo | null;
  readonly lines: Map<string, SplitInfo>;
}

/**
 * Internal: an index entry: an order-level split (its input index; the split is read with
 * `SplitIndex.info`), or the order's line-level splits.
 */
export type SplitEntry = number | SplitLines;

/**
 * Internal: credit splits by order id — the order-level split, or the line-level ones — kept as
 * two arrays in order of first sight (`keys[i]`, `entries[i]`). While the ids arrive in ascending
 * order (as exports usually give them) a repeat can only be the last id, so no map is built; the
 * map from ids to positions is made on the first lookup that needs one.
 */
export class SplitIndex extends SplitStore {
  readonly keys: string[];
  readonly entries: SplitEntry[];
  /** The number of ids (`keys.length` once `finish` has trimmed the arrays). */
  #n = 0;
  #at: Map<string, number> | null = null;
  /** Whether `keys` are strictly ascending (then `#at` may stay unbuilt while adding). */
  #ascending = true;

  /** For `splits` splits, as {@link SplitStore}; `keys` and `entries` are sized for them too. */
  constructor(splits = 0, given: readonly CreditSplit[] | null = null) {
    super(splits, given);
    this.keys = new Array<string>(splits);
    this.entries = new Array<SplitEntry>(splits);
  }

  get size(): number {
    return this.#n;
  }

  /** The number of line-level splits. */
  lineSplits = 0;

  /** Ends adding: `keys` and `entries` are trimmed to the ids added. */
  finish(): void {
    this.keys.length = this.#n;
    this.entries.length = this.#n;
  }

  /** The order-level split of an entry. */
  orderSplit(entry: SplitEntry): SplitInfo | null {
    if (typeof entry === 'number') return this.info(entry);
    return entry.order;
  }

  /** The split of an order line: line-level first, then order-level. */
  lineSplit(entry: SplitEntry, lineId: string | null): SplitInfo | null {
    if (typeof entry === 'number') return this.info(entry);
    return (lineId === null ? undefined : entry.lines.get(lineId)) ?? entry.order;
  }

  #positions(): Map<string, number> {
    let at = this.#at;
    if (at === null) {
      at = new Map();
      for (let i = 0; i < this.#n; i += 1) at.set(this.keys[i] as string, i);
      this.#at = at;
    }
    return at;
  }

  /** The position of `orderId` in `keys`, or −1. */
  find(orderId: string): number {
    const n = this.#n;
    if (n > 0 && this.keys[n - 1] === orderId) return n - 1;
    return this.#positions().get(orderId) ?? -1;
  }

  /** The entry of `orderId`, if any. */
  get(orderId: string): SplitEntry | undefined {
    const i = this.find(orderId);
    return i < 0 ? undefined : this.entries[i];
  }

  has(orderId: string): boolean {
    return this.find(orderId) >= 0;
  }

  /** The entry of `orderId` while adding: the last one, else (ids out of order) by the map. */
  lookup(orderId: string): SplitEntry | undefined {
    const n = this.#n;
    if (n === 0) return undefined;
    const last = this.keys[n - 1] as string;
    if (last === orderId) return this.entries[n - 1];
    if (this.#ascending && orderId > last) return undefined;
    return this.get(orderId);
  }

  /** Adds the entry of an id not yet in the index. */
  add(orderId: string, entry: SplitEntry): void {
    const n = this.#n;
    if (n > 0 && !(orderId > (this.keys[n - 1] as string))) this.#ascending = false;
    if (this.#at !== null || !this.#ascending) this.#positions().set(orderId, n);
    this.keys[n] = orderId;
    this.entries[n] = entry;
    this.#n = n + 1;
  }

  /** Replaces the entry at position `i`. */
  replace(i: number, entry: SplitEntry): void {
    this.entries[i] = entry;
  }

  forEach(fn: (entry: SplitEntry, orderId: string) => void): void {
    for (let i = 0; i < this.#n; i += 1) fn(this.entries[i] as SplitEntry, this.keys[i] as string);
  }
}
