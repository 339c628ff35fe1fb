import { isUnsafeKey } from '../../../_lib/guards';
import { CrmRulesError, type ErrorPath } from '../../../errors';
import { isPortableText } from '../../../model';
import { isCurrencyCode } from '../../../money';

/** Internal: the checks of `EntityId` for a customer id, with our error codes. */
export function checkCustomerId(id: unknown, path: ErrorPath): void {
  if (typeof id !== 'string' || id === '' || !isPortableText(id))
    throw new CrmRulesError(
      'INVALID_INPUT',
      'expected a customer id: a non-empty string without NUL characters or lone surrogates',
      { path, value: id },
    );
  if (isUnsafeKey(id))
    throw new CrmRulesError(
      'UNSAFE_KEY',
      'this id could reach an object prototype; choose another',
      {
        path,
        value: id,
      },
    );
}

/**
 * Internal: the text of a numeric customer id (`LedgerOptions.numericIds`): a safe integer ≥ 0
 * becomes its decimal digits (`1234` → `'1234'`, the same customer as the string `'1234'`).
 *
 * @throws CrmRulesError `INVALID_INPUT` at `path` for any other number (negative, fractional,
 * beyond 2⁵³ − 1, where two ids could round to one)
 */
export function numericCustomerId(id: number, path: ErrorPath): string {
  if (!Number.isSafeInteger(id) || id < 0)
    throw new CrmRulesError(
      'INVALID_INPUT',
      'a numeric customer id must be an integer from 0 to 2^53 − 1 (larger ids are not exact as numbers: pass them as strings)',
      { path, value: id },
    );
  return String(id);
}

/** Internal: checks a transaction's currency (and its money's currency) against the ledger's. */
export function checkCurrency(
  ledger: string,
  currency: unknown,
  moneyCurrency: string | undefined,
  row: number,
): void {
  if (currency !== undefined) {
    if (typeof currency !== 'string')
      throw new CrmRulesError('INVALID_INPUT', 'expected the currency as an ISO 4217 code', {
        path: [row, 'currency'],
        value: currency,
      });
    if (!isCurrencyCode(currency))
      throw new CrmRulesError(
        'UNKNOWN_CURRENCY',
        'expected an ISO 4217 currency code such as USD or CNY',
        { path: [row, 'currency'], value: currency },
      );
    if (currency !== ledger) throw mismatch(ledger, currency, [row, 'currency']);
    if (moneyCurrency !== undefined && moneyCurrency !== currency)
      throw mismatch(currency, moneyCurrency, [row, 'currency']);
  }
  if (moneyCurrency !== undefined && moneyCurrency !== ledger)
    throw mismatch(ledger, moneyCurrency, [row, 'amount', 'currency']);
}

function mismatch(expected: string, found: string, path: ErrorPath): CrmRulesError {
  return new CrmRulesError(
    'CURRENCY_MISMATCH',
    `expected ${expected}, found ${found}; convert first`,
    { path, value: found },
  );
}
