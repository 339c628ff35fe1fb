import { Decimal } from '../../_lib/decimal';
import { argumentError } from '../../errors/_lib/argumentGuards';

/**
 * Entry checks for arguments that bypassed the types (see `errors/_lib/argumentGuards`): they
 * throw `INVALID_INPUT` at `[name]`.
 */

/** A `Money` (from `money`, `parseMoney` …), not its JSON form. */
export function requireMoney(value: unknown, name: string): void {
  // isMoney's test, inlined: Money.ts itself uses this guard.
  const candidate = value as { amount?: unknown; currency?: unknown } | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    !Decimal.isDecimal(candidate.amount) ||
    typeof candidate.currency !== 'string'
  )
    throw argumentError(name, 'a Money (use money(amount, currency))', value);
}

/** A decimal.js `Decimal`. */
export function requireDecimal(value: unknown, name: string): asserts value is Decimal {
  if (!Decimal.isDecimal(value)) throw argumentError(name, 'a Decimal (use toDecimal)', value);
}
