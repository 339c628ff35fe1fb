import { Decimal } from '../../../money';
import { decimalOfUnits } from '../../../money/decimalWords';

const LIMIT = Number.MAX_SAFE_INTEGER;
const ZERO = new Decimal(0);
const SCALES = Array.from({ length: 5 }, (_, places) => new Decimal(10).pow(places));

function scaleOf(places: number): Decimal {
  return SCALES[places] ?? new Decimal(10).pow(places);
}

/**
 * Exact running sums in numbered cells (a column per figure of many lines): each cell adds whole
 * minor units as plain integers in a `Float64Array` while they stay safe (|sum| ≤ 2^53 − 1), and
 * anything else — an amount finer than the minor unit, or the overflow of the integer part — as
 * a decimal kept beside it. `value` joins the two exactly; `whole` gives the integer when the cell
 * has no decimal part.
 */
export class ExactColumns {
  private readonly units: Float64Array;
  private readonly rest = new Map<number, Decimal>();

  constructor(cells: number) {
    this.units = new Float64Array(cells);
  }

  /** Adds an amount given as its whole minor units (`null` when it is not whole) and as a decimal. */
  add(cell: number, units: number | null, amount: Decimal): void {
    if (units !== null) {
      const next = (this.units[cell] as number) + units;
      if (next <= LIMIT && next >= -LIMIT) {
        this.units[cell] = next;
        return;
      }
    }
    const before = this.rest.get(cell);
    this.rest.set(cell, before === undefined ? amount : before.plus(amount));
  }

  /**
   * Adds whole minor units to a cell when the sum stays safe; `false` (and nothing added) when it
   * would not, and the caller adds the amount as a decimal.
   */
  addUnits(cell: number, units: number): boolean {
    const next = (this.units[cell] as number) + units;
    if (next > LIMIT || next < -LIMIT) return false;
    this.units[cell] = next;
    return true;
  }

  /** The sum of a cell, with `places` the minor-unit places the integer part counts in. */
  value(cell: number, places: number): Decimal {
    const units = this.units[cell] as number;
    const whole = units === 0 ? ZERO : decimalOfUnits(units, places);
    const rest = this.rest.get(cell);
    return rest === undefined ? whole : whole.plus(rest);
  }

  /** The sum of a cell in whole minor units, or `undefined` when it has a decimal part. */
  whole(cell: number): number | undefined {
    return this.rest.size > 0 && this.rest.has(cell) ? undefined : (this.units[cell] as number);
  }
}

/** One exact running sum: an {@link ExactColumns} of one cell. */
export class ExactSum {
  private readonly cells = new ExactColumns(1);

  /** Adds an amount given as its whole minor units (`null` when it is not whole) and as a decimal. */
  add(units: number | null, amount: Decimal): void {
    this.cells.add(0, units, amount);
  }

  /** The sum, with `places` the minor-unit places the integer part counts in. */
  value(places: number): Decimal {
    return this.cells.value(0, places);
  }
}

/** `amount` in whole minor units (`places` decimals) when exact and safe, else `null`. */
export function minorUnitsOf(amount: Decimal, places: number): number | null {
  if (amount.decimalPlaces() > places) return null;
  const units = amount.times(scaleOf(places)).toNumber();
  return Number.isSafeInteger(units) ? units : null;
}
