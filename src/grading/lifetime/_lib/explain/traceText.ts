import { Decimal } from '../../../../money';

/**
 * A statistical estimate as a decimal string with `digits` places, for trace params (which
 * carry decimals as strings): `fixed(0.72657, 4)` is `'0.7266'`; never `-0.0000`.
 *
 * @param value - a finite number
 * @param digits - decimal places
 * @returns the decimal string
 * @example
 * ```ts
 * fixed(1.2260281, 3);
 * //=> '1.226'
 * ```
 */
export function fixed(value: number, digits: number): string {
  const text = new Decimal(value.toPrecision(15)).toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * A number exactly as the caller wrote it, as a decimal string without exponent
 * (`30.43` → `'30.43'`, `1e-7` → `'0.0000001'`).
 *
 * @param value - a finite number
 * @returns the decimal string
 * @example
 * ```ts
 * exact(38.86);
 * //=> '38.86'
 * ```
 */
export function exact(value: number): string {
  return new Decimal(value).toFixed();
}
