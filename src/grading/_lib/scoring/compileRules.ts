import type { ErrorPath } from '../../../errors';
import type { TraceStep } from '../../../explain';
import { isMoney } from '../../../money';
import {
  type CompiledCondition,
  compileCondition,
  evaluateCondition,
  type FactSchema,
  type Facts,
  type ParsedCondition,
  parseCondition,
  traceToSteps,
} from '../../../rules';

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
 * RFM scores) share one frozen list of steps instead of building their own. The memo is a tree
 * of maps, one level per fact, keyed by the raw value (numbers, strings, booleans and bigints as
 * they are, so `1` and `'1'` are different keys; money by amount and currency; a missing fact by
 * one marker). At most `limit` distinct value sets are kept per rule; unusual fact values
 * (objects other than money) are not memoised.
 */
export function memoRuleSteps(
  rule: CompiledRule,
  depth = 1,
  limit = 4096,
): (facts: Facts, path: ErrorPath) => readonly TraceStep[] {
  const root: Memo = new Map();
  let size = 0;
  const refs = rule.parsed.facts;
  return (facts, path) => {
    // One level per fact; `level` ends as the map that holds the steps under the last key
    // (the root under `undefined` when the rule reads no fact), or `undefined` for no memo.
    let level: Memo | undefined = root;
    let key: unknown;
    for (let i = 0; i < refs.length; i += 1) {
      key = memoKey(facts, (refs[i] as (typeof refs)[number]).name);
      if (key === undefined || level === undefined) {
        level = undefined;
        break;
      }
      if (i < refs.length - 1) {
        let next = level.get(key) as Memo | undefined;
        if (next === undefined && size < limit) {
          next = new Map();
          level.set(key, next);
        }
        level = next;
      }
    }
    const hit = level?.get(key) as readonly TraceStep[] | undefined;
    if (hit !== undefined) return hit;
    const steps = ruleSteps(rule, facts, path, depth);
    for (const step of steps) {
      Object.freeze(step.params);
      Object.freeze(step);
    }
    Object.freeze(steps);
    if (level !== undefined && size < limit) {
      level.set(key, steps);
      size += 1;
    }
    return steps;
  };
}

type Memo = Map<unknown, unknown>;

const MISSING = Symbol('missing');

/** The memo key of a fact's value, or `undefined` when the value is not memoised. */
function memoKey(facts: Facts, name: string): unknown {
  const raw = Object.hasOwn(facts, name) ? facts[name] : undefined;
  if (raw === undefined || raw === null) return MISSING;
  const kind = typeof raw;
  if (kind === 'number' || kind === 'bigint' || kind === 'boolean' || kind === 'string') return raw;
  if (isMoney(raw)) return `${raw.amount.toString()} ${raw.currency}`;
  return undefined;
}
