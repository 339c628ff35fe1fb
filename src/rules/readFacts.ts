import { findUnsafeOwnKey } from '../_lib/guards';
import { CrmRulesError, type ErrorPath } from '../errors';
import { isMoney } from '../money';
import type { FactType } from './FactType';
import type { FactRef, RuleValue } from './ParsedCondition';
import { EXPECTED, toRuleValue } from './ruleValue';

/** The facts a condition is evaluated on: values by fact name (own properties only). */
export type Facts = Readonly<Record<string, unknown>>;

/** Internal: throws unless `facts` is a plain object whose own keys are all safe. */
export function assertFactsObject(facts: unknown, path: ErrorPath): asserts facts is Facts {
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts))
    throw new CrmRulesError('INVALID_INPUT', 'expected the facts as an object of values by name', {
      path,
      value: facts,
    });
  const key = findUnsafeOwnKey(facts);
  if (key !== undefined)
    throw new CrmRulesError('UNSAFE_KEY', `"${key}" cannot be a fact name`, {
      path: [...path, key],
      value: (facts as Record<string, unknown>)[key],
    });
}

/**
 * Internal: reads one fact as its {@link RuleValue}; `undefined` when the fact is missing
 * (absent, `undefined` or `null`).
 */
export function readFact(
  facts: Facts,
  name: string,
  type: FactType,
  currency: string | null,
  path: ErrorPath,
): RuleValue | undefined {
  const raw = Object.hasOwn(facts, name) ? facts[name] : undefined;
  if (raw === undefined || raw === null) return undefined;
  const value = toRuleValue(type, raw);
  if (value === undefined)
    throw new CrmRulesError(
      'FACT_TYPE_MISMATCH',
      `fact "${name}" is ${type}: expected ${EXPECTED[type]}`,
      {
        path: [...path, name],
        value: raw,
      },
    );
  if (currency !== null && isMoney(value) && value.currency !== currency)
    throw new CrmRulesError(
      'CURRENCY_MISMATCH',
      `fact "${name}" is in ${value.currency} but the condition compares it in ${currency}; convert first`,
      { path: [...path, name], value: raw },
    );
  return value;
}

/** Internal: reads every fact a parsed condition needs, in the order of `refs`. */
export function readFacts(
  refs: readonly FactRef[],
  facts: unknown,
  path: ErrorPath,
): Array<RuleValue | undefined> {
  assertFactsObject(facts, path);
  return refs.map((ref) => readFact(facts, ref.name, ref.type, ref.currency, path));
}
