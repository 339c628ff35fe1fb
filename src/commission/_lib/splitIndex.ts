import type { CreditSplit } from '../CreditSplit';
import { ensure } from './columns';
import type { SplitWeights } from './splitNum';

/** Internal: a credit split with its weights, payees sorted by id. */
export interface SplitInfo {
  readonly split: CreditSplit;
  readonly index: number;
  /** Indexes into `split.splits`, sorted by payee id. */
  readonly order: readonly number[];
  readonly weights: SplitWeights;
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
export class SplitIndex {
  readonly keys: string[] = [];
  readonly entries: SplitEntry[] = [];
  // Each split by input index — its shares, their order by payee id, its weights — kept flat (no
  // object per split); `info` builds a split's `SplitInfo` on first use.
  readonly #splits: CreditSplit[] = [];
  readonly #orders: Array<readonly number[]> = [];
  readonly #weights: SplitWeights[] = [];
  readonly #infos: Array<SplitInfo | undefined> = [];
  #at: Map<string, number> | null = null;
  /** Whether `keys` are strictly ascending (then `#at` may stay unbuilt while adding). */
  #ascending = true;
  /**
   * The payee ids of the splits, numbered in order of first sight (while each split is at hand,
   * not looked up again later), and by split input index where its payee numbers, sorted by payee
   * id, start in `payeeList`.
   */
  readonly payeeNames: string[] = [];
  readonly #payeeAt = new Map<string, number>();
  payeeFrom: Int32Array;
  payeeList: Int32Array;
  #listed = 0;

  constructor(splits = 0) {
    this.payeeFrom = new Int32Array(Math.max(16, splits));
    this.payeeList = new Int32Array(Math.max(16, 2 * splits));
  }

  /** Notes the payees of split `index` (its shares in the order `order`). */
  notePayees(
    index: number,
    shares: ReadonlyArray<{ readonly payeeId: string }>,
    order: readonly number[],
  ): void {
    const n = order.length;
    const at = this.#listed;
    if (index >= this.payeeFrom.length) this.payeeFrom = ensure(this.payeeFrom, index + 1);
    if (at + n > this.payeeList.length) this.payeeList = ensure(this.payeeList, at + n);
    this.payeeFrom[index] = at;
    for (let k = 0; k < n; k += 1) {
      const id = shares[order[k] as number]?.payeeId as string;
      let p = this.#payeeAt.get(id);
      if (p === undefined) {
        p = this.payeeNames.length;
        this.#payeeAt.set(id, p);
        this.payeeNames.push(id);
      }
      this.payeeList[at + k] = p;
    }
    this.#listed = at + n;
  }

  get size(): number {
    return this.keys.length;
  }

  /** Notes split `index` (the next one): its shares, their order by payee id, its weights. */
  noteSplit(
    index: number,
    split: CreditSplit,
    order: readonly number[],
    weights: SplitWeights,
  ): void {
    this.#splits[index] = split;
    this.#orders[index] = order;
    this.#weights[index] = weights;
  }

  /** The number of splits noted. */
  get splitCount(): number {
    return this.#splits.length;
  }

  /** The share order (indexes into `split.splits`, by payee id) of split `index`. */
  orderOf(index: number): readonly number[] {
    return this.#orders[index] as readonly number[];
  }

  /** The weights of split `index`. */
  weightsOf(index: number): SplitWeights {
    return this.#weights[index] as SplitWeights;
  }

  /** Split `index` as an object (one per split, built on first use). */
  info(index: number): SplitInfo {
    let info = this.#infos[index];
    if (info === undefined) {
      info = {
        split: this.#splits[index] as CreditSplit,
        index,
        order: this.#orders[index] as readonly number[],
        weights: this.#weights[index] as SplitWeights,
      };
      this.#infos[index] = info;
    }
    return info;
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
      for (let i = 0; i < this.keys.length; i += 1) at.set(this.keys[i] as string, i);
      this.#at = at;
    }
    return at;
  }

  /** The position of `orderId` in `keys`, or −1. */
  find(orderId: string): number {
    const n = this.keys.length;
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
    const n = this.keys.length;
    if (n === 0) return undefined;
    const last = this.keys[n - 1] as string;
    if (last === orderId) return this.entries[n - 1];
    if (this.#ascending && orderId > last) return undefined;
    return this.get(orderId);
  }

  /** Adds the entry of an id not yet in the index. */
  add(orderId: string, entry: SplitEntry): void {
    const n = this.keys.length;
    if (n > 0 && !(orderId > (this.keys[n - 1] as string))) this.#ascending = false;
    if (this.#at !== null || !this.#ascending) this.#positions().set(orderId, n);
    this.keys.push(orderId);
    this.entries.push(entry);
  }

  /** Replaces the entry at position `i`. */
  replace(i: number, entry: SplitEntry): void {
    this.entries[i] = entry;
  }

  forEach(fn: (entry: SplitEntry, orderId: string) => void): void {
    for (let i = 0; i < this.keys.length; i += 1)
      fn(this.entries[i] as SplitEntry, this.keys[i] as string);
  }
}
