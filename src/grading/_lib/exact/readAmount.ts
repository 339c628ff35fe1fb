import { CrmRulesError, type ErrorPath } from '../../../errors';
import { isCurrencyCode, isMoney } from '../../../money';
import { checkAmountLimits } from './checkAmountLimits';

/** Internal: the text of a decimal (`-12.50`): an optional sign, digits, optional decimals. */
export const DECIMAL_TEXT = /^[+-]?\d+(\.\d+)?$/;

/** Internal: an amount read from a transaction: its decimal text and, for money, its currency. */
export interface AmountRead {
  readonly text: string;
  readonly currency: string | undefined;
}

/**
 * Internal: why a transaction amount is unusable, or `undefined` when it is one of: a decimal
 * string, a safe integer, a bigint, a `Money`, or money JSON `{ amount: "12.30", currency }`.
 * Floats, NaN and Infinity are refused (`0.1 + 0.2` is not `0.3` in binary).
 */
export function amountProblem(
  amount: unknown,
): { code: 'INVALID_AMOUNT' | 'UNKNOWN_CURRENCY'; message: string; field?: string } | undefined {
  if (typeof amount === 'string')
    return DECIMAL_TEXT.test(amount)
      ? undefined
      : { code: 'INVALID_AMOUNT', message: 'expected a decimal string such as "1234.56"' };
  if (typeof amount === 'number')
    return Number.isSafeInteger(amount)
      ? undefined
      : {
          code: 'INVALID_AMOUNT',
          message: Number.isFinite(amount)
            ? 'fractional numbers are binary floats; pass a decimal string'
            : 'not a finite number',
        };
  if (typeof amount === 'bigint') return undefined;
  if (isMoney(amount))
    return amount.amount.isFinite() && isCurrencyCode(amount.currency)
      ? undefined
      : { code: 'INVALID_AMOUNT', message: 'expected finite money in an ISO 4217 currency' };
  if (typeof amount === 'object' && amount !== null && !Array.isArray(amount)) {
    const json = amount as { amount?: unknown; currency?: unknown };
    if (typeof json.amount !== 'string' || !DECIMAL_TEXT.test(json.amount))
      return {
        code: 'INVALID_AMOUNT',
        message: 'expected money as { amount: "123.45", currency: "USD" }',
        field: 'amount',
      };
    if (!isCurrencyCode(json.currency))
      return {
        code: 'UNKNOWN_CURRENCY',
        message: 'expected an ISO 4217 currency code such as USD or CNY',
        field: 'currency',
      };
    return undefined;
  }
  return {
    code: 'INVALID_AMOUNT',
    message: 'expected a decimal string such as "1234.56" or money { amount, currency }',
  };
}

/**
 * Internal: reads a transaction amount as decimal text plus the currency it names (if any).
 *
 * @throws CrmRulesError `INVALID_AMOUNT` / `UNKNOWN_CURRENCY` at `path` (or below it);
 * `LIMIT_EXCEEDED` past the digits the arithmetic carries (see {@link checkAmountLimits})
 */
export function readAmount(amount: unknown, path: ErrorPath): AmountRead {
  const read = readText(amount, path);
  checkAmountLimits(read.text, path);
  return read;
}

function readText(amount: unknown, path: ErrorPath): AmountRead {
  if (typeof amount === 'string' && DECIMAL_TEXT.test(amount))
    return { text: amount, currency: undefined };
  const problem = amountProblem(amount);
  if (problem !== undefined) {
    const at = problem.field === undefined ? path : [...path, problem.field];
    const value =
      problem.field === undefined ? amount : (amount as Record<string, unknown>)[problem.field];
    throw new CrmRulesError(problem.code, problem.message, { path: at, value });
  }
  if (typeof amount === 'number' || typeof amount === 'bigint')
    return { text: amount.toString(), currency: undefined };
  if (isMoney(amount)) return { text: amount.amount.toFixed(), currency: amount.currency };
  const json = amount as { amount: string; currency: string };
  return { text: json.amount, currency: json.currency };
}
