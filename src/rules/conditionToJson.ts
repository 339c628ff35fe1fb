import { assertParsedCondition } from './_lib/checkArguments';
import type { Condition } from './Condition';
import { expectedJson } from './evaluateCondition';
import type { ConditionNode, ParsedCondition } from './ParsedCondition';

/**
 * Writes a parsed condition back as JSON (see {@link Condition}): numbers as decimal strings,
 * money as `{ amount, currency }`, `exists` with its value spelt out. Parsing the result again
 * gives an equivalent condition — the form to store.
 *
 * @param condition - from {@link parseCondition}
 * @returns the condition as JSON
 * @throws CrmRulesError `INVALID_INPUT` at `['condition']` when it is not from {@link parseCondition}
 * @example
 * ```ts
 * conditionToJson(parseCondition({ fact: 'n', operator: 'between', value: [1, '2.50'] }, { n: 'number' }));
 * //=> { fact: 'n', operator: 'between', value: ['1', '2.5'] }
 * ```
 */
export function conditionToJson(condition: ParsedCondition): Condition {
  assertParsedCondition(condition, 'condition');
  return nodeToJson(condition.root);
}

function nodeToJson(node: ConditionNode): Condition {
  switch (node.kind) {
    case 'all':
      return { all: node.children.map(nodeToJson) };
    case 'any':
      return { any: node.children.map(nodeToJson) };
    case 'not':
      return { not: nodeToJson(node.child) };
    case 'leaf':
      return { fact: node.fact, operator: node.operator, value: expectedJson(node) } as Condition;
  }
}
