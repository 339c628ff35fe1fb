import type { LeafNode, RuleValue } from './ParsedCondition';
import { compareRuleValues } from './ruleValue';

/**
 * Internal: whether a leaf holds for a fact value (`undefined` = missing). A missing fact fails
 * every operator except `exists: false`.
 */
export function testLeaf(leaf: LeafNode, actual: RuleValue | undefined): boolean {
  if (leaf.operator === 'exists') return (actual !== undefined) === leaf.value;
  if (actual === undefined) return false;
  const { type } = leaf;
  switch (leaf.operator) {
    case 'in':
      return leaf.value.some((item) => compareRuleValues(type, actual, item) === 0);
    case 'between':
      return (
        compareRuleValues(type, actual, leaf.value[0]) >= 0 &&
        compareRuleValues(type, actual, leaf.value[1]) <= 0
      );
    case 'eq':
      return compareRuleValues(type, actual, leaf.value) === 0;
    case 'ne':
      return compareRuleValues(type, actual, leaf.value) !== 0;
    case 'lt':
      return compareRuleValues(type, actual, leaf.value) < 0;
    case 'lte':
      return compareRuleValues(type, actual, leaf.value) <= 0;
    case 'gt':
      return compareRuleValues(type, actual, leaf.value) > 0;
    case 'gte':
      return compareRuleValues(type, actual, leaf.value) >= 0;
  }
}
