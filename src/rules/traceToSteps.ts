import { CrmRulesError, type ErrorPath, INPUT_LIMITS } from '../errors';
import { checkJsonBounds } from '../errors/_lib/checkJsonBounds';
import { formatMoneyText, type TraceStep } from '../explain';
import type { ConditionTrace, LeafTrace } from './ConditionTrace';
import { isOperator } from './Operator';
import type { RuleValueJson } from './ruleValue';

const LEAF_CODES = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'between', 'exists', 'absent'];

/**
 * Every trace code {@link traceToSteps} can emit; `coreCatalog` has a message for each.
 *
 * @example
 * ```ts
 * RULES_TRACE_CODES.includes('rules.leaf.between.missing');
 * //=> true
 * ```
 */
export const RULES_TRACE_CODES: readonly string[] = Object.freeze([
  'rules.all',
  'rules.any',
  'rules.not',
  ...LEAF_CODES.flatMap((op) => [`rules.leaf.${op}`, `rules.leaf.${op}.missing`]),
]);

/**
 * Flattens a condition trace into steps for the message catalog, parents before children.
 * Groups emit `rules.all` / `rules.any` (`outcome`, `met`, `total`) and `rules.not`
 * (`outcome`); leaves emit `rules.leaf.<operator>` (`exists: false` is `absent`) with `fact`,
 * `expected` (or `low` and `high` for `between`), `actual` and `outcome`, or
 * `rules.leaf.<operator>.missing` when the fact had no value. Values are shown as text: numbers
 * as decimal strings, money as `1,234.50 USD`, lists as `[A, B]`. Every step has a `depth`
 * (0 at the root) for indentation.
 *
 * @param trace - from {@link evaluateCondition}
 * @returns the steps, ready for `renderTrace(steps, { locale, catalog: coreCatalog })`
 * @throws CrmRulesError `INVALID_INPUT` at `['trace', …]` for a node that is not a trace node
 * (say, a trace read back from storage and altered); `LIMIT_EXCEEDED` for a trace nested deeper
 * than any condition can be
 * @example
 * ```ts
 * const rule = parseCondition(
 *   { all: [
 *     { fact: 'customer.grade', operator: 'eq', value: 'key' },
 *     { fact: 'product.category', operator: 'in', value: ['A', 'B'] },
 *   ] },
 *   { 'customer.grade': 'string', 'product.category': 'string' },
 * );
 * const { trace } = evaluateCondition(rule, { 'customer.grade': 'key', 'product.category': 'C' });
 * renderTrace(traceToSteps(trace), { locale: 'en', catalog: coreCatalog }).join('; ');
 * //=> 'all of the following ✗ (1 of 2 met); customer.grade = key ✓ (was key); product.category in [A, B] ✗ (was C)'
 * ```
 */
export function traceToSteps(trace: ConditionTrace): TraceStep[] {
  // A condition nests at most maxJsonDepth levels, each an object and a list in its trace.
  checkJsonBounds(trace, ['trace'], {
    maxDepth: { name: 'maxJsonDepth', max: 2 * INPUT_LIMITS.maxJsonDepth + 1 },
  });
  const steps: TraceStep[] = [];
  const visit = (node: ConditionTrace, depth: number, path: ErrorPath): void => {
    checkNode(node, path);
    if (node.kind === 'leaf') {
      steps.push(leafStep(node, depth));
    } else if (node.kind === 'not') {
      steps.push({ code: 'rules.not', params: { outcome: node.outcome, depth } });
      visit(node.child, depth + 1, [...path, 'child']);
    } else {
      const met = node.children.filter((child) => child.outcome).length;
      const total = node.children.length;
      steps.push({
        code: `rules.${node.kind}`,
        params: { outcome: node.outcome, met, total, depth },
      });
      node.children.forEach((child, index) => {
        visit(child, depth + 1, [...path, 'children', index]);
      });
    }
  };
  visit(trace, 0, ['trace']);
  return steps;
}

function leafStep(leaf: LeafTrace, depth: number): TraceStep {
  const name = leaf.operator === 'exists' && leaf.expected === false ? 'absent' : leaf.operator;
  const code = `rules.leaf.${name}${leaf.missing ? '.missing' : ''}`;
  const params: Record<string, string | boolean | number | null> = {
    fact: leaf.fact,
    operator: leaf.operator,
    outcome: leaf.outcome,
    depth,
  };
  if (leaf.operator === 'between' && Array.isArray(leaf.expected)) {
    params.low = show(leaf.expected[0] as RuleValueJson);
    params.high = show(leaf.expected[1] as RuleValueJson);
  } else if (leaf.operator !== 'exists') {
    params.expected = Array.isArray(leaf.expected)
      ? `[${leaf.expected.map((item) => show(item as RuleValueJson)).join(', ')}]`
      : show(leaf.expected as RuleValueJson);
  }
  if (!leaf.missing) params.actual = leaf.actual === null ? null : show(leaf.actual);
  return { code, params };
}

function show(value: RuleValueJson): string {
  if (typeof value === 'object')
    return formatMoneyText(value.amount, value.currency) ?? value.amount;
  return String(value);
}

function checkNode(node: unknown, path: ErrorPath): asserts node is ConditionTrace {
  const fail = (detail: string, key?: string, value: unknown = node): never => {
    throw new CrmRulesError('INVALID_INPUT', detail, {
      path: key === undefined ? path : [...path, key],
      value,
    });
  };
  if (typeof node !== 'object' || node === null) return fail('expected a condition trace node');
  const at = node as Record<string, unknown>;
  if (typeof at.outcome !== 'boolean') fail('expected outcome as a boolean', 'outcome', at.outcome);
  if (at.kind === 'all' || at.kind === 'any') {
    if (!Array.isArray(at.children)) fail('expected a list of children', 'children', at.children);
  } else if (at.kind === 'not') {
    if (typeof at.child !== 'object' || at.child === null)
      fail('expected a child node', 'child', at.child);
  } else if (at.kind === 'leaf') {
    if (typeof at.fact !== 'string') fail('expected the fact name', 'fact', at.fact);
    if (!isOperator(at.operator)) fail('expected an operator', 'operator', at.operator);
    if (typeof at.missing !== 'boolean')
      fail('expected missing as a boolean', 'missing', at.missing);
    const expected = Array.isArray(at.expected) ? at.expected : [at.expected];
    if (!expected.every(isRuleValueJson)) fail('expected rule values', 'expected', at.expected);
    if (at.actual !== null && !isRuleValueJson(at.actual))
      fail('expected a rule value or null', 'actual', at.actual);
  } else fail('expected kind all, any, not or leaf', 'kind', at.kind);
}

function isRuleValueJson(value: unknown): value is RuleValueJson {
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value !== 'object' || value === null) return false;
  const money = value as Record<string, unknown>;
  return typeof money.amount === 'string' && typeof money.currency === 'string';
}
