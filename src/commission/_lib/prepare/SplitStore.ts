import type { CreditSplit } from '../../model/CreditSplit';
import { ensure } from '../exact/Column';
import type { SplitWeights } from '../exact/splitNum';

/** Internal: the share order of a two-way split whose payees are in id order, and swapped. */
export const IN_ORDER: readonly number[] = Object.freeze([0, 1]);
export const SWAPPED: readonly number[] = Object.freeze([1, 0]);

/** Internal: a credit split with its weights, payees sorted by id. */
export interface SplitInfo {
  readonly split: CreditSplit;
  readonly index: number;
  /** Indexes into `split.splits`, sorted by payee id. */
  readonly order: readonly number[];
  readonly weights: SplitWeights;
}

/**
 * Internal: the credit splits of a run by input index — its shares (the input array itself for
 * trusted documents), their order by payee id (a code: in order, swapped, or one kept aside), its
 * weights (a number into the few distinct ones) — kept flat, no object per split; `info` builds a
 * split's `SplitInfo` on first use. The payees of the splits are numbered here too.
 */
export class SplitStore {
  readonly #splits: CreditSplit[];
  readonly #given: boolean;
  #orders: Uint8Array;
  readonly #otherOrders = new Map<number, readonly number[]>();
  #weights: Int32Array;
  readonly #weightList: SplitWeights[] = [];
  readonly #weightId = new Map<SplitWeights, number>();
  #noted = 0;
  readonly #infos: Array<SplitInfo | undefined> = [];
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

  /**
   * For `splits` splits: the arrays are sized for them up front (grown one push at a time, a
   * large array leaves a trail of dead copies in the old generation). `given`: the splits
   * themselves when they are the input's objects (trusted documents), read from there, not copied.
   */
  constructor(splits = 0, given: readonly CreditSplit[] | null = null) {
    this.#given = given !== null;
    this.#splits = given === null ? new Array<CreditSplit>(splits) : (given as CreditSplit[]);
    this.#orders = new Uint8Array(splits);
    this.#weights = new Int32Array(splits);
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

  /**
   * Notes split `index` (the next one): its shares (unless the index was given the input's), their
   * order by payee id, its weights.
   */
  noteSplit(
    index: number,
    split: CreditSplit,
    order: readonly number[],
    weights: SplitWeights,
  ): void {
    if (!this.#given) this.#splits[index] = split;
    if (index >= this.#orders.length) {
      this.#orders = ensure(this.#orders, index + 1);
      this.#weights = ensure(this.#weights, index + 1);
    }
    if (order === IN_ORDER) this.#orders[index] = 0;
    else if (order === SWAPPED) this.#orders[index] = 1;
    else {
      this.#orders[index] = 2;
      this.#otherOrders.set(index, order);
    }
    let w = this.#weightId.get(weights);
    if (w === undefined) {
      w = this.#weightList.length;
      this.#weightList.push(weights);
      this.#weightId.set(weights, w);
    }
    this.#weights[index] = w;
    this.#noted = Math.max(this.#noted, index + 1);
  }

  /** The number of splits noted. */
  get splitCount(): number {
    return this.#noted;
  }

  /** The share order (indexes into `split.splits`, by payee id) of split `index`. */
  orderOf(index: number): readonly number[] {
    const code = this.#orders[index] as number;
    return code === 0
      ? IN_ORDER
      : code === 1
        ? SWAPPED
        : (this.#otherOrders.get(index) as readonly number[]);
  }

  /** The weights of split `index`. */
  weightsOf(index: number): SplitWeights {
    return this.#weightList[this.#weights[index] as number] as SplitWeights;
  }

  /** Split `index` as an object (one per split, built on first use). */
  info(index: number): SplitInfo {
    let info = this.#infos[index];
    if (info === undefined) {
      info = {
        split: this.#splits[index] as CreditSplit,
        index,
        order: this.orderOf(index),
        weights: this.weightsOf(index),
      };
      this.#infos[index] = info;
    }
    return info;
  }
}
