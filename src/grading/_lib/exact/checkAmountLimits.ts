import { CrmRulesError, type ErrorPath, INPUT_LIMITS } from '../../../errors';

/**
 * Internal: refuses a valid decimal text (`/^[+-]?\d+(\.\d+)?$/`) past the precision the
 * arithmetic carries — more than `INPUT_LIMITS.maxSignificantDigits` significant digits, a
 * magnitude of 10^`maxDecimalExponent` or more, or a non-zero digit finer than
 * 10^−`maxDecimalExponent` — rather than carrying it into float statistics that overflow (a
 * 401-digit amount made `monetaryValue` Infinity). Linear in the text.
 *
 * @throws CrmRulesError `LIMIT_EXCEEDED` at `path`
 */
export function checkAmountLimits(text: string, path: ErrorPath): void {
  const { maxSignificantDigits, maxDecimalExponent } = INPUT_LIMITS;
  const start = text.charCodeAt(0) === 45 || text.charCodeAt(0) === 43 ? 1 : 0;
  const dot = text.indexOf('.');
  const intEnd = dot < 0 ? text.length : dot;
  let first = start; // first non-zero digit of the integer part
  while (first < intEnd && text.charCodeAt(first) === 48) first += 1;
  let end = text.length; // one past the last non-zero digit of the fraction
  if (dot >= 0) while (end > dot + 1 && text.charCodeAt(end - 1) === 48) end -= 1;
  const intDigits = intEnd - first;
  const places = dot < 0 ? 0 : Math.max(0, end - dot - 1);
  let significant: number;
  if (intDigits > 0) significant = intDigits + places;
  else {
    let lead = dot + 1; // leading zeros of the fraction are not significant
    while (lead < end && text.charCodeAt(lead) === 48) lead += 1;
    significant = dot < 0 ? 0 : end - lead;
  }
  if (intDigits === 0 && significant === 0) return;
  let trailing = 0; // trailing zeros of an integer are not significant
  if (places === 0) while (text.charCodeAt(intEnd - 1 - trailing) === 48) trailing += 1;
  const problem =
    significant - trailing > maxSignificantDigits
      ? `${significant - trailing} significant digits (INPUT_LIMITS.maxSignificantDigits is ${maxSignificantDigits})`
      : intDigits > maxDecimalExponent || places > maxDecimalExponent
        ? `a magnitude past 1e±${maxDecimalExponent} (INPUT_LIMITS.maxDecimalExponent)`
        : undefined;
  if (problem !== undefined)
    throw new CrmRulesError('LIMIT_EXCEEDED', `the amount has ${problem}`, {
      path,
      value: text.length > 60 ? `${text.slice(0, 40)}… (${text.length} characters)` : text,
    });
}
