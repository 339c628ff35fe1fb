import { Decimal } from '../../../_lib/decimal';
import { decimalOfUnits } from '../../decimalWords';
import { type Units, unitsToText } from './units';

const SCALES = Array.from({ length: 5 }, (_, places) => new Decimal(10).pow(places));

/** Internal: units of 10^−scale as an exact decimal.js value. */
export function unitsToDecimal(value: Units, scale: number): Decimal {
  if (typeof value === 'bigint') return new Decimal(unitsToText(value, scale));
  // A safe integer has at most 16 digits: its words are written directly (see decimalWords).
  return decimalOfUnits(value, scale);
}

/**
 * Internal: `amount` in whole units of 10^−`places` when that is exact and a safe integer, else
 * `null` (an amount finer than the unit, or too large).
 */
export function safeUnitsOf(amount: Decimal, places: number): number | null {
  if (amount.decimalPlaces() > places) return null;
  const units = amount.times(SCALES[places] ?? new Decimal(10).pow(places)).toNumber();
  return Number.isSafeInteger(units) ? units : null;
}
