import {
  attempt,
  CrmRulesError,
  type ErrorPath,
  INPUT_LIMITS,
  type SafeResult,
} from '../../errors';
import { checkLimits, exactProduct } from '../_lib/amountLimits';
import { requireMoney } from '../_lib/guards';
import { minorUnits } from '../currencies';
import { Decimal } from '../decimal';
import { type Money, unsafeMoney } from '../Money';
import type { FxLookup, FxQuote } from './FxRate';
import type { FxTable } from './FxTable';
import { type FindRateOptions, findRate } from './findRate';

/** The result of a conversion: what went in, what came out, and the rate used. */
export interface Conversion {
  readonly from: Money;
  readonly to: Money;
  readonly quote: FxQuote;
}

/**
 * Converts money into another currency at the rate a lookup picks, keeping full precision (round
 * afterwards by policy). The conversion records the rate, its date and source.
 *
 * The converted amount is `amount × rate`, exact whenever that product fits the 40 significant
 * digits the arithmetic carries (always, with a rate as stored and an amount of up to 40 minus
 * the rate's digits). A rate derived by inversion, averaging or crossing has up to 40 digits of
 * its own, so the product may need more: it is then rounded half-up to 40 significant digits and
 * at most 40 decimal places, which is allowed only while the last digit kept is finer than the
 * target currency's minor unit (so the amount rounded to the minor unit is not in doubt);
 * otherwise the conversion is refused with `LIMIT_EXCEEDED`.
 *
 * @throws CrmRulesError `MISSING_FX_RATE` when no rate satisfies the lookup (never a silent 1),
 * `UNKNOWN_CURRENCY`, `INVALID_INPUT` for a malformed lookup or a value that is not money;
 * `LIMIT_EXCEEDED` for a converted amount beyond the amount limits (see above)
 * @example
 * ```ts
 * const table = createFxTable([{ base: 'USD', quote: 'CNY', rate: '7.1', date: '2026-06-30', source: 'PBOC' }]);
 * const { to, quote } = convert(money('100', 'USD'), 'CNY', table, { method: 'exact', date: '2026-06-30' });
 * [to.amount.toString(), quote.rate, quote.date, quote.source];
 * //=> ['710', '7.1', '2026-06-30', 'PBOC']
 * ```
 */
export function convert(
  value: Money,
  currency: string,
  table: FxTable,
  lookup: FxLookup,
  options: FindRateOptions = {},
): Conversion {
  requireMoney(value, ['value']);
  const quote = findRate(table, value.currency, currency, lookup, options);
  if (quote === null) {
    throw new CrmRulesError(
      'MISSING_FX_RATE',
      `no ${value.currency}/${currency} rate for ${describe(lookup)}`,
      {
        path: options.path ?? [],
        value: { base: value.currency, quote: currency, ...lookup },
      },
    );
  }
  const to = convertedAmount(value.amount, new Decimal(quote.rate), currency, options.path ?? []);
  return { from: value, to: unsafeMoney(to, currency), quote };
}

function convertedAmount(
  amount: Decimal,
  rate: Decimal,
  currency: string,
  path: ErrorPath,
): Decimal {
  const product = amount.times(rate);
  const places = INPUT_LIMITS.maxDecimalExponent;
  const kept = product.toDecimalPlaces(places);
  // Exact, or its last kept digit (10^(e − 39), or 10^−40) is finer than the minor unit (zero,
  // whose e is 0, is kept).
  const lastPlace = Math.max(kept.e - INPUT_LIMITS.maxSignificantDigits + 1, -places);
  if (lastPlace < -minorUnits(currency)) {
    checkLimits(kept, path, kept.toFixed());
    return kept;
  }
  return exactProduct(amount, rate, path);
}

/**
 * Like {@link convert}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeConvert(null, null, null, null).success;
 * //=> false
 * ```
 */
export function safeConvert(
  value: Money,
  currency: string,
  table: FxTable,
  lookup: FxLookup,
  options: FindRateOptions = {},
): SafeResult<Conversion> {
  return attempt(() => convert(value, currency, table, lookup, options));
}

function describe(lookup: FxLookup): string {
  switch (lookup.method) {
    case 'exact':
      return `exactly ${lookup.date}`;
    case 'on-or-before':
      return `on or before ${lookup.date}${lookup.maxAgeDays === undefined ? '' : ` (at most ${lookup.maxAgeDays} days old)`}`;
    case 'average':
      return `an average over [${lookup.start}, ${lookup.end})`;
  }
}
