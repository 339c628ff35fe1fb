import { groupDigits } from '../_lib/groupDigits';
import { attempt, type SafeResult } from '../errors';
import { requireMoney, requireObject, requireScale, requireString } from './_lib/guards';
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
 * amount. Exact: no conversion to a binary float on the way. Linear in the length of the amount.
 *
 * @throws CrmRulesError `INVALID_INPUT` for a value that is not money or malformed options;
 * `LIMIT_EXCEEDED` for a scale above `INPUT_LIMITS.maxScale` or an amount of 1e40 or more
 *
 * @example
 * ```ts
 * formatMoney(money('-1234567.891', 'USD'));
 * //=> '-1,234,567.89 USD'
 * ```
 */
export function formatMoney(value: Money, options: FormatMoneyOptions = {}): string {
  requireMoney(value, ['value']);
  requireObject(options, ['options']);
  const scale =
    options.scale === undefined
      ? minorUnits(value.currency)
      : requireScale(options.scale, ['options', 'scale']);
  const separator = options.groupSeparator ?? ',';
  requireString(separator, ['options', 'groupSeparator']);
  // (An amount of 1e40 or more was refused by requireMoney: a money is within the limits.)
  const rounded = roundDecimal(value.amount, scale, options.mode);
  const text = rounded.abs().toFixed(scale);
  const [whole, fraction] = text.split('.') as [string, string | undefined];
  const grouped = groupDigits(whole, separator);
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
