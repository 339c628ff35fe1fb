import { Decimal } from '../_lib/decimal';

const DECIMAL_TEXT = /^[+-]?\d+(\.\d+)?$/;

/** Options of {@link formatDecimalText}. */
export interface FormatDecimalOptions {
  /** Group the whole part in thousands; default `true`. */
  readonly group?: boolean;
  /** The group separator; default `,`. */
  readonly separator?: string;
}

/**
 * Shows a decimal string as written, with its thousands grouped. The digits are never rounded
 * or re-parsed as a float: `'1234.50'` stays two decimal places.
 *
 * @param text - a decimal string such as `"-1234567.891"` (a safe integer is accepted too)
 * @param options - grouping on/off and the separator
 * @returns the formatted text, or `undefined` when `text` is not a decimal
 * @example
 * ```ts
 * formatDecimalText('-1234567.50');
 * //=> '-1,234,567.50'
 * ```
 */
export function formatDecimalText(
  text: string | number,
  options: FormatDecimalOptions = {},
): string | undefined {
  const value = normalise(text);
  if (value === undefined) return undefined;
  const sign = value.startsWith('-') ? '-' : '';
  const unsigned = value.replace(/^[+-]/, '');
  const [whole = '0', fraction] = unsigned.split('.');
  const grouped =
    options.group === false
      ? whole
      : whole.replace(/\B(?=(\d{3})+(?!\d))/g, options.separator ?? ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * Shows a rate as a percentage, exactly: the rate times 100 with no trailing zeros and no float
 * arithmetic (`0.04` → `4%`, `0.125` → `12.5%`, `1` → `100%`).
 *
 * @param rate - a decimal string (or safe integer) rate, where `1` means 100%
 * @returns the percentage, or `undefined` when `rate` is not a decimal
 * @example
 * ```ts
 * [formatPercentText('0.04'), formatPercentText('0.0725'), formatPercentText('-0.05')];
 * //=> ['4%', '7.25%', '-5%']
 * ```
 */
export function formatPercentText(rate: string | number): string | undefined {
  const value = normalise(rate);
  if (value === undefined) return undefined;
  const percent = new Decimal(value).times(100);
  return `${percent.toFixed(percent.decimalPlaces())}%`;
}

/**
 * Shows an amount and its currency as `1,234.50 USD`: grouped thousands, the decimals as
 * written (write amounts with `toMoneyJson` to get the currency's minor-unit places), the ISO
 * code after the amount.
 *
 * @param amount - a decimal string (or safe integer)
 * @param currency - an ISO 4217 code
 * @returns the formatted money, or `undefined` when `amount` is not a decimal
 * @example
 * ```ts
 * formatMoneyText('1234.50', 'USD');
 * //=> '1,234.50 USD'
 * ```
 */
export function formatMoneyText(amount: string | number, currency: string): string | undefined {
  const text = formatDecimalText(amount);
  return text === undefined ? undefined : `${text} ${currency}`;
}

function normalise(value: string | number): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
  return typeof value === 'string' && DECIMAL_TEXT.test(value) ? value : undefined;
}
