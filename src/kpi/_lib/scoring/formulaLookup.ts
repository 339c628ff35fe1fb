import type { Decimal } from '../../../_lib/decimal';
import { CrmRulesError, type ErrorPath } from '../../../errors';
import { type DecimalInput, toDecimal } from '../../../money';

/** A record of decimals by name, as a caller passes ratings or scores. */
export type DecimalsByName = Readonly<Record<string, DecimalInput>>;

/**
 * Internal: reads `record[name]` as a decimal, errors at `[...path, name]`: a record that is not
 * an object is `INVALID_INPUT` at `path`; a missing name (own keys only, so `__proto__` and
 * `constructor` are never read through the prototype) is `INVALID_INPUT` at `[...path, name]`.
 */
export function namedDecimal(
  record: DecimalsByName | undefined,
  name: string,
  path: ErrorPath,
  what: string,
): Decimal {
  if (
    record !== undefined &&
    (typeof record !== 'object' || record === null || Array.isArray(record))
  )
    throw new CrmRulesError('INVALID_INPUT', `expected ${what}s by name`, { path, value: record });
  const value = record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
  if (value === undefined || value === null)
    throw new CrmRulesError(
      'INVALID_INPUT',
      `the formula refers to ${what} "${name}", which is not supplied`,
      {
        path: [...path, name],
        value: name,
      },
    );
  return toDecimal(value, [...path, name]);
}
