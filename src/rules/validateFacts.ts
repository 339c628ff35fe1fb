import { attempt, type ErrorPath, type SafeResult } from '../errors';
import { checkPath } from './_lib/checkArguments';
import { type FactSchema, type FactTypes, parseFactSchema } from './FactSchema';
import type { RuleValue } from './ParsedCondition';
import { assertFactsObject, readFact } from './readFacts';

/**
 * Checks every fact of a schema that `facts` holds and returns their parsed values: a `Decimal`
 * for numbers, `Money` for money, the string, boolean or `YYYY-MM-DD` date itself. Facts the
 * schema does not name are ignored; missing facts (absent, `undefined`, `null`) are left out.
 * Only own properties are read.
 *
 * @param facts - values by fact name, untrusted
 * @param factSchema - the type of each fact
 * @param path - where the facts sit in the caller's input, for errors
 * @returns the parsed values by name, in a frozen object without a prototype
 * @throws CrmRulesError `FACT_TYPE_MISMATCH` (path `[name]`) for a value of the wrong type, a
 * float, NaN or a malformed date; `UNSAFE_KEY` (path `[key]`) when `facts` has an own
 * `__proto__`, `constructor` or `prototype` key; `INVALID_INPUT` when `facts` is not an object,
 * or at `['path']` for a path that is not a list
 * @example
 * ```ts
 * validateFacts({ 'order.amount': 12.5 }, { 'order.amount': 'number' });
 * //=> throws CrmRulesError FACT_TYPE_MISMATCH at ['order.amount'] (got 12.5)
 * validateFacts({ 'order.amount': '12.50' }, { 'order.amount': 'number' })['order.amount']?.toString();
 * //=> '12.5'
 * ```
 */
export function validateFacts(
  facts: unknown,
  factSchema: FactSchema,
  path: ErrorPath = [],
): Readonly<Record<string, RuleValue>> {
  const schema = parseFactSchema(factSchema);
  const at = checkPath(path, ['path']);
  assertFactsObject(facts, at);
  const values: Record<string, RuleValue> = Object.create(null);
  for (const name of Object.keys(schema).sort()) {
    const value = readFact(facts, name, schema[name] as FactTypes[string], null, at);
    if (value !== undefined) values[name] = value;
  }
  return Object.freeze(values);
}

/**
 * Like {@link validateFacts}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param facts - values by fact name, untrusted
 * @param factSchema - the type of each fact
 * @param path - where the facts sit in the caller's input
 * @returns the parsed values or the {@link CrmRulesError}
 * @example
 * ```ts
 * safeValidateFacts({ vip: 'yes' }, { vip: 'boolean' }).success;
 * //=> false
 * ```
 */
export function safeValidateFacts(
  facts: unknown,
  factSchema: FactSchema,
  path: ErrorPath = [],
): SafeResult<Readonly<Record<string, RuleValue>>> {
  return attempt(() => validateFacts(facts, factSchema, path));
}
