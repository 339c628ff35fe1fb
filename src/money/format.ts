import { groupDigits } from '../_lib/groupDigits';
import { CrmRulesError, INPUT_LIMITS } from '../errors';
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
  if (!value.amount.isZero() && value.amount.e >= INPUT_LIMITS.maxDecimalExponent)
    throw new CrmRulesError('LIMIT_EXCEEDED', 'amounts must be below 1e40 in magnitude', {
      path: ['value', 'amount'],
      value: value.amount.toString(),
    });
  const rounded = roundDecimal(value.amount, scale, options.mode ?? 'half-up');
  const text = rounded.abs().toFixed(scale);
  const [whole = '0', fraction] = text.split('.');
  const grouped = groupDigits(whole, separator);
  const sign = rounded.lt(0) ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`} ${value.currency}`;
}
