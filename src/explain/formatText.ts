import { groupDigits } from '../_lib/groupDigits';

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
  const grouped = options.group === false ? whole : groupDigits(whole, options.separator ?? ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * Shows a rate as a percentage, exactly: the rate times 100 with no trailing zeros and no float
 * arithmetic (`0.04` → `4%`, `0.125` → `12.5%`, `1` → `100%`). The decimal point is moved in
 * the text, so any number of digits is shown exactly, in linear time.
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
  return `${shiftTwoPlaces(value)}%`;
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

/** A decimal text times 100, without leading or trailing zeros (`-0.050` → `-5`, `0` → `0`). */
function shiftTwoPlaces(value: string): string {
  const negative = value.startsWith('-');
  const unsigned = value.replace(/^[+-]/, '');
  const [whole = '0', fraction = ''] = unsigned.split('.');
  const padded = fraction.padEnd(2, '0');
  const integer = trimStart(`${whole}${padded.slice(0, 2)}`);
  const decimals = trimEnd(padded.slice(2));
  const text = decimals === '' ? integer : `${integer}.${decimals}`;
  return negative && text !== '0' ? `-${text}` : text;
}

function trimStart(digits: string): string {
  let at = 0;
  while (at < digits.length - 1 && digits[at] === '0') at += 1;
  return digits.slice(at);
}

function trimEnd(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits[end - 1] === '0') end -= 1;
  return digits.slice(0, end);
}

function normalise(value: string | number): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
  return typeof value === 'string' && DECIMAL_TEXT.test(value) ? value : undefined;
}
