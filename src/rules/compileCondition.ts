import type { ErrorPath } from '../errors';
import { attempt, type SafeResult } from '../errors';
import { Decimal, type Money } from '../money';
import { assertParsedCondition, checkPath } from './_lib/checkArguments';
import type {
  ConditionNode,
  FactRef,
  LeafNode,
  ParsedCondition,
  RuleValue,
} from './ParsedCondition';
import { assertFactsObject, type Facts, readFact } from './readFacts';
import { ruleValueKey } from './ruleValue';
import { testLeaf } from './testLeaf';

const PATH_ARGUMENT: ErrorPath = Object.freeze(['path']);

/** A compiled condition: `true` when the facts satisfy it (see {@link compileCondition}). */
export type CompiledCondition = (facts: Facts, path?: ErrorPath) => boolean;

/**
 * The facts' values as the compiled tests read them: a number fact given as a safe integer stays
 * a JS number (no decimal is built for it: comparing it with a whole rule value is an integer
 * comparison); everything else is its {@link RuleValue}.
 */
type Value = RuleValue | number;
type Values = ReadonlyArray<Value | undefined>;
type Test = (values: Values) => boolean;

/**
 * Compiles a parsed condition into a plain function for hot paths (a million order lines). It
 * builds a tree of closures from the data — no `eval`, no `new Function` — reads each fact once
 * per call, stops `all`/`any` at the first decisive child, looks `in` lists up in a set, and
 * compares a number fact given as a safe integer with a whole rule value as integers.
 * It returns exactly `evaluateCondition(condition, facts).outcome` and throws the same errors
 * for the same facts (every fact the condition reads is checked before any comparison).
 *
 * @param condition - from {@link parseCondition}
 * @returns `(facts, path?) => boolean`
 * @throws CrmRulesError `INVALID_INPUT` at `['condition']` when `condition` is not from
 * {@link parseCondition}; (when called) `INVALID_INPUT` for facts that are not an object or a
 * path that is not a list, `FACT_TYPE_MISMATCH`, `CURRENCY_MISMATCH`, `UNSAFE_KEY`, as
 * {@link evaluateCondition}
 * @example
 * ```ts
 * const isKey = compileCondition(parseCondition({ fact: 'grade', operator: 'eq', value: 'key' }, { grade: 'string' }));
 * [isKey({ grade: 'key' }), isKey({ grade: 'ordinary' }), isKey({})];
 * //=> [true, false, false]
 * ```
 */
export function compileCondition(condition: ParsedCondition): CompiledCondition {
  assertParsedCondition(condition, 'condition');
  const slots = new Map(condition.facts.map((ref, index) => [ref.name, index] as const));
  const test = compileNode(condition.root, slots);
  const refs = condition.facts;
  return (facts, path) => test(readValues(refs, facts, checkPath(path, PATH_ARGUMENT)));
}

/**
 * Like {@link compileCondition}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeCompileCondition(null).success;
 * //=> false
 * ```
 */
export function safeCompileCondition(condition: ParsedCondition): SafeResult<CompiledCondition> {
  return attempt(() => compileCondition(condition));
}

/** Reads and checks every fact the condition needs, as `readFacts` does (same errors). */
function readValues(refs: readonly FactRef[], facts: unknown, path: ErrorPath): Values {
  assertFactsObject(facts, path);
  const values = new Array<Value | undefined>(refs.length);
  for (let index = 0; index < refs.length; index += 1) {
    const ref = refs[index] as FactRef;
    if (ref.type === 'number') {
      // A safe integer is always a valid number fact: keep it as it is.
      const raw = Object.hasOwn(facts, ref.name) ? facts[ref.name] : undefined;
      if (Number.isSafeInteger(raw)) {
        values[index] = raw as number;
        continue;
      }
    }
    values[index] = readFact(facts, ref.name, ref.type, ref.currency, path);
  }
  return values;
}

/** A value as its {@link RuleValue} (a safe integer as a decimal). */
function ruleValue(value: Value): RuleValue;
function ruleValue(value: Value | undefined): RuleValue | undefined;
function ruleValue(value: Value | undefined): RuleValue | undefined {
  return typeof value === 'number' ? new Decimal(value) : value;
}

