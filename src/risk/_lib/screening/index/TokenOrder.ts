import { type GramIndex, PLACE } from './GramIndex';

/**
 * Internal: the token index's postings reordered for one threshold t: within each element, by
 * slack `position − (1 − t ÷ 2) · size` ascending (then as before). A name of size ny counts an
 * element at `position` only when `position < ny − ⌈t(nx + ny) ÷ 2⌉ + c` (see `findCandidates`),
 * which implies `slack < c − t · nx ÷ 2`: past the first posting whose slack reaches that, no
 * posting of the list can count, so a probe stops there.
 */
export interface TokenOrder {
  readonly threshold: number;
  readonly names: Int32Array;
  readonly places: Int32Array;
  readonly slack: Float64Array;
}

/** Internal: the postings of `index` in slack order at t. */
export function buildTokenOrder(index: GramIndex, t: number): TokenOrder {
  const total = index.names.length;
  const names = new Int32Array(total);
  const places = new Int32Array(total);
  const slack = new Float64Array(total);
  const keys = new Float64Array(total);
  const weight = 1 - t / 2;
  for (let at = 0; at < total; at += 1) {
    const place = index.places[at] as number;
    keys[at] = Math.floor(place / PLACE) - weight * (place % PLACE);
  }
  const order: number[] = [];
  for (let id = 0; id + 1 < index.starts.length; id += 1) {
    const from = index.starts[id] as number;
    const to = index.starts[id + 1] as number;
    order.length = 0;
    for (let at = from; at < to; at += 1) order.push(at);
    order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
    order.forEach((at, i) => {
      names[from + i] = index.names[at] as number;
      places[from + i] = index.places[at] as number;
      slack[from + i] = keys[at] as number;
    });
  }
  return { threshold: t, names, places, slack };
}
