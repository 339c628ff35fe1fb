import type { TraceParam } from '../../../explain';
import type { TemplatePart } from '../../../explain/parseTemplate';
import { isCurrencyCode, minorUnits, money, round, toMoneyJson } from '../../../money';

/**
 * The rounding of amounts shown in risk messages: the library's display default (`formatMoney`,
 * `round`) — half-up (halves away from zero) to the currency's minor unit. Evidence and trace
 * params keep every digit; only the text a reader sees is rounded.
 */
export const DISPLAY_ROUNDING = 'half-up';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Internal: `params` with the amount of every `{x:money:currency}` placeholder of `parts` shown at
 * its currency's minor unit: rounded by {@link DISPLAY_ROUNDING} (`5683205.7760496` CNY →
 * `5683205.78`) or padded (`284000` → `284000.00`), with whether any was rounded. An amount
 * already at the minor unit, a value that is not a decimal string, or an unknown currency is left
 * as it is. The params are copied only when something changes.
 */
export function displayAmounts(
  parts: readonly TemplatePart[],
  params: Readonly<Record<string, TraceParam>>,
): { params: Readonly<Record<string, TraceParam>>; rounded: boolean } {
  let shown: Record<string, TraceParam> | undefined;
  let rounded = false;
  for (const part of parts) {
    if (part.kind !== 'param' || part.format !== 'money') continue;
    const value = (shown ?? params)[part.name];
    const currency = params[part.currencyParam ?? ''];
    if (typeof value !== 'string' || typeof currency !== 'string') continue;
    if (!isCurrencyCode(currency)) continue;
    const point = value.indexOf('.');
    const places = point < 0 ? 0 : value.length - point - 1;
    if (places === minorUnits(currency) || !DECIMAL.test(value)) continue;
    const amount = roundedAmount(value, currency);
    if (amount === undefined) continue;
    shown ??= { ...params };
    shown[part.name] = amount;
    if (places > minorUnits(currency)) rounded = true;
  }
  return { params: shown ?? params, rounded };
}

/** `value` rounded by {@link DISPLAY_ROUNDING} at `currency`'s minor unit, as money JSON writes it. */
function roundedAmount(value: string, currency: string): string | undefined {
  try {
    return toMoneyJson(round(money(value, currency), { mode: DISPLAY_ROUNDING })).amount;
  } catch {
    return undefined; // not money the library holds (past its limits): shown as it is
  }
}
