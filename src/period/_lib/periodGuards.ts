import { argumentError, requireObject } from '../../errors/_lib/argumentGuards';

/**
 * Entry checks for arguments that bypassed the types (see `errors/_lib/argumentGuards`): they
 * look at the argument's own fields only, and throw `INVALID_INPUT` at `[name]`.
 */

/** A date range or period: an object with string `start` and `end`. */
export function requireRange(value: unknown, name: string): void {
  requireObject(value, name);
  const { start, end } = value as { start?: unknown; end?: unknown };
  if (typeof start !== 'string' || typeof end !== 'string')
    throw argumentError(name, 'a range { start, end } of ISO dates', value);
}

/** A parsed period (from `parsePeriod`): `grain`, `start`, `end` and `fiscal` (or `null`). */
export function requirePeriod(value: unknown, name: string): void {
  requireRange(value, name);
  const { grain, fiscal } = value as { grain?: unknown; fiscal?: unknown };
  if (typeof grain !== 'string' || typeof fiscal !== 'object')
    throw argumentError(name, 'a period (use parsePeriod)', value);
}
