import { isUnsafeKey } from '../_lib/guards';
import { CrmRulesError, type ErrorPath, INPUT_LIMITS } from '../errors';
import { isMoney } from '../money';
import type { FactTypes } from './FactSchema';
import { OPERATORS_BY_TYPE } from './FactType';
import { isOperator } from './Operator';
import type { LeafNode, RuleValue } from './ParsedCondition';
import { compareRuleValues, EXPECTED, toRuleValue } from './ruleValue';

/** Internal: state shared while parsing one condition. */
export interface ParseContext {
  readonly schema: FactTypes;
  readonly maxDepth: number;
  readonly maxNodes: number;
  nodes: number;
  /** The currency each money fact is compared in, fixed by its first money value. */
  readonly currencies: Map<string, string>;
}

const LEAF_KEYS = new Set(['fact', 'operator', 'value']);

/** Internal: parses a leaf `{ fact, operator, value }` whose own keys are already known safe. */
export function parseLeaf(
  raw: Record<string, unknown>,
  path: ErrorPath,
  ctx: ParseContext,
): LeafNode {
  for (const key of Object.keys(raw))
    if (!LEAF_KEYS.has(key))
      throw invalid(`unexpected key "${key}" in a leaf`, [...path, key], raw[key]);
  const fact = raw.fact;
  if (typeof fact !== 'string')
    throw invalid('expected the fact name as a string', [...path, 'fact'], fact);
  checkLength(fact, [...path, 'fact']);
  if (isUnsafeKey(fact))
    throw new CrmRulesError('UNSAFE_KEY', `"${fact}" cannot be a fact name`, {
      path: [...path, 'fact'],
      value: fact,
    });
  const type = Object.hasOwn(ctx.schema, fact) ? ctx.schema[fact] : undefined;
  if (type === undefined)
    throw new CrmRulesError('UNKNOWN_FACT', `the fact schema has no fact "${fact}"`, {
      path: [...path, 'fact'],
      value: fact,
    });
  const operator = raw.operator;
  if (!isOperator(operator))
    throw invalid(
      'expected an operator: eq, ne, lt, lte, gt, gte, in, between or exists',
      [...path, 'operator'],
      operator,
    );
  if (!OPERATORS_BY_TYPE[type].includes(operator))
    throw new CrmRulesError(
      'FACT_TYPE_MISMATCH',
      `operator ${operator} does not apply to a ${type} fact`,
      {
        path: [...path, 'operator'],
        value: operator,
      },
    );
  const valuePath = [...path, 'value'];
  const value = raw.value;
  const base = { kind: 'leaf', fact, type } as const;
  if (operator === 'exists') {
    if (value !== undefined && typeof value !== 'boolean')
      throw invalid('exists takes true, false or no value', valuePath, value);
    return Object.freeze({ ...base, operator, value: value ?? true });
  }
  if (value === undefined) throw invalid(`operator ${operator} needs a value`, valuePath, value);
  if (operator === 'in' || operator === 'between') {
    if (!Array.isArray(value))
      throw invalid(
        operator === 'in' ? 'in takes a list of values' : 'between takes [low, high]',
        valuePath,
        value,
      );
    if (operator === 'between' && value.length !== 2)
      throw invalid('between takes exactly two bounds, [low, high]', valuePath, value);
    const values: RuleValue[] = [];
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      ctx.nodes += 1;
      if (ctx.nodes > ctx.maxNodes)
        throw exceeded(
          `the condition has more than ${ctx.maxNodes} nodes and list items`,
          [...valuePath, index],
          ctx.nodes,
        );
      values.push(readValue(fact, type, item, [...valuePath, index], ctx));
    }
    if (operator === 'in')
      return Object.freeze({ ...base, operator, value: Object.freeze(values) });
    const [low, high] = values as [RuleValue, RuleValue];
    if (compareRuleValues(type, low, high) > 0)
      throw invalid('between needs low ≤ high', valuePath, value);
    return Object.freeze({ ...base, operator, value: Object.freeze([low, high] as const) });
  }
  if (Array.isArray(value))
    throw invalid(`operator ${operator} takes one value, not a list`, valuePath, value);
  return Object.freeze({ ...base, operator, value: readValue(fact, type, value, valuePath, ctx) });
}

function readValue(
  fact: string,
  type: keyof typeof EXPECTED,
  raw: unknown,
  path: ErrorPath,
  ctx: ParseContext,
): RuleValue {
  if (raw === null)
    throw invalid('null is not a value; test for a missing fact with exists: false', path, raw);
  if (typeof raw === 'string') checkLength(raw, path);
  const value = toRuleValue(type, raw);
  if (value === undefined)
    throw new CrmRulesError(
      'FACT_TYPE_MISMATCH',
      `fact "${fact}" is ${type}: expected ${EXPECTED[type]}`,
      {
        path,
        value: raw,
      },
    );
  if (isMoney(value)) {
    const currency = ctx.currencies.get(fact);
    if (currency === undefined) ctx.currencies.set(fact, value.currency);
    else if (currency !== value.currency)
      throw new CrmRulesError(
        'CURRENCY_MISMATCH',
        `fact "${fact}" is compared in ${currency} elsewhere in this condition; use one currency per fact`,
        { path, value: raw },
      );
  }
  return value;
}

function checkLength(text: string, path: ErrorPath): void {
  if (text.length > INPUT_LIMITS.maxStringLength)
    throw exceeded(
      `a string longer than ${INPUT_LIMITS.maxStringLength} characters (maxStringLength)`,
      path,
      text.length,
    );
}

/** Internal: a `LIMIT_EXCEEDED` error; `value` is the size measured. */
export function exceeded(detail: string, path: ErrorPath, value: number): CrmRulesError {
  return new CrmRulesError('LIMIT_EXCEEDED', detail, { path, value });
}

/** Internal: an `INVALID_RULE` error. */
export function invalid(detail: string, path: ErrorPath, value: unknown): CrmRulesError {
  return new CrmRulesError('INVALID_RULE', detail, { path, value });
}
