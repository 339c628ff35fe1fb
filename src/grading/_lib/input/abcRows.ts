import { Decimal } from '../../../_lib/decimal';
import { CrmRulesError } from '../../../errors';
import { isMoney, type Money } from '../../../money';

/** Internal: a share as a rate with 6 decimal places, half-up (for display; decisions use exact values). */
export function shareText(value: Decimal): string {
  return value.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed(6);
}

/** Internal: checks ABC rows and returns their currency (`undefined` for none). */
export function checkAbcRows(
  rows: ReadonlyArray<{ readonly customerId: string; readonly value: Money }>,
): string | undefined {
  if (!Array.isArray(rows))
    throw new CrmRulesError('INVALID_INPUT', 'expected a list of { customerId, value }', {
      value: rows,
    });
  let currency: string | undefined;
  rows.forEach((row, index) => {
    if (
      typeof row !== 'object' ||
      row === null ||
      typeof row.customerId !== 'string' ||
      row.customerId === ''
    )
      throw new CrmRulesError('INVALID_INPUT', 'expected { customerId, value }', {
        path: [index],
        value: row,
      });
    if (!isMoney(row.value) || !row.value.amount.isFinite())
      throw new CrmRulesError('INVALID_INPUT', 'expected the value as money', {
        path: [index, 'value'],
        value: row.value,
      });
    currency ??= row.value.currency;
    if (row.value.currency !== currency)
      throw new CrmRulesError('CURRENCY_MISMATCH', `expected ${currency}; convert first`, {
        path: [index, 'value'],
        value: row.value.currency,
      });
  });
  return currency;
}
