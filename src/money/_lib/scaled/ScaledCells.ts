import type { Decimal } from '../../../_lib/decimal';
import { Fixed, type Scaled, toDec } from './Fixed';
import { MAX_EXACT_SCALE, type Register, rAddUnits, register } from './Register';

/**
 * Internal: a growing column of exact decimals, each cell at its own scale — the {@link Fixed}
 * fast path held as units and scales in typed arrays, without an object per value — and, for a
 * cell whose value left the safe integers (or is at a scale past {@link MAX_EXACT_SCALE}), the
 * value kept beside them as it is. {@link UnitSums} is the column at one scale for all cells;
 * this one is for sums whose scale depends on their amounts (KPI's joins keep hundreds of
 * thousands: invoice totals, cash, remaining quantities, metric sums), a few arrays the garbage
 * collector never walks cell by cell. Every operation is exact: a cell reads back the same value
 * whichever path it took.
 */
export class ScaledCells {
  #u: Float64Array;
  #s: Uint8Array;
  readonly #big = new Map<number, Scaled>();
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
  push(value: Scaled): number {
    const cell = this.#length;
    if (cell === this.#u.length) this.#grow();
    this.#length = cell + 1;
    this.set(cell, value);
    return cell;
  }

  /**
   * Appends a cell holding `u × 10^−s` — a safe integer and a scale of at most
   * {@link MAX_EXACT_SCALE}, as `rParse` reads them — without a {@link Fixed} in between;
   * returns its index.
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
  set(cell: number, value: Scaled): void {
    if (value instanceof Fixed && value.s <= MAX_EXACT_SCALE) {
      this.#u[cell] = value.u;
      this.#s[cell] = value.s;
      if (this.#big.size !== 0) this.#big.delete(cell);
    } else this.#big.set(cell, value);
  }

  /** The value of a cell. */
  get(cell: number): Scaled {
    const big = this.#big.size === 0 ? undefined : this.#big.get(cell);
    return big ?? new Fixed(this.#u[cell] as number, this.#s[cell] as number);
  }

  /** Adds `value` to a cell, in place while it stays on the fast path. */
  add(cell: number, value: Scaled): void {
    const big = this.#big.size === 0 ? undefined : this.#big.get(cell);
    if (big === undefined && value instanceof Fixed && this.#addInPlace(cell, value.u, value.s))
      return;
    this.#big.set(cell, sumOf(big ?? this.get(cell), value));
  }

  /**
   * Adds `u × 10^−s` (a safe integer, a scale of at most {@link MAX_EXACT_SCALE}) to a cell: in
   * place while it stays on the fast path, else through {@link ScaledCells.add} — the same sum
   * either way.
   */
  addUnits(cell: number, u: number, s: number): void {
    if ((this.#big.size === 0 || !this.#big.has(cell)) && this.#addInPlace(cell, u, s)) return;
    this.add(cell, new Fixed(u, s));
  }

  /**
   * Writes a cell's units and scale into `into` when it is on the fast path; `false` (nothing
   * written) when it is held beside the arrays.
   */
  units(cell: number, into: Register): boolean {
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
    const u = big === undefined ? (this.#u[cell] as number) : big instanceof Fixed ? big.u : null;
    if (u !== null) return u > 0 ? 1 : u < 0 ? -1 : 0;
    const d = big as Decimal;
    return d.isZero() ? 0 : d.isNeg() ? -1 : 1;
  }

  /** `cell + u × 10^−s` written in place (by `rAddUnits`); `false`, nothing written, else. */
  #addInPlace(cell: number, u: number, s: number): boolean {
    SUM.u = this.#u[cell] as number;
    SUM.s = this.#s[cell] as number;
    if (!rAddUnits(SUM, u, s)) return false;
    this.#u[cell] = SUM.u;
    this.#s[cell] = SUM.s;
    return true;
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

/** The exact sum as decimal.js, the way a cell held beside the arrays grows. */
function sumOf(a: Scaled, b: Scaled): Decimal {
  return toDec(a).plus(toDec(b));
}

/** The units {@link ScaledCells.add} sums into before it writes them back. */
const SUM = register();
