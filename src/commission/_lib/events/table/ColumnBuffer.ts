/** Internal: the capacity for `size` entries of columns now `length` long (doubling). */
export function capacity(length: number, size: number): number {
  let n = Math.max(16, length);
  while (n < size) n *= 2;
  return n;
}

/**
 * Internal: columns of `n` entries cut from one buffer of `width` bytes per entry (widest first, so each
 * stays aligned), each with the prefix of the column it replaces: one allocation per growth, not
 * one per column (each large one can set off a full garbage collection).
 */
export class ColumnBuffer {
  readonly #buffer: ArrayBuffer;
  readonly #n: number;
  #at = 0;

  constructor(n: number, width: number) {
    this.#buffer = new ArrayBuffer(n * width);
    this.#n = n;
  }

  #take<
    T extends
      | Float64Array<ArrayBuffer>
      | Int32Array<ArrayBuffer>
      | Int8Array<ArrayBuffer>
      | Uint8Array<ArrayBuffer>,
  >(
    make: new (buffer: ArrayBuffer, offset: number, length: number) => T,
    bytes: number,
    old: ArrayLike<number>,
  ): T {
    const column = new make(this.#buffer, this.#at, this.#n);
    column.set(old);
    this.#at += bytes * this.#n;
    return column;
  }

  float64(old: Float64Array): Float64Array<ArrayBuffer> {
    return this.#take(Float64Array, 8, old);
  }

  int32(old: Int32Array): Int32Array<ArrayBuffer> {
    return this.#take(Int32Array, 4, old);
  }

  int8(old: Int8Array): Int8Array<ArrayBuffer> {
    return this.#take(Int8Array, 1, old);
  }

  uint8(old: Uint8Array): Uint8Array<ArrayBuffer> {
    return this.#take(Uint8Array, 1, old);
  }
}
