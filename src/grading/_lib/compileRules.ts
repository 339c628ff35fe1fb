import type { ErrorPath } from '../../errors';
import type { TraceStep } from '../../explain';
import { isMoney } from '../../money';
import {
  type CompiledCondition,
  compileCondition,
  evaluateCondition,
  type FactSchema,
  type Facts,
  type ParsedCondition,
  parseCondition,
  traceToSteps,
} from '../../rules';

/** Internal: a rule's condition, parsed against a fact schema and compiled for hot paths. */
export interface CompiledRule {
  readonly parsed: ParsedCondition;
  readonly test: CompiledCondition;
}

/**
 * Internal: parses and compiles the `when` of each rule; errors point into the caller's input
 * (`[...path, index, 'when', …]`).
 */
export function compileRules(
  rules: ReadonlyArray<{ readonly when: unknown }>,
  facts: FactSchema,
  path: ErrorPath,
): CompiledRule[] {
  return rules.map((rule, index) => {
    const parsed = parseCondition(rule.when, facts, { path: [...path, index, 'when'] });
    return { parsed, test: compileCondition(parsed) };
  });
}

/**
 * Internal: the condition trace of a rule on some facts, as steps nested `depth` levels under
 * the step that introduces the rule.
 */
export function ruleSteps(
  rule: CompiledRule,
  facts: Facts,
  path: ErrorPath,
  depth = 1,
): TraceStep[] {
  const steps = traceToSteps(evaluateCondition(rule.parsed, facts, path).trace);
  if (depth === 0) return steps;
  for (const step of steps) {
    const own = step.params.depth;
    (step.params as Record<string, unknown>).depth = (typeof own === 'number' ? own : 0) + depth;
  }
  return steps;
}

/**
 * Internal: {@link ruleSteps} memoised on the values of the facts the rule reads — a condition's
 * trace depends on nothing else — so customers with the same values (the same recency, the same
 * RFM scores) share one frozen list of steps instead of building their own. At most `limit`
 * distinct value sets are kept per rule; unusual fact values (objects other than money) are not
 * memoised.
 */
export function memoRuleSteps(
  rule: CompiledRule,
  depth = 1,
  limit = 4096,
): (facts: Facts, path: ErrorPath) => readonly TraceStep[] {
  const cache = new Map<string, readonly TraceStep[]>();
  const refs = rule.parsed.facts;
  return (facts, path) => {
    const key = factsKey(refs, facts);
    const hit = key === undefined ? undefined : cache.get(key);
    if (hit !== undefined) return hit;
    const steps = ruleSteps(rule, facts, path, depth);
    for (const step of steps) {
      Object.freeze(step.params);
      Object.freeze(step);
    }
    Object.freeze(steps);
    if (key !== undefined && cache.size < limit) cache.set(key, steps);
    return steps;
  };
}

/** A string equal for fact values that give the same trace, or `undefined` to skip the memo. */
function factsKey(refs: ParsedCondition['facts'], facts: Facts): string | undefined {
  let key = '';
  for (const ref of refs) {
    const raw = Object.hasOwn(facts, ref.name) ? facts[ref.name] : undefined;
    if (raw === undefined || raw === null) key += '-|';
    else if (typeof raw === 'number' || typeof raw === 'bigint' || typeof raw === 'boolean')
      key += `${typeof raw}:${String(raw)}|`;
    else if (typeof raw === 'string') key += `${JSON.stringify(raw)}|`;
    else if (isMoney(raw)) key += `m:${raw.amount.toString()}:${raw.currency}|`;
    else return undefined;
  }
  return key;
}
