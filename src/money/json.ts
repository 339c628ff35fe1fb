import * as z from 'zod/mini';
import { englishByDefault } from '../_lib/englishByDefault';
import { attempt, type ErrorPath, parseWith, type SafeResult, safeParseWith } from '../errors';
import { requirePath } from '../errors/_lib/argumentGuards';
import { requireMoney } from './_lib/guards';
import { CurrencyCode, minorUnits } from './currencies';
import { DecimalString, decimalToString } from './decimal';
import { type Money, money } from './Money';

/**
 * The JSON form of money: `{ "amount": "123.45", "currency": "USD" }`. The amount is a decimal
 * string, so no JSON number ever carries money.
 *
 * @example
 * ```ts
 * MoneyJson.parse({ amount: '123.45', currency: 'USD' });
 * //=> { amount: '123.45', currency: 'USD' }
 * ```
 */
export const MoneyJson = /* @__PURE__ */ englishByDefault(() =>
  z.strictObject({ amount: DecimalString, currency: CurrencyCode }),
);
/** Money as JSON (see {@link MoneyJson}). */
export type MoneyJson = z.infer<typeof MoneyJson>;

/**
 * Writes money as JSON, with at least the currency's minor-unit decimal places and full
 * precision beyond them.
 *
 * @example
 * ```ts
 * toMoneyJson(money('1', 'KWD'));
 * //=> { amount: '1.000', currency: 'KWD' }
 * ```
 */
export function toMoneyJson(value: Money): MoneyJson {
  requireMoney(value, ['value']);
  return {
    amount: decimalToString(value.amount, minorUnits(value.currency)),
    currency: value.currency,
  };
}

/**
 * Reads money from its JSON form, or reports why it cannot.
 *
 * @example
 * ```ts
 * safeParseMoney({ amount: 12.5, currency: 'USD' }).success;
 * //=> false
 * ```
 */
export function safeParseMoney(input: unknown, path: ErrorPath = []): SafeResult<Money> {
  const checked = attempt(() => requirePath(path));
  if (!checked.success) return checked;
  const parsed = safeParseWith(MoneyJson, input, { path });
  return parsed.success
    ? { success: true, data: money(parsed.data.amount, parsed.data.currency, path) }
    : parsed;
}

/**
 * Reads money from its JSON form.
 *
 * @throws CrmRulesError `INVALID_AMOUNT`, `UNKNOWN_CURRENCY` or `INVALID_INPUT`, with the path
 * @example
 * ```ts
 * parseMoney({ amount: '99.90', currency: 'CNY' }).amount.toString();
 * //=> '99.9'
 * ```
 */
export function parseMoney(input: unknown, path: ErrorPath = []): Money {
  requirePath(path);
  const json = parseWith(MoneyJson, input, { path });
  return money(json.amount, json.currency, path);
}
