import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The library's own decimal.js constructor: 40 significant digits, half-up, no exponent notation
 * in strings. A clone, so the caller's global decimal.js settings never change our results and
 * ours never change theirs. Re-exported publicly from `money` as `Decimal`.
 *
 * @example
 * ```ts
 * new Decimal('0.1').plus('0.2').toString();
 * //=> '0.3'
 * ```
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -41,
  toExpPos: 41,
});
/** A decimal.js value. */
export type Decimal = DecimalJs;
