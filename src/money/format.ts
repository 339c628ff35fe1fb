import { groupDigits } from '../_lib/groupDigits';
import { attempt, type SafeResult } from '../errors';
import { formatInLocale } from './_lib/formatInLocale';
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
  /**
   * Thousands separator; default `,` (with a `locale`: the locale's own, unless given).
   */
  readonly groupSeparator?: string;
  /**
   * A BCP 47 language tag (`'en'`, `'zh-CN'`, `'de-DE'`, …): the amount is shown with that
   * locale's currency symbol, placement and separators by `Intl.NumberFormat`, still exactly
   * (the rounded decimal string is formatted, never a float). Default: none, the
   * locale-independent `1,234.50 USD`.
   */
  readonly locale?: string;
  /** With a `locale`: `symbol` (default), `narrowSymbol`, `code` or `name`. */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
}

/**
 * Formats money for people: grouped digits, the currency's decimal places, the code after the
 * amount — or, with a `locale`, that locale's symbol, placement and separators. Exact: no
 * conversion to a binary float on the way. Linear in the length of the amount.
 *
 * @throws CrmRulesError `INVALID_INPUT` for a value that is not money, malformed options or a
 * `locale` that is not a BCP 47 tag; `LIMIT_EXCEEDED` for a scale above `INPUT_LIMITS.maxScale`
 * (with a `locale`: above what `Intl.NumberFormat` shows, 20 on Node 20) or an amount of 1e40 or
 * more; `UNSUPPORTED_CAPABILITY` with a `locale` on a runtime whose `Intl.NumberFormat` does not
 * format decimal strings exactly (before Node 20)
 *
 * @example
 * ```ts
 * formatMoney(money('-1234567.891', 'USD'));
 * //=> '-1,234,567.89 USD'
 * formatMoney(money('1234.5', 'CNY'), { locale: 'zh-CN' });
 * //=> '¥1,234.50'
 * formatMoney(money('-1234.5', 'USD'), { locale: 'en' });
 * //=> '-$1,234.50'
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
  if (options.locale !== undefined) requireString(options.locale, ['options', 'locale']);
  // (An amount of 1e40 or more was refused by requireMoney: a money is within the limits.)
  const rounded = roundDecimal(value.amount, scale, options.mode);
  const text = rounded.abs().toFixed(scale);
  const sign = rounded.lt(0) ? '-' : '';
  if (options.locale !== undefined)
    return formatInLocale(`${sign}${text}`, value.currency, scale, {
      locale: options.locale,
      display: options.currencyDisplay ?? 'symbol',
      groupSeparator: options.groupSeparator ?? undefined,
    });
  const [whole, fraction] = text.split('.') as [string, string | undefined];
  const grouped = groupDigits(whole, separator);
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
