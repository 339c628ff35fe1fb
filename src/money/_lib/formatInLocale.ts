import { CrmRulesError } from '../../errors';

/** How the currency shows in a locale format (`Intl.NumberFormat`'s `currencyDisplay`). */
export type CurrencyDisplay = 'symbol' | 'narrowSymbol' | 'code' | 'name';

const FORMATS = new Map<string, Intl.NumberFormat>();
const MAX_CACHED = 64;

/**
 * Internal: formats an amount already rounded to `scale` places (`-1234.50`, written out, never
 * a float) with the currency symbol, separators and placement of `locale`. `Intl.NumberFormat`
 * formats a decimal string exactly (ECMA-402 "Intl.NumberFormat v3", Node >= 20); the digits it
 * shows are checked against the input, so a runtime that went through a float fails loudly
 * instead of printing a wrong amount.
 */
export function formatInLocale(
  fixed: string,
  currency: string,
  scale: number,
  options: { locale: string; display: CurrencyDisplay; groupSeparator: string | undefined },
): string {
  const parts = numberFormat(options.locale, currency, scale, options.display).formatToParts(
    fixed as unknown as number,
  );
  const shown = parts
    .filter((part) => part.type === 'integer' || part.type === 'fraction')
    .map((part) => part.value)
    .join('');
  if (/^[0-9]*$/.test(shown) && shown !== fixed.replace(/[^0-9]/g, ''))
    throw new CrmRulesError(
      'UNSUPPORTED_CAPABILITY',
      "this runtime's Intl.NumberFormat does not format decimal strings exactly (Node >= 20 does); format without a locale",
      { path: ['options', 'locale'], value: options.locale },
    );
  const separator = options.groupSeparator;
  return parts
    .map((part) => (part.type === 'group' && separator !== undefined ? separator : part.value))
    .join('');
}

function numberFormat(
  locale: string,
  currency: string,
  scale: number,
  display: CurrencyDisplay,
): Intl.NumberFormat {
  const key = `${locale}\u0000${currency}\u0000${scale}\u0000${display}`;
  let format = FORMATS.get(key);
  if (format !== undefined) return format;
  try {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: display,
      minimumFractionDigits: scale,
      maximumFractionDigits: scale,
    });
  } catch (error) {
    throw localeError(error, locale, scale, display);
  }
  if (FORMATS.size >= MAX_CACHED) FORMATS.clear();
  FORMATS.set(key, format);
  return format;
}

function localeError(
  error: unknown,
  locale: string,
  scale: number,
  display: string,
): CrmRulesError {
  if (!isLocale(locale))
    return new CrmRulesError('INVALID_INPUT', 'expected a BCP 47 language tag such as "zh-CN"', {
      path: ['options', 'locale'],
      value: locale,
      cause: error,
    });
  if (!['symbol', 'narrowSymbol', 'code', 'name'].includes(display))
    return new CrmRulesError('INVALID_INPUT', 'expected symbol, narrowSymbol, code or name', {
      path: ['options', 'currencyDisplay'],
      value: display,
      cause: error,
    });
  return new CrmRulesError(
    'LIMIT_EXCEEDED',
    "a locale format shows at most the decimal places this runtime's Intl.NumberFormat allows (20 on Node 20)",
    { path: ['options', 'scale'], value: scale, cause: error },
  );
}

function isLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
}
