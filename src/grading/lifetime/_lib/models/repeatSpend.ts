import { CrmRulesError, type ErrorPath } from '../../../../errors';

/**
 * Checks the mean spend of a repeat customer: a finite number > 0.
 *
 * @throws CrmRulesError `INVALID_INPUT` with `path`
 * @param value - the customer's monetaryValue
 * @param path - where it sits in the caller's input
 * @returns the spend
 * @example
 * ```ts
 * repeatSpend(12.5, ['monetaryValue']);
 * //=> 12.5
 * ```
 */
export function repeatSpend(value: unknown, path: ErrorPath): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    throw new CrmRulesError(
      'INVALID_INPUT',
      'a customer with repeat purchases needs a monetaryValue > 0 (the mean of those purchases)',
      { path, value },
    );
  return value;
}