/** A decimal as a JS number when it is a safe integer, else `undefined`. */
function safeIntegerOf(value: Decimal): number | undefined {
  if (!value.isInteger()) return undefined;
  const whole = value.toNumber();
  return Number.isSafeInteger(whole) ? whole : undefined;
}

function compileNode(node: ConditionNode, slots: ReadonlyMap<string, number>): Test {
  switch (node.kind) {
    case 'all': {
      const tests = node.children.map((child) => compileNode(child, slots));
      return (values) => {
        for (const test of tests) if (!test(values)) return false;
        return true;
      };
    }
    case 'any': {
      const tests = node.children.map((child) => compileNode(child, slots));
      return (values) => {
        for (const test of tests) if (test(values)) return true;
        return false;
      };
    }
    case 'not': {
      const test = compileNode(node.child, slots);
      return (values) => !test(values);
    }
    case 'leaf':
      return compileLeaf(node, slots.get(node.fact) as number);
  }
}

function compileLeaf(leaf: LeafNode, slot: number): Test {
  if (leaf.operator === 'exists') {
    const present = leaf.value;
    return (values) => (values[slot] !== undefined) === present;
  }
  const { type } = leaf;
  if (leaf.operator === 'in') {
    const keys = new Set(leaf.value.map((value) => ruleValueKey(type, value)));
    return (values) => {
      const actual = ruleValue(values[slot]);
      return actual !== undefined && keys.has(ruleValueKey(type, actual));
    };
  }
  if (leaf.operator === 'eq' && (type === 'string' || type === 'boolean' || type === 'date')) {
    const expected = leaf.value;
    return (values) => values[slot] === expected;
  }
  if (type === 'number' || type === 'money') {
    const amountOf =
      type === 'number'
        ? (v: Value) => (typeof v === 'number' ? new Decimal(v) : (v as Decimal))
        : (v: Value) => (v as Money).amount;
    if (leaf.operator === 'between') {
      const low = amountOf(leaf.value[0]);
      const high = amountOf(leaf.value[1]);
      const lowWhole = safeIntegerOf(low);
      const highWhole = safeIntegerOf(high);
      return (values) => {
        const actual = values[slot];
        if (actual === undefined) return false;
        if (typeof actual === 'number' && lowWhole !== undefined && highWhole !== undefined)
          return actual >= lowWhole && actual <= highWhole;
        const amount = amountOf(actual);
        return compareFinite(amount, low) >= 0 && compareFinite(amount, high) <= 0;
      };
    }
    const expected = amountOf(leaf.value);
    const whole = safeIntegerOf(expected);
    const accept = ACCEPT[leaf.operator];
    return (values) => {
      const actual = values[slot];
      if (actual === undefined) return false;
      if (typeof actual === 'number' && whole !== undefined)
        return accept(actual < whole ? -1 : actual > whole ? 1 : 0);
      return accept(compareFinite(amountOf(actual), expected));
    };
  }
  return (values) => testLeaf(leaf, ruleValue(values[slot]));
}

/**
 * `a.cmp(b)` for finite decimals, without the copy of `b` that decimal.js's `cmp` makes: the
 * same comparison of sign, exponent and base-10^7 digits (decimal.js's documented `s`, `e`, `d`).
 */
function compareFinite(a: Decimal, b: Decimal): number {
  const { d: ad, s: as, e: ae } = a;
  const { d: bd, s: bs, e: be } = b;
  if (!ad[0] || !bd[0]) return ad[0] ? as : bd[0] ? -bs : 0;
  if (as !== bs) return as;
  const up = as; // 1 or -1: neither is zero here
  if (ae !== be) return ae > be ? up : -up;
  const length = Math.min(ad.length, bd.length);
  for (let i = 0; i < length; i += 1)
    if (ad[i] !== bd[i]) return (ad[i] as number) > (bd[i] as number) ? up : -up;
  return ad.length === bd.length ? 0 : ad.length > bd.length ? up : -up;
}

const ACCEPT: Readonly<
  Record<'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte', (order: number) => boolean>
> = {
  eq: (order) => order === 0,
  ne: (order) => order !== 0,
  lt: (order) => order < 0,
  lte: (order) => order <= 0,
  gt: (order) => order > 0,
  gte: (order) => order >= 0,
};
