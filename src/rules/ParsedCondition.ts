import type { Decimal, Money } from '../money';
import type { FactType } from './FactType';
import type { ComparisonOperator } from './Operator';

/**
 * A value after parsing: a `Decimal` for numbers, the `YYYY-MM-DD` string for dates, the string
 * or boolean itself, or `Money`.
 */
export type RuleValue = Decimal | string | boolean | Money;

/** A fact a parsed condition reads: its name, type and, for money, the currency it compares in. */
export interface FactRef {
  readonly name: string;
  readonly type: FactType;
  /** The currency of the condition's money values for this fact; `null` when none (or not money). */
  readonly currency: string | null;
}

/** A parsed leaf, discriminated by `operator`. */
export type LeafNode = {
  readonly kind: 'leaf';
  readonly fact: string;
  readonly type: FactType;
} & (
  | { readonly operator: ComparisonOperator; readonly value: RuleValue }
  | { readonly operator: 'in'; readonly value: readonly RuleValue[] }
  | { readonly operator: 'between'; readonly value: readonly [RuleValue, RuleValue] }
  | { readonly operator: 'exists'; readonly value: boolean }
);

/** A node of a parsed condition. */
export type ConditionNode =
  | { readonly kind: 'all'; readonly children: readonly ConditionNode[] }
  | { readonly kind: 'any'; readonly children: readonly ConditionNode[] }
  | { readonly kind: 'not'; readonly child: ConditionNode }
  | LeafNode;

/**
 * A condition checked against a fact schema by {@link parseCondition}: the tree with values
 * normalised, and the facts it reads (sorted by name). Deeply frozen.
 */
export interface ParsedCondition {
  readonly root: ConditionNode;
  readonly facts: readonly FactRef[];
}
