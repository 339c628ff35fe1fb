/**
 * Internal: the indexes of `ids` (distinct strings) in ascending UTF-16 code-unit order — the
 * order of `[...ids].sort()`. Short ids (customer numbers, UUIDs) are radix-sorted: one stable
 * counting pass per character position, last position first, in linear time; a position where
 * every id has the same character is skipped. Few ids, long ids and ids with NUL characters
 * (which customer ids never have) fall back to a comparison sort.
 *
 * @param ids - distinct strings
 * @returns the indexes into `ids`, by ascending id
 */
export function sortedOrder(ids: readonly string[]): Int32Array {
  const n = ids.length;
  let width = 0;
  for (let i = 0; i < n; i += 1) {
    const length = (ids[i] as string).length;
    if (length > width) width = length;
  }
  if (n < 256 || width > 40 || n * width > 1 << 24) return compared(ids);
  // chars[i × width + p]: the code unit at position p of id i; 0 past its end, so a prefix sorts
  // before the longer ids it starts (a NUL would be ambiguous: those ids are compared instead).
  const chars = new Uint16Array(n * width);
  for (let i = 0; i < n; i += 1) {
    const id = ids[i] as string;
    for (let p = 0; p < id.length; p += 1) {
      const c = id.charCodeAt(p);
      if (c === 0) return compared(ids);
      chars[i * width + p] = c;
    }
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  let next = new Int32Array(n);
  for (let p = width - 1; p >= 0; p -= 1) {
    let low = 65_536;
    let high = 0;
    for (let i = 0; i < n; i += 1) {
      const c = chars[i * width + p] as number;
      if (c < low) low = c;
      if (c > high) high = c;
    }
    if (low === high) continue;
    const starts = new Int32Array(high - low + 2);
    for (let i = 0; i < n; i += 1) {
      const c = (chars[i * width + p] as number) - low + 1;
      starts[c] = (starts[c] as number) + 1;
    }
    for (let c = 1; c < starts.length; c += 1)
      starts[c] = (starts[c] as number) + (starts[c - 1] as number);
    for (let k = 0; k < n; k += 1) {
      const i = order[k] as number;
      const c = (chars[i * width + p] as number) - low;
      const at = starts[c] as number;
      starts[c] = at + 1;
      next[at] = i;
    }
    const done = order;
    order = next;
    next = done;
  }
  return order;
}

function compared(ids: readonly string[]): Int32Array {
  const order = Array.from({ length: ids.length }, (_, i) => i);
  order.sort((a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return Int32Array.from(order);
}
