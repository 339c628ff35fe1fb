import { attempt, type SafeResult } from '../errors';
import { requireOptions } from '../errors/_lib/argumentGuards';
import { requireMoney } from './_lib/moneyGuards';
import { minorUnits } from './currencies';
import type { Money } from './Money';
import { type RoundingMode, roundDecimal } from './round';

/** Options of {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** Decimal places shown; default the currency's minor unit. */
  readonly scale?: number;
  /** How to round for display; default `half-up`. */
  readonly mode?: RoundingMode;
  /** Thousands separator; default `,`. */
  readonly groupSeparator?: string;
}

/**
 * Formats money for people: grouped digits, the currency's decimal places, the code after the
 * amount. Exact: no conversion to a binary float on the way.
 *
 * @example
 * ```ts
 * formatMoney(money('-1234567.891', 'USD'));
 * //=> '-1,234,567.89 USD'
 * ```
 */
export function formatMoney(value: Money, options: FormatMoneyOptions = {}): string {
  requireMoney(value, 'value');
  requireOptions(options);
  const scale = options.scale ?? minorUnits(value.currency);
  const rounded = roundDecimal(value.amount, scale, options.mode ?? 'half-up');
  const text = rounded.abs().toFixed(scale);
  const [whole = '0', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, options.groupSeparator ?? ',');
  const sign = rounded.lt(0) ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`} ${value.currency}`;
}

/**
 * Like {@link formatMoney}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeFormatMoney(null).success;
 * //=> false
 * ```
 */
export function safeFormatMoney(
  value: Money,
  options: FormatMoneyOptions = {},
): SafeResult<string> {
  return attempt(() => formatMoney(value, options));
}
