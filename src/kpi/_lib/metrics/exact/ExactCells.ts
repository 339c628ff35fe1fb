import type { Decimal } from '../../../../_lib/decimal';
import { addUnits, type Exact, Fixed, toDec, type Units } from './exact';

/**
 * Internal: a growing column of exact decimals held as units and scales in typed arrays — the
 * {@link Fixed} fast path of `exact.ts` without an object per value — and, for a cell whose value
 * left the safe integers (or a scale of 22), a decimal.js value kept beside it. The joins keep
 * hundreds of thousands of these (invoice totals, cash, remaining quantities); as columns they
 * are a few arrays the garbage collector never walks cell by cell. Every operation is exact: a
 * cell reads back the same value whichever path it took.
 */
export class ExactCells {
  #u: Float64Array;
  #s: Uint8Array;
  readonly #big = new Map<number, Decimal>();
  #length = 0;

  /** An empty column with room for `capacity` cells before it grows. */
  constructor(capacity = 256) {
    this.#u = new Float64Array(capacity);
    this.#s = new Uint8Array(capacity);
  }

  /** The number of cells. */
  get length(): number {
    return this.#length;
  }

  /** Appends a cell holding `value`; returns its index. */
  push(value: Exact): number {
    const cell = this.#length;
    if (cell === this.#u.length) this.#grow();
    this.#length = cell + 1;
    this.set(cell, value);
    return cell;
  }

  /**
   * Appends a cell holding `u × 10^−s` — a safe integer and a scale of at most 22, as
   * {@link parseUnits} reads them — without a {@link Fixed} in between; returns its index.
   */
  pushUnits(u: number, s: number): number {
    const cell = this.#length;
    if (cell === this.#u.length) this.#grow();
    this.#length = cell + 1;
    this.#u[cell] = u;
    this.#s[cell] = s;
    return cell;
  }

  /** Sets a cell to `value`. */
  set(cell: number, value: Exact): void {
    if (value instanceof Fixed) {
      this.#u[cell] = value.u;
      this.#s[cell] = value.s;
      if (this.#big.size !== 0) this.#big.delete(cell);
    } else this.#big.set(cell, value);
  }

  /** The value of a cell. */
  get(cell: number): Exact {
    const big = this.#big.size === 0 ? undefined : this.#big.get(cell);
    return big ?? new Fixed(this.#u[cell] as number, this.#s[cell] as number);
  }

  /** Adds `value` to a cell, in place while it stays on the fast path. */
  add(cell: number, value: Exact): void {
    const big = this.#big.size === 0 ? undefined : this.#big.get(cell);
    if (big === undefined && value instanceof Fixed) {
      SUM.u = this.#u[cell] as number;
      SUM.s = this.#s[cell] as number;
      if (addUnits(SUM, value.u, value.s)) {
        this.#u[cell] = SUM.u;
        this.#s[cell] = SUM.s;
        return;
      }
    }
    this.#big.set(cell, toDec(big ?? this.get(cell)).plus(toDec(value)));
  }

  /**
   * Adds `u × 10^−s` (a safe integer, a scale of at most 22) to a cell: in place while it stays
   * on the fast path, else through {@link ExactCells.add} — the same sum either way.
   */
  addUnits(cell: number, u: number, s: number): void {
    if (this.#big.size === 0 || !this.#big.has(cell)) {
      SUM.u = this.#u[cell] as number;
      SUM.s = this.#s[cell] as number;
      if (addUnits(SUM, u, s)) {
        this.#u[cell] = SUM.u;
        this.#s[cell] = SUM.s;
        return;
      }
    }
    this.add(cell, new Fixed(u, s));
  }

  /**
   * Writes a cell's units and scale into `into` when it is on the fast path; `false` (nothing
   * written) when it holds a decimal.js value.
   */
  units(cell: number, into: Units): boolean {
    if (this.#big.size !== 0 && this.#big.has(cell)) return false;
    into.u = this.#u[cell] as number;
    into.s = this.#s[cell] as number;
    return true;
  }

  /** Makes sure cells up to `length` exist (new ones hold zero). */
  fill(length: number): void {
    while (this.#u.length < length) this.#grow();
    if (length > this.#length) this.#length = length;
  }

  /** The sign of a cell: −1, 0 or 1. */
  sign(cell: number): number {
    const big = this.#big.size === 0 ? undefined : this.#big.get(cell);
    if (big !== undefined) return big.isZero() ? 0 : big.isNeg() ? -1 : 1;
    const u = this.#u[cell] as number;
    return u > 0 ? 1 : u < 0 ? -1 : 0;
  }

  #grow(): void {
    const u = new Float64Array(this.#u.length * 2 + 8);
    const s = new Uint8Array(this.#s.length * 2 + 8);
    u.set(this.#u);
    s.set(this.#s);
    this.#u = u;
    this.#s = s;
  }
}

/** The units {@link ExactCells.add} sums into before it writes them back. */
const SUM: Units = { u: 0, s: 0 };
