import type { ErrorPath } from '../errors';
import { assertParsedCondition, checkPath } from './_lib/checkArguments';
import type { ConditionTrace } from './ConditionTrace';
import type { ConditionNode, LeafNode, ParsedCondition, RuleValue } from './ParsedCondition';
import { type Facts, readFacts } from './readFacts';
import { type RuleValueJson, ruleValueToJson } from './ruleValue';
import { testLeaf } from './testLeaf';

/** The outcome of {@link evaluateCondition} and the trace explaining it. */
export interface ConditionResult {
  readonly outcome: boolean;
  readonly trace: ConditionTrace;
}

/**
 * Evaluates a parsed condition on facts and explains the outcome. Every child is evaluated — no
 * short-circuit — so the trace is complete: each node's outcome, each leaf's expected and actual
 * value. A missing fact (absent, `undefined` or `null`) fails every operator except
 * `exists: false`, and its leaf is marked `missing`. Empty `all` is true, empty `any` false.
 * The outcome always equals `trace.outcome`; inputs are never mutated.
 *
 * @param condition - from {@link parseCondition}
 * @param facts - values by fact name (own properties only); only the facts the condition reads
 * are checked
 * @param path - where the facts sit in the caller's input, for errors
 * @returns `{ outcome, trace }`
 * @throws CrmRulesError `INVALID_INPUT` at `['condition']` when `condition` is not from
 * {@link parseCondition} (a raw JSON rule, `null`), at `['path']` for a path that is not a list,
 * and at `path` when `facts` is not an object; `FACT_TYPE_MISMATCH` (path `[name]`) for a fact of the wrong type, a
 * float or NaN; `CURRENCY_MISMATCH` for money in another currency than the condition's;
 * `UNSAFE_KEY` when `facts` has an own `__proto__`, `constructor` or `prototype` key
 * @example
 * ```ts
 * const rule = parseCondition(
 *   { fact: 'product.category', operator: 'in', value: ['A', 'B'] },
 *   { 'product.category': 'string' },
 * );
 * evaluateCondition(rule, { 'product.category': 'C' }).trace;
 * //=> { kind: 'leaf', outcome: false, fact: 'product.category', operator: 'in', expected: ['A', 'B'], actual: 'C', missing: false }
 * ```
 */
export function evaluateCondition(
  condition: ParsedCondition,
  facts: Facts,
  path: ErrorPath = [],
): ConditionResult {
  assertParsedCondition(condition, 'condition');
  const values = readFacts(condition.facts, facts, checkPath(path, ['path']));
  const byName = new Map<string, RuleValue | undefined>();
  condition.facts.forEach((ref, index) => {
    byName.set(ref.name, values[index]);
  });
  const trace = traceNode(condition.root, byName);
  return { outcome: trace.outcome, trace };
}

function traceNode(
  node: ConditionNode,
  values: ReadonlyMap<string, RuleValue | undefined>,
): ConditionTrace {
  switch (node.kind) {
    case 'all':
    case 'any': {
      const children = node.children.map((child) => traceNode(child, values));
      const outcome =
        node.kind === 'all'
          ? children.every((child) => child.outcome)
          : children.some((child) => child.outcome);
      return { kind: node.kind, outcome, children };
    }
    case 'not': {
      const child = traceNode(node.child, values);
      return { kind: 'not', outcome: !child.outcome, child };
    }
    case 'leaf': {
      const actual = values.get(node.fact);
      return {
        kind: 'leaf',
        outcome: testLeaf(node, actual),
        fact: node.fact,
        operator: node.operator,
        expected: expectedJson(node),
        actual: actual === undefined ? null : ruleValueToJson(node.type, actual),
        missing: actual === undefined,
      };
    }
  }
}

/** Internal: a leaf's rule value in JSON form. */
export function expectedJson(leaf: LeafNode): RuleValueJson | RuleValueJson[] {
  if (leaf.operator === 'exists') return leaf.value;
  if (leaf.operator === 'in' || leaf.operator === 'between')
    return leaf.value.map((value) => ruleValueToJson(leaf.type, value));
  return ruleValueToJson(leaf.type, leaf.value);
}
