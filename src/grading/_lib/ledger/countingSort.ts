/**
 * Internal: a stable counting sort of rows `0…n−1` (or of `input`, in its order) by `keys[row] − offset`, an
 * integer below `range`.
 */
export function countingSort(
  n: number,
  range: number,
  keys: Int32Array,
  offset: number,
  input?: Int32Array,
): Int32Array {
  const starts = new Int32Array(range + 1);
  for (let r = 0; r < n; r += 1) {
    const key = (keys[r] as number) - offset + 1;
    starts[key] = (starts[key] as number) + 1;
  }
  for (let k = 0; k < range; k += 1)
    starts[k + 1] = (starts[k + 1] as number) + (starts[k] as number);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const r = input === undefined ? i : (input[i] as number);
    const key = (keys[r] as number) - offset;
    const at = starts[key] as number;
    out[at] = r;
    starts[key] = at + 1;
  }
  return out;
}

/** Internal: a column trimmed to its used length: a view when little is wasted, else a copy. */
export function trimColumn<T extends Int32Array | Float64Array>(column: T, length: number): T {
  return (
    length * 4 >= column.length * 3 ? column.subarray(0, length) : column.slice(0, length)
  ) as T;
}
