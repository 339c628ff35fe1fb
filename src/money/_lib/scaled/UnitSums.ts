import { Decimal } from '../../../_lib/decimal';
import { decimalOfUnits } from '../../decimalWords';

const LIMIT = Number.MAX_SAFE_INTEGER;
const ZERO = new Decimal(0);

/**
 * Internal: exact running sums in numbered cells (a column per figure of many lines: a cell per
 * customer, per invoice, per bucket), growing as cells are first used. Each cell adds whole
 * units of 10^−places as plain integers in a `Float64Array` while they stay safe
 * (|sum| ≤ 2^53 − 1), and anything else — an amount finer than the unit, or the overflow of the
 * integer part — as a decimal kept beside it. `value` joins the two exactly; `whole` gives the
 * integer when the cell has no decimal part. A cell never used holds zero.
 */
export class UnitSums {
  private units: Float64Array;
  private readonly rest = new Map<number, Decimal>();

  /** Sums with room for `cells` cells before they grow. */
  constructor(cells = 0) {
    this.units = new Float64Array(cells);
  }

  /** Adds an amount given as its whole units (`null` when it is not whole) and as a decimal. */
  add(cell: number, units: number | null, amount: Decimal): void {
    if (units !== null && this.addUnits(cell, units)) return;
    if (cell >= this.units.length) this.grow(cell);
    const before = this.rest.get(cell);
    this.rest.set(cell, before === undefined ? amount : before.plus(amount));
  }

  /**
   * Adds whole units to a cell when the sum stays safe; `false` (and nothing added) when it
   * would not, and the caller adds the amount as a decimal.
   */
  addUnits(cell: number, units: number): boolean {
    if (cell >= this.units.length) this.grow(cell);
    const next = (this.units[cell] as number) + units;
    if (next > LIMIT || next < -LIMIT) return false;
    this.units[cell] = next;
    return true;
  }

  /** The sum of a cell, with `places` the decimal places the integer part counts in. */
  value(cell: number, places: number): Decimal {
    const units = this.units[cell] ?? 0;
    const whole = units === 0 ? ZERO : decimalOfUnits(units, places);
    const rest = this.rest.size === 0 ? undefined : this.rest.get(cell);
    return rest === undefined ? whole : whole.plus(rest);
  }

  /** The sum of a cell in whole units, or `undefined` when it has a decimal part. */
  whole(cell: number): number | undefined {
    return this.rest.size > 0 && this.rest.has(cell) ? undefined : (this.units[cell] ?? 0);
  }

  /** Makes room for `cells` cells in all at once (the sums kept); nothing else changes. */
  reserve(cells: number): void {
    if (cells > this.units.length) {
      const grown = new Float64Array(cells);
      grown.set(this.units);
      this.units = grown;
    }
  }

  /** Room for `cell` at least (doubling; the sums kept). */
  private grow(cell: number): void {
    let length = Math.max(16, this.units.length);
    while (length <= cell) length *= 2;
    const grown = new Float64Array(length);
    grown.set(this.units);
    this.units = grown;
  }
}
