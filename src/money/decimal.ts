import { Decimal as DecimalJs } from 'decimal.js';
import * as z from 'zod/mini';
import { Decimal } from '../_lib/decimal';
import { englishByDefault } from '../_lib/englishByDefault';
import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../errors';
import { requirePath } from '../errors/_lib/argumentGuards';
import { checkLimits, checkOperand, textLimitProblem } from './_lib/amountLimits';
import { requireDecimal, requireScale } from './_lib/guards';

export { Decimal } from '../_lib/decimal';

/** What the library accepts as a decimal number: a decimal.js value, a decimal string, a safe integer or a bigint. */
export type DecimalInput = DecimalJs | string | number | bigint;

const DECIMAL_TEXT = /^[+-]?\d+(\.\d+)?$/;

/**
 * Converts a {@link DecimalInput} to a {@link Decimal}. Floats are refused: `0.1 + 0.2` is not
 * `0.3` in binary, so a fractional `number` is almost always already wrong. Pass a string.
 * The value must be within the amount limits (`INPUT_LIMITS`): at most 40 significant digits
 * (leading and trailing zeros do not count), below 1e40 in magnitude and at most 40 decimal
 * places — so the arithmetic, which carries 40 significant digits, holds it exactly.
 *
 * @param value - a decimal string (`"12.50"`), safe integer, bigint or decimal.js value
 * @param path - where the value sits in the caller's input, for the error
 * @throws CrmRulesError `INVALID_AMOUNT` for floats, NaN, Infinity and malformed strings;
 * `LIMIT_EXCEEDED` for a value beyond the amount limits
 * @example
 * ```ts
 * toDecimal('12.50').toString();
 * //=> '12.5'
 * ```
 */
export function toDecimal(value: DecimalInput, path: ErrorPath = []): DecimalJs {
  requirePath(path);
  const parsed = parseDecimal(value, path);
  // Text was checked as text; numbers are safe integers.
  if (typeof value !== 'string' && typeof value !== 'number') checkLimits(parsed, path, value);
  return parsed;
}

function parseDecimal(value: DecimalInput, path: ErrorPath): DecimalJs {
  if (typeof value === 'string') {
    if (DECIMAL_TEXT.test(value)) {
      const problem = textLimitProblem(value);
      if (problem !== undefined)
        throw new CrmRulesError('LIMIT_EXCEEDED', problem, { path, value });
      return new Decimal(value);
    }
    throw new CrmRulesError('INVALID_AMOUNT', 'expected a decimal string such as "1234.56"', {
      path,
      value,
    });
  }
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return new Decimal(value);
    const why = Number.isFinite(value)
      ? 'fractional numbers are binary floats; pass a decimal string'
      : 'not a finite number';
    throw new CrmRulesError('INVALID_AMOUNT', why, { path, value });
  }
  if (typeof value === 'bigint') return new Decimal(value.toString());
  if (DecimalJs.isDecimal(value) && value.isFinite())
    // Every decimal.js clone shares one prototype: only our own constructor keeps our settings.
    return value.constructor === Decimal ? value : new Decimal(value);
  throw new CrmRulesError('INVALID_AMOUNT', 'expected a finite decimal', { path, value });
}

/**
 * Like {@link toDecimal}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeToDecimal(null).success;
 * //=> false
 * ```
 */
export function safeToDecimal(value: DecimalInput, path: ErrorPath = []): SafeResult<DecimalJs> {
  return attempt(() => toDecimal(value, path));
}

/**
 * Schema of a decimal number written as a string (`"-12.5"`, `"0.04"`): the JSON form of
 * amounts, rates and ratios. A malformed string (or a JSON number) fails with the code
 * `INVALID_AMOUNT`, a decimal beyond the amount limits (see {@link toDecimal}) with
 * `LIMIT_EXCEEDED`.
 *
 * @example
 * ```ts
 * DecimalString.safeParse('1e3').success;
 * //=> false
 * ```
 */
export const DecimalString = /* @__PURE__ */ englishByDefault(() =>
  z.pipe(
    z.transform<string, string>((value: unknown, payload) => {
      // The checks run here, before the string schema, so that a JSON number or a malformed string
      // fails with our code and message; the string schema then gives JSON Schema its `pattern`.
      // (zod/mini has no `preprocess`: a transform piped into the schema is what it builds.)
      if (typeof value !== 'string' || !DECIMAL_TEXT.test(value)) {
        payload.issues.push({
          code: 'custom',
          message:
            'expected a decimal string such as "1234.56" (JSON numbers are binary floats and are refused)',
          input: value,
          params: { code: 'INVALID_AMOUNT' },
          continue: false,
        });
        return value as string;
      }
      const problem = textLimitProblem(value);
      if (problem !== undefined)
        payload.issues.push({
          code: 'custom',
          message: problem,
          input: value,
          params: { code: 'LIMIT_EXCEEDED' },
          continue: false,
        });
      return value;
    }),
    z.string().check(z.regex(DECIMAL_TEXT)),
  ),
);
/** A decimal number written as a string. */
export type DecimalString = z.infer<typeof DecimalString>;

/**
 * Writes a decimal without exponent notation and with at least `minScale` decimal places.
 *
 * @throws CrmRulesError `INVALID_INPUT` for a value that is not a finite decimal or a scale that
 * is not a whole number; `LIMIT_EXCEEDED` for a scale above `INPUT_LIMITS.maxScale` or a value
 * of more than 40 significant digits, 1e40 or more, or more than 80 decimal places
 *
 * @example
 * ```ts
 * decimalToString(new Decimal('12.5'), 2);
 * //=> '12.50'
 * ```
 */
export function decimalToString(value: DecimalJs, minScale = 0): string {
  requireDecimal(value, ['value']);
  checkOperand(value, ['value']);
  requireScale(minScale, ['minScale']);
  return value.toFixed(Math.max(value.decimalPlaces(), minScale));
}

/**
 * Like {@link decimalToString}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeDecimalToString(null).success;
 * //=> false
 * ```
 */
export function safeDecimalToString(value: DecimalJs, minScale = 0): SafeResult<string> {
  return attempt(() => decimalToString(value, minScale));
}
