import { register, rParse } from '../../../money/_lib/scaled/Register';
import type { Interner } from '../exact/Column';
import type { SplitWeights } from '../exact/splitNum';
import type { SplitEntry, SplitInfo } from '../prepare/RunContext';
import { invoiceKey, type SplitIndex } from '../prepare/splitIndex';

const text = register();

/** Internal: a row's split: none, one per line (looked up per event), or a split's first slot. */
export const NO_SPLIT = -1;
export const LINE_SPLITS = -2;
/** Internal: a split's slot in `SplitShares.slots`: its weight set (an offset in `data`) … */
export const SET = 0;
/** … its index in the input, then the payee number of each share (sorted by payee id). */
export const INDEX = 1;
export const PAYEES = 2;
/** Internal: a weight set in `SplitShares.data`: share count, weight total, largest weight … */
export const COUNT = 0;
export const TOTAL = 1;
export const WIDEST = 2;
/** … 1 for a full-credit split (each share is the whole amount), else 0 … */
export const FULL = 3;
/** … then per share `SHARE` numbers from `set + HEAD + k × SHARE`: integer weight, fraction. */
export const HEAD = 4;
export const SHARE = 4;
export const WEIGHT = 1;
/** The share as a fraction (`FRACTION_S` −1: not a safe scaled integer). */
export const FRACTION_U = 2;
export const FRACTION_S = 3;

/**
 * Internal: the credit splits laid out flat — each split in a few integers of `slots` (its weight
 * set, input index and payee numbers), each distinct set of percentages once in `data` (share
 * count, integer weights, fractions) — and a lookup from order ids that walks the splits in input
 * order alongside the orders (no hashing while both come in the same order), falling back to the
 * split index otherwise.
 */
export class SplitShares {
  readonly index: SplitIndex;
  slots: Int32Array;
  data = new Float64Array(64);
  #used = 0;
  #setsUsed = 0;
  readonly #payees: Interner;
  readonly #keys: string[];
  readonly #entries: SplitEntry[];
  #cursor = 0;
  /** The order id last given to {@link forOrder}, as the split index holds it. */
  key = '';
  readonly #first: Int32Array;
  readonly #sets = new Map<SplitWeights, number>();
  /** Payee numbers by the split index's own payee numbers (−1: not looked up yet). */
  readonly #payeeOf: Int32Array;
  // `claim`: orders met in split order (the first `#claimed` keys, with their order index), and
  // the others.
  #claimed = 0;
  readonly #claimedBy: Int32Array;
  #others: Map<string, number> | null = null;

  constructor(index: SplitIndex, payees: Interner) {
    this.index = index;
    this.#payees = payees;
    const { keys, entries } = index;
    let used = 0;
    for (let i = 0; i < entries.length; i += 1) {
      const entry = entries[i] as SplitEntry;
      if (typeof entry === 'number') used += PAYEES + index.orderOf(entry).length;
      else {
        if (entry.order !== null) used += PAYEES + entry.order.order.length;
        for (const info of entry.lines.values()) used += PAYEES + info.order.length;
      }
    }
    // Room for every split laid out (most are, as their orders are read).
    this.slots = new Int32Array(Math.max(64, used));
    this.#keys = keys;
    this.#entries = entries;
    this.#payeeOf = new Int32Array(index.payeeNames.length).fill(-1);
    this.#first = new Int32Array(index.splitCount).fill(-1);
    this.#claimedBy = new Int32Array(keys.length);
  }

  /**
   * The split of an order's rows: {@link NO_SPLIT}, {@link LINE_SPLITS} or its first slot. `key`
   * is then the order id as the split index holds it (the same text, one string fewer to keep).
   */
  forOrder(orderId: string | null): number {
    if (orderId === null) return NO_SPLIT;
    let entry: SplitEntry | undefined;
    const c = this.#cursor;
    this.key = orderId;
    if (c < this.#keys.length && this.#keys[c] === orderId) {
      entry = this.#entries[c];
      this.key = this.#keys[c] as string;
      this.#cursor = c + 1;
    } else entry = this.index.get(orderId);
    if (entry === undefined) return NO_SPLIT;
    if (typeof entry !== 'number') return LINE_SPLITS;
    return this.slotOf(entry);
  }

  /** The split of a non-order row: its invoice's (whole-invoice) split, else its order's. */
  forDocument(orderId: string | null, invoiceId: string | null): number {
    if (invoiceId !== null && this.index.size > 0) {
      const entry = this.index.get(invoiceKey(invoiceId));
      if (typeof entry === 'number') return this.slotOf(entry);
    }
    return this.forOrder(orderId);
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
    if (c > 0) {
      const at = this.index.find(id);
      if (at >= 0 && at < c) return this.#claimedBy[at] as number;
    }
    this.#others.set(id, index);
    return -1;
  }

  /** The split laid out at `first`. */
  split(first: number): SplitInfo {
    return this.index.info(this.slots[first + INDEX] as number);
  }

  /** The weights of the split laid out at `first`. */
  weights(first: number): SplitWeights {
    return this.index.weightsOf(this.slots[first + INDEX] as number);
  }

  /** The weight set of a split's percentages (laid out once per distinct set of them). */
  #setOf(weights: SplitWeights): number {
    let set = this.#sets.get(weights);
    if (set !== undefined) return set;
    const n = weights.texts.length;
    set = this.#setsUsed;
    this.#setsUsed += HEAD + SHARE * n;
    if (this.#setsUsed > this.data.length) {
      const grown = new Float64Array(Math.max(this.#setsUsed, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    d[set + COUNT] = n;
    d[set + TOTAL] = weights.total;
    d[set + WIDEST] = weights.widest;
    d[set + FULL] = weights.full ? 1 : 0;
    for (let k = 0; k < n; k += 1) {
      const at = set + HEAD + SHARE * k;
      const ok = rParse(text, weights.texts[k] as string) === 1;
      d[at + WEIGHT] = weights.weights[k] ?? 0;
      d[at + FRACTION_U] = ok ? text.u : 0;
      d[at + FRACTION_S] = ok ? text.s + 2 : -1;
    }
    this.#sets.set(weights, set);
    return set;
  }

  /** The first slot of split `index` (laid out on first use). */
  slotOf(index: number): number {
    let first = this.#first[index] as number;
    if (first >= 0) return first;
    const n = this.index.orderOf(index).length;
    first = this.#used;
    this.#used += PAYEES + n;
    if (this.#used > this.slots.length) {
      const grown = new Int32Array(Math.max(this.#used, this.slots.length * 2));
      grown.set(this.slots);
      this.slots = grown;
    }
    const slots = this.slots;
    slots[first + SET] = this.#setOf(this.index.weightsOf(index));
    slots[first + INDEX] = index;
    const from = this.index.payeeFrom[index] as number;
    for (let k = 0; k < n; k += 1) {
      const local = this.index.payeeList[from + k] as number;
      let p = this.#payeeOf[local] as number;
      if (p < 0) {
        p = this.#payees.id(this.index.payeeNames[local] as string);
        this.#payeeOf[local] = p;
      }
      slots[first + PAYEES + k] = p;
    }
    this.#first[index] = first;
    return first;
  }
}
