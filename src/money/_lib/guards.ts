/**
 * Internal: cheap checks of arguments that bypass the types (`null`, a number for a string, a
 * hand-built money with a NaN amount), so that they fail with a coded {@link CrmRulesError}
 * naming the argument instead of a `TypeError` from deep inside, or a NaN.
 */
import { Decimal as DecimalJs } from 'decimal.js';
import { CrmRulesError, type ErrorPath, INPUT_LIMITS } from '../../errors';
import { isCurrencyCode } from '../currencies';
import { checkOperand } from './amountLimits';

/** The shape of a `Money` (declared here: `Money.ts` imports these guards). */
interface MoneyShape {
  readonly amount: DecimalJs;
  readonly currency: string;
}

/** Throws `INVALID_INPUT` at `path` unless `value` is a money with a finite amount and an ISO 4217 currency. */
export function requireMoney(value: unknown, path: ErrorPath): asserts value is MoneyShape {
  if (
    typeof value !== 'object' ||
    value === null ||
    !DecimalJs.isDecimal((value as MoneyShape).amount) ||
    !(value as MoneyShape).amount.isFinite() ||
    !isCurrencyCode((value as MoneyShape).currency)
  )
    throw new CrmRulesError(
      'INVALID_INPUT',
      'expected money: { amount: a finite Decimal, currency: an ISO 4217 code } (see money())',
      { path, value },
    );
  checkOperand((value as MoneyShape).amount, [...path, 'amount']);
}

/** Throws `INVALID_INPUT` at `path` unless `value` is a finite decimal.js value. */
export function requireDecimal(value: unknown, path: ErrorPath): asserts value is DecimalJs {
  if (!DecimalJs.isDecimal(value) || !value.isFinite())
    throw new CrmRulesError('INVALID_INPUT', 'expected a finite Decimal', { path, value });
}

/**
 * A number of decimal places asked for: a whole number from 0 to `INPUT_LIMITS.maxScale`;
 * `INVALID_INPUT` for anything else, `LIMIT_EXCEEDED` above the limit.
 */
export function requireScale(value: unknown, path: ErrorPath): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new CrmRulesError('INVALID_INPUT', 'a scale is a whole number of decimal places', {
      path,
      value,
    });
  if (value > INPUT_LIMITS.maxScale)
    throw new CrmRulesError(
      'LIMIT_EXCEEDED',
      `a scale may be at most ${INPUT_LIMITS.maxScale} decimal places`,
      { path, value },
    );
  return value;
}

/** Throws `INVALID_INPUT` at `path` unless `value` is a string. */
export function requireString(value: unknown, path: ErrorPath): asserts value is string {
  if (typeof value !== 'string')
    throw new CrmRulesError('INVALID_INPUT', 'expected a string', { path, value });
}

/** Throws `INVALID_INPUT` at `path` unless `value` is a (non-null) object. */
export function requireObject(value: unknown, path: ErrorPath): void {
  if (typeof value !== 'object' || value === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected an object', { path, value });
}

/** Throws `INVALID_INPUT` at `path` unless `value` can be iterated with `for … of`. */
export function requireIterable(
  value: unknown,
  path: ErrorPath,
): asserts value is Iterable<unknown> {
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  )
    throw new CrmRulesError('INVALID_INPUT', 'expected an array or another iterable', {
      path,
      value,
    });
}
