import { CrmRulesError, type ErrorPath } from '../../../errors';
import { Decimal, type FxQuote, type FxTable, findRate } from '../../../money';

/**
 * The rates into the base currency, found once per currency: the rate on or before `asOf`
 * (`FxLookup` `on-or-before`), a revaluation of every open amount at the closing rate, not at the
 * document's date. The quotes found are kept so that a result can state each rate and its date.
 */
export class BaseRates {
  readonly quotes = new Map<string, FxQuote>();
  private readonly rates = new Map<string, Decimal>();

  constructor(
    readonly base: string,
    readonly asOf: string,
    readonly fx: FxTable | undefined,
  ) {}

  /** `amount` in `currency` as base-currency units (exact to 40 significant digits). */
  toBase(amount: Decimal, currency: string, path: ErrorPath): Decimal {
    if (currency === this.base) return amount;
    return amount.times(this.rate(currency, path));
  }

  rate(currency: string, path: ErrorPath): Decimal {
    const known = this.rates.get(currency);
    if (known !== undefined) return known;
    const quote = lookupRate(this.fx, currency, this.base, this.asOf, path);
    const rate = new Decimal(quote.rate);
    this.rates.set(currency, rate);
    this.quotes.set(currency, quote);
    return rate;
  }
}

/** The `currency`/`base` rate on or before `asOf`; `MISSING_FX_RATE` at `path` when none. */
export function lookupRate(
  fx: FxTable | undefined,
  currency: string,
  base: string,
  asOf: string,
  path: ErrorPath,
): FxQuote {
  const quote =
    fx === undefined
      ? null
      : findRate(fx, currency, base, { method: 'on-or-before', date: asOf }, { path });
  if (quote === null)
    throw new CrmRulesError(
      'MISSING_FX_RATE',
      `no ${currency}/${base} rate on or before ${asOf} to value this amount in ${base}`,
      { path, value: { base: currency, quote: base, method: 'on-or-before', date: asOf } },
    );
  return quote;
}
