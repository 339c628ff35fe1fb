/** Internal: typed arrays the engine keeps its columns in. */
export type Column = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Float64Array;

/** Internal: `column` with room for at least `size` entries (doubling; the prefix kept). */
export function ensure<T extends Column>(column: T, size: number): T {
  if (size <= column.length) return column;
  let length = Math.max(16, column.length);
  while (length < size) length *= 2;
  const grown = new (column.constructor as new (n: number) => T)(length);
  grown.set(column);
  return grown;
}

/**
 * Internal: the items `0 … n − 1` grouped by their key (`keys[i]` in `0 … groups − 1`), each
 * group in item order — a counting sort. Group `g` is `order[offsets[g]]` up to
 * `order[offsets[g + 1]]`.
 */
export function groupBy(
  keys: Int32Array,
  n: number,
  groups: number,
): { readonly offsets: Int32Array; readonly order: Int32Array } {
  const offsets = new Int32Array(groups + 1);
  for (let i = 0; i < n; i += 1) {
    const g = (keys[i] as number) + 1;
    offsets[g] = (offsets[g] as number) + 1;
  }
  for (let g = 1; g <= groups; g += 1)
    offsets[g] = (offsets[g] as number) + (offsets[g - 1] as number);
  const cursor = offsets.slice(0, groups);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const g = keys[i] as number;
    order[cursor[g] as number] = i;
    cursor[g] = (cursor[g] as number) + 1;
  }
  return { offsets, order };
}

/** Internal: strings numbered in order of first sight (`id(s)`), and back (`names[i]`). */
export class Interner {
  readonly names: string[] = [];
  readonly #index = new Map<string, number>();
  #last = '';
  #lastId = -1;

  /** The number of `name`, given one if new. */
  id(name: string): number {
    if (name === this.#last) return this.#lastId;
    let i = this.#index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.#index.set(name, i);
      this.names.push(name);
    }
    this.#last = name;
    this.#lastId = i;
    return i;
  }

  /** The number of `name`, or −1. */
  find(name: string): number {
    return this.#index.get(name) ?? -1;
  }

  get size(): number {
    return this.names.length;
  }
}
