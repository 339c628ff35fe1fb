import { requireFields } from '../errors/_lib/argumentGuards';
import { formatMoneyText, type TraceStep } from '../explain';
import type { ConditionTrace, LeafTrace } from './ConditionTrace';
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
  requireFields(trace, 'trace', { kind: 'string' }, 'a condition trace (from evaluateCondition)');
  const steps: TraceStep[] = [];
  const visit = (node: ConditionTrace, depth: number): void => {
    if (node.kind === 'leaf') {
      steps.push(leafStep(node, depth));
    } else if (node.kind === 'not') {
      steps.push({ code: 'rules.not', params: { outcome: node.outcome, depth } });
      visit(node.child, depth + 1);
    } else {
      const met = node.children.filter((child) => child.outcome).length;
      const total = node.children.length;
      steps.push({
        code: `rules.${node.kind}`,
        params: { outcome: node.outcome, met, total, depth },
      });
      for (const child of node.children) visit(child, depth + 1);
    }
  };
  visit(trace, 0);
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
