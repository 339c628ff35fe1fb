import type { Interner } from './columns';
import { orderSplit, type SplitIndex, type SplitInfo, type SplitLines } from './context';
import { raw, rParse } from './raw';
import type { SplitWeights } from './splitNum';

const text = raw();

/** Internal: a row's split: none, one per line (looked up per event), or a split's first slot. */
export const NO_SPLIT = -1;
export const LINE_SPLITS = -2;
/** Internal: a split's slot in `SplitShares.data`: share count, weight total, largest weight … */
export const COUNT = 0;
export const TOTAL = 1;
export const WIDEST = 2;
/** … its index in the input … */
export const INDEX = 3;
/** … then per share `SHARE` numbers from `first + HEAD + k × SHARE`: payee, weight, fraction. */
export const HEAD = 4;
export const SHARE = 4;
export const PAYEE = 0;
export const WEIGHT = 1;
/** The share as a fraction (`FRACTION_S` −1: not a safe scaled integer). */
export const FRACTION_U = 2;
export const FRACTION_S = 3;

/**
 * Internal: the credit splits laid out flat — each split in one stretch of `data` (its share count,
 * weights and, per share sorted by payee id, the payee number, integer weight and fraction) — and
 * a lookup from order ids that walks the splits in input order alongside the orders (no hashing
 * while both come in the same order), falling back to the split index otherwise.
 */
export class SplitShares {
  readonly index: SplitIndex;
  data = new Float64Array(1024);
  #used = 0;
  readonly #byIndex: SplitInfo[] = [];
  readonly #payees: Interner;
  readonly #keys: string[];
  readonly #entries: Array<SplitInfo | SplitLines>;
  #cursor = 0;
  readonly #first: Int32Array;
  readonly #fractions = new Map<SplitWeights, Float64Array>();
  // `claim`: orders met in split order (the first `#claimed` keys, with their order index), the
  // others, and the keys' positions (built only if an id turns up out of order).
  #claimed = 0;
  readonly #claimedBy: Int32Array;
  #others: Map<string, number> | null = null;
  #keyAt: Map<string, number> | null = null;

  constructor(index: SplitIndex, payees: Interner) {
    this.index = index;
    this.#payees = payees;
    const keys = new Array<string>(index.size);
    const entries = new Array<SplitInfo | SplitLines>(index.size);
    let at = 0;
    index.forEach((entry, key) => {
      keys[at] = key;
      entries[at] = entry;
      at += 1;
      const order = orderSplit(entry);
      if (order !== null) this.#byIndex[order.index] = order;
      if ('lines' in entry)
        for (const info of entry.lines.values()) this.#byIndex[info.index] = info;
    });
    this.#keys = keys;
    this.#entries = entries;
    this.#first = new Int32Array(this.#byIndex.length).fill(-1);
    this.#claimedBy = new Int32Array(keys.length);
  }

  /** The split of an order's rows: {@link NO_SPLIT}, {@link LINE_SPLITS} or its first slot. */
  forOrder(orderId: string | null): number {
    if (orderId === null) return NO_SPLIT;
    let entry: SplitInfo | SplitLines | undefined;
    const c = this.#cursor;
    if (c < this.#keys.length && this.#keys[c] === orderId) {
      entry = this.#entries[c];
      this.#cursor = c + 1;
    } else entry = this.index.get(orderId);
    if (entry === undefined) return NO_SPLIT;
    if ('lines' in entry) return LINE_SPLITS;
    return this.slotOf(entry);
  }

  /**
   * Notes that order `index` has id `id`; returns the index of an earlier order with that id, or
   * −1. Ids met in the splits' order are told apart by the split keys (which are distinct), with
   * no hashing; only the others are kept in a map.
   */
  claim(id: string, index: number): number {
    const c = this.#claimed;
    if (c < this.#keys.length && this.#keys[c] === id) {
      const other = this.#others?.get(id);
      if (other !== undefined) return other;
      this.#claimedBy[c] = index;
      this.#claimed = c + 1;
      return -1;
    }
    this.#others ??= new Map();
    const other = this.#others.get(id);
    if (other !== undefined) return other;
    if (c > 0 && this.index.has(id)) {
      if (this.#keyAt === null) {
        this.#keyAt = new Map();
        for (let k = 0; k < this.#keys.length; k += 1) this.#keyAt.set(this.#keys[k] as string, k);
      }
      const at = this.#keyAt.get(id);
      if (at !== undefined && at < c) return this.#claimedBy[at] as number;
    }
    this.#others.set(id, index);
    return -1;
  }

  /** The split laid out at `first`. */
  split(first: number): SplitInfo {
    return this.#byIndex[this.data[first + INDEX] as number] as SplitInfo;
  }

  /** The first slot of a split (laid out on first use). */
  slotOf(split: SplitInfo): number {
    let first = this.#first[split.index] as number;
    if (first >= 0) return first;
    const n = split.order.length;
    first = this.#used;
    this.#used += HEAD + SHARE * n;
    if (this.#used > this.data.length) {
      const grown = new Float64Array(Math.max(this.#used, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    const { weights } = split;
    let fractions = this.#fractions.get(weights);
    if (fractions === undefined) {
      // Fractions depend on the percentages only: read once per distinct set of them.
      fractions = new Float64Array(2 * n);
      for (let k = 0; k < n; k += 1) {
        const ok = rParse(text, weights.texts[k] as string) === 1;
        fractions[2 * k] = ok ? text.u : 0;
        fractions[2 * k + 1] = ok ? text.s + 2 : -1;
      }
      this.#fractions.set(weights, fractions);
    }
    d[first + COUNT] = n;
    d[first + INDEX] = split.index;
    d[first + TOTAL] = weights.total;
    d[first + WIDEST] = weights.widest;
    for (let k = 0; k < n; k += 1) {
      const at = first + HEAD + SHARE * k;
      d[at + PAYEE] = this.#payees.id(
        split.split.splits[split.order[k] as number]?.payeeId as string,
      );
      d[at + WEIGHT] = weights.weights[k] ?? 0;
      d[at + FRACTION_U] = fractions[2 * k] as number;
      d[at + FRACTION_S] = fractions[2 * k + 1] as number;
    }
    this.#first[split.index] = first;
    return first;
  }
}
