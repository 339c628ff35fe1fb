import { Decimal, minorUnits } from '../../../money';

/**
 * A base-currency amount as evidence: exact, with at least the currency's minor-unit places
 * (`800` → `'800.00'`, `0.125` → `'0.125'`).
 */
export function amountText(amount: Decimal, currency: string): string {
  const places = minorUnits(currency);
  return amount.decimalPlaces() <= places ? amount.toFixed(places) : amount.toFixed();
}

/** `part ÷ whole × 100`, rounded half up to 2 places; `null` when `whole` is 0. */
export function percentText(part: Decimal, whole: Decimal): string | null {
  if (whole.isZero()) return null;
  return part.times(100).div(whole).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
