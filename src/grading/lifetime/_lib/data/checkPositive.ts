import { CrmRulesError, type ErrorPath } from '../../../../errors';

/**
 * Throws unless each named field of `value` is a finite number > 0 (model parameters are
 * checked this way, without zod, because predictions run once per customer).
 *
 * @param value - an object of parameters
 * @param names - the fields to check
 * @param path - where the object sits in the caller's input
 * @returns `value`
 * @throws CrmRulesError `INVALID_INPUT` with path `[...path, name]`
 * @example
 * ```ts
 * checkPositive({ p: 2 }, ['p'], ['params']).p;
 * //=> 2
 * ```
 */
export function checkPositive<T extends object>(
  value: T,
  names: readonly (keyof T & string)[],
  path: ErrorPath,
): T {
  if (typeof value !== 'object' || value === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected model parameters', { path, value });
  for (const name of names) {
    const v = value[name] as unknown;
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
      throw new CrmRulesError('INVALID_INPUT', `${name} must be a finite number > 0`, {
        path: [...path, name],
        value: v,
      });
  }
  return value;
}
