import { Decimal } from '../../_lib/decimal';
import { argumentError } from '../../errors/_lib/argumentGuards';
import { isMoney, type Money } from '../Money';

/**
 * Entry checks for arguments that bypassed the types (see `errors/_lib/argumentGuards`): they
 * throw `INVALID_INPUT` at `[name]`.
 */

/** A {@link Money} (from `money`, `parseMoney` …), not its JSON form. */
export function requireMoney(value: unknown, name: string): asserts value is Money {
  if (!isMoney(value)) throw argumentError(name, 'a Money (use money(amount, currency))', value);
}

/** A decimal.js `Decimal`. */
export function requireDecimal(value: unknown, name: string): asserts value is Decimal {
  if (!Decimal.isDecimal(value)) throw argumentError(name, 'a Decimal (use toDecimal)', value);
}
