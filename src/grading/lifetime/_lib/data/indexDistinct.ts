const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

function hash(value: number): number {
  bits[0] = value;
  let h = Math.imul((words[0] as number) ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ (words[1] as number), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The distinct values of a column, sorted, and each entry's rank among them. */
export interface DistinctIndex {
  readonly sorted: Float64Array;
  readonly rank: Int32Array;
}

/**
 * Finds the distinct values of a column (finite numbers, no −0) with an open-addressing hash
 * table on their bits, sorts only the distinct values, and returns every entry's rank among
 * them: one hashing pass instead of a full sort. Ranks are the same whatever the order of the
 * column.
 *
 * @param values - finite numbers without −0
 * @param expected - how many distinct values to size the table for up front (saves rehashing)
 * @returns the sorted distinct values and each entry's rank
 * @example
 * ```ts
 * const { sorted, rank } = indexDistinct(Float64Array.of(5, 2, 5, 9));
 * [Array.from(sorted), Array.from(rank)];
 * //=> [[2, 5, 9], [1, 0, 1, 2]]
 * ```
 */
export function indexDistinct(values: Float64Array, expected = 0): DistinctIndex {
  const n = values.length;
  let capacity = 1024;
  while (capacity < 2 * Math.min(expected, n)) capacity *= 2;
  let table = new Int32Array(capacity).fill(-1);
  let distinct = new Float64Array(capacity >>> 1);
  let count = 0;
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    let slot = hash(v) & (capacity - 1);
    for (;;) {
      const id = table[slot] as number;
      if (id === -1) {
        table[slot] = count;
        distinct[count] = v;
        ids[i] = count++;
        break;
      }
      if (distinct[id] === v) {
        ids[i] = id;
        break;
      }
      slot = (slot + 1) & (capacity - 1);
    }
    if (count * 2 >= capacity) {
      capacity *= 2;
      table = new Int32Array(capacity).fill(-1);
      const grown = new Float64Array(capacity >>> 1);
      grown.set(distinct.subarray(0, count));
      distinct = grown;
      for (let id = 0; id < count; id++) {
        let s = hash(distinct[id] as number) & (capacity - 1);
        while (table[s] !== -1) s = (s + 1) & (capacity - 1);
        table[s] = id;
      }
    }
  }
  const sorted = distinct.slice(0, count).sort();
  const rankOfId = new Int32Array(count);
  for (let id = 0; id < count; id++) rankOfId[id] = search(sorted, distinct[id] as number);
  for (let i = 0; i < n; i++) ids[i] = rankOfId[ids[i] as number] as number;
  return { sorted, rank: ids };
}

function search(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
