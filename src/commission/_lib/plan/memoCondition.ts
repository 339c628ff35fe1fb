import type { ErrorPath } from '../../../errors';
import type { CompiledCondition, Facts, ParsedCondition } from '../../../rules';
import { compileCondition } from '../../../rules';
import { LINE_FACTS } from '../../lineFacts';

const MEMO_LIMIT = 100_000;

/** Internal: a compiled condition that remembers its outcome for discrete facts. */
export interface MemoCondition {
  readonly test: CompiledCondition;
  readonly facts: readonly string[];
  readonly discrete: boolean;
  readonly memo: Map<string, boolean>;
}

/** Internal: true when every fact named is a string, boolean or date fact. */
export function discreteFacts(names: readonly string[]): boolean {
  return names.every((name) => {
    const type = LINE_FACTS[name];
    return type === 'string' || type === 'boolean' || type === 'date';
  });
}

/** Internal: compiles a parsed condition with a memo. */
export function memoCondition(condition: ParsedCondition): MemoCondition {
  const facts = condition.facts.map((fact) => fact.name);
  return {
    test: compileCondition(condition),
    facts,
    discrete: discreteFacts(facts),
    memo: new Map(),
  };
}

/** Internal: a memo key of fact values, unambiguous for strings, booleans and dates. */
export function memoKey(facts: Facts, names: readonly string[]): string {
  let key = '';
  for (const name of names) {
    const value = Object.hasOwn(facts, name) ? facts[name] : undefined;
    if (value === undefined || value === null) key += '~';
    else if (typeof value === 'string') key += `${value.length}:${value}`;
    else key += value === true ? 'T' : value === false ? 'F' : `?${String(value)}`;
  }
  return key;
}

/** Internal: runs a memoised test. */
export function testMemoCondition(test: MemoCondition, facts: Facts, path: ErrorPath): boolean {
  if (!test.discrete) return test.test(facts, path);
  const key = memoKey(facts, test.facts);
  let outcome = test.memo.get(key);
  if (outcome === undefined) {
    outcome = test.test(facts, path);
    if (test.memo.size < MEMO_LIMIT) test.memo.set(key, outcome);
  }
  return outcome;
}
