/**
 * Internal: the one largest-remainder rule of the library — the units left over after every share
 * got its part rounded down go one each to the shares with the largest remainders, ties to the
 * earlier share. `allocate`, commission's `splitUnits` (the column kernel's split) and
 * `roundTogether` (rounding a group of statement lines together) all call it.
 *
 * `larger(i, j)` compares the remainders of shares `i` and `j`: below 0 when `i`'s is larger,
 * above 0 when `j`'s is, 0 when equal. The routine writes the share indices `0 … n−1` to
 * `order[0 … n)`, largest remainder first, ties by index, and returns `order` (a new one when the
 * given buffer is shorter than `n`); the `left` units (0 ≤ left ≤ n) go to `order[0 … left)`.
 * O(n log n); for up to {@link SMALL} shares an in-place insertion sort, which allocates nothing
 * (the kernel's common case).
 */
export function largestRemainderOrder(
  n: number,
  larger: (i: number, j: number) => number,
  order: Int32Array<ArrayBuffer> = new Int32Array(n),
): Int32Array<ArrayBuffer> {
  const into = order.length < n ? new Int32Array(n) : order;
  for (let i = 0; i < n; i += 1) into[i] = i;
  if (n > SMALL) {
    into.subarray(0, n).sort((i, j) => larger(i, j) || i - j);
    return into;
  }
  // Insertion sort, stable: an index moves before an earlier one only for a strictly larger
  // remainder, so equal remainders keep index order.
  for (let k = 1; k < n; k += 1) {
    const index = into[k] as number;
    let at = k;
    while (at > 0 && larger(index, into[at - 1] as number) < 0) {
      into[at] = into[at - 1] as number;
      at -= 1;
    }
    into[at] = index;
  }
  return into;
}

/** Internal: share counts up to which {@link largestRemainderOrder} sorts by insertion. */
export const SMALL = 16;
