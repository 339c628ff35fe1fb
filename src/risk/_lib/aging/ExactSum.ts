import { Decimal } from '../../../money';

const LIMIT = Number.MAX_SAFE_INTEGER;
const ZERO = new Decimal(0);
const SCALES = Array.from({ length: 5 }, (_, places) => new Decimal(10).pow(places));

function scaleOf(places: number): Decimal {
  return SCALES[places] ?? new Decimal(10).pow(places);
}

/**
 * An exact running sum that adds whole minor units as plain integers while they stay safe
 * (|sum| ≤ 2^53 − 1), and anything else — an amount finer than the minor unit, or the overflow
 * of the integer part — as a decimal. `value` joins the two exactly.
 */
export class ExactSum {
  private units = 0;
  private rest: Decimal | undefined;

  /** Adds an amount given as its whole minor units (`null` when it is not whole) and as a decimal. */
  add(units: number | null, amount: Decimal): void {
    if (units === null) {
      this.rest = this.rest === undefined ? amount : this.rest.plus(amount);
      return;
    }
    const next = this.units + units;
    if (next <= LIMIT && next >= -LIMIT) {
      this.units = next;
      return;
    }
    this.rest = this.rest === undefined ? amount : this.rest.plus(amount);
  }

  /** The sum, with `places` the minor-unit places the integer part counts in. */
  value(places: number): Decimal {
    const whole = this.units === 0 ? ZERO : new Decimal(this.units).div(scaleOf(places));
    return this.rest === undefined ? whole : whole.plus(this.rest);
  }
}

/** `amount` in whole minor units (`places` decimals) when exact and safe, else `null`. */
export function minorUnitsOf(amount: Decimal, places: number): number | null {
  if (amount.decimalPlaces() > places) return null;
  const units = amount.times(scaleOf(places)).toNumber();
  return Number.isSafeInteger(units) ? units : null;
}
