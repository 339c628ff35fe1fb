import type { Operator } from './Operator';
import type { RuleValueJson } from './ruleValue';

/**
 * The explanation of one evaluation: a tree mirroring the condition, every node with its
 * outcome. Plain JSON, so it can be stored next to the result it explains.
 */
export type ConditionTrace = GroupTrace | NotTrace | LeafTrace;

/** An `all` or `any` node and its children's traces, in the condition's order. */
export interface GroupTrace {
  readonly kind: 'all' | 'any';
  readonly outcome: boolean;
  readonly children: readonly ConditionTrace[];
}

/** A `not` node and its child's trace. */
export interface NotTrace {
  readonly kind: 'not';
  readonly outcome: boolean;
  readonly child: ConditionTrace;
}

/** A leaf: what was compared with what, and whether the fact was there at all. */
export interface LeafTrace {
  readonly kind: 'leaf';
  readonly outcome: boolean;
  readonly fact: string;
  readonly operator: Operator;
  /** The rule's value in JSON form: a list for `in`, `[low, high]` for `between`, a boolean for `exists`. */
  readonly expected: RuleValueJson | readonly RuleValueJson[];
  /** The fact's value in JSON form (numbers as decimal strings), `null` when missing. */
  readonly actual: RuleValueJson | null;
  /** True when the fact was absent, `undefined` or `null`. */
  readonly missing: boolean;
}
