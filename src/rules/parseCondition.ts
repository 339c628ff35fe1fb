import { isUnsafeKey } from '../_lib/guards';
import { attempt, CrmRulesError, type ErrorPath, INPUT_LIMITS, type SafeResult } from '../errors';
import { checkJsonBounds, conditionBounds } from '../errors/_lib/checkJsonBounds';
import { checkPath, markParsed } from './_lib/checkArguments';
import { type FactSchema, parseFactSchema } from './FactSchema';
import type { ConditionNode, FactRef, ParsedCondition } from './ParsedCondition';
import { exceeded, invalid, type ParseContext, parseLeaf } from './parseLeaf';

/** Options of {@link parseCondition}. */
export interface ParseConditionOptions {
  /** Where the condition sits in the caller's input; prefixes every error path. */
  readonly path?: ErrorPath;
  /**
   * Deepest nesting allowed (the root is depth 1); default `INPUT_LIMITS.maxConditionDepth` (32),
   * at most `INPUT_LIMITS.maxJsonDepth` (64).
   */
  readonly maxDepth?: number;
  /**
   * Most condition nodes plus `in`/`between` list items allowed; default
   * `INPUT_LIMITS.maxConditionNodes` (10,000).
   */
  readonly maxNodes?: number;
}

/**
 * The default size limits of a condition, from `INPUT_LIMITS`: nesting depth
 * `maxConditionDepth` (32) and `maxConditionNodes` (10,000) nodes and list items.
 *
 * @example
 * ```ts
 * CONDITION_LIMITS.maxDepth;
 * //=> 32
 * ```
 */
export const CONDITION_LIMITS = Object.freeze({
  maxDepth: INPUT_LIMITS.maxConditionDepth,
  maxNodes: INPUT_LIMITS.maxConditionNodes,
});

const KINDS = ['all', 'any', 'not', 'fact'] as const;

/**
 * Checks a condition (JSON, see {@link Condition}) against a fact schema and normalises its
 * values (numbers to `Decimal`, money to `Money`), so evaluating it is cheap. Errors name the
 * exact place, e.g. `['all', 2, 'any', 0, 'value']`, and carry the offending value.
 *
 * @param json - the condition, untrusted
 * @param factSchema - the type of each fact the condition may read
 * @param options - an error `path` prefix and the size limits
 * @returns the parsed condition
 * @throws CrmRulesError `INVALID_RULE` for malformed JSON (not an object, no or two of
 * `all`/`any`/`not`/`fact`, an unknown key or operator, a missing value, `in` without a list,
 * `between` without two ordered bounds); `LIMIT_EXCEEDED` at the first node too deep, the first
 * node or list item past `maxNodes` (checked before anything is parsed), or a fact name or string
 * value longer than `INPUT_LIMITS.maxStringLength`; `INVALID_INPUT` for a cycle; `UNKNOWN_FACT`;
 * `FACT_TYPE_MISMATCH` for an operator or value that does not fit the fact's type; `UNSAFE_KEY`
 * for a `__proto__`, `constructor` or `prototype` key or fact name; `CURRENCY_MISMATCH` when one
 * money fact is compared in two currencies; `INVALID_INPUT` for a malformed fact schema or
 * options (path `['options', name]`)
 * @example
 * ```ts
 * parseCondition({ fact: 'order.amount', operator: 'gt', value: 0.5 }, { 'order.amount': 'number' });
 * //=> throws CrmRulesError FACT_TYPE_MISMATCH at ['value'] (got 0.5)
 * ```
 */
export function parseCondition(
  json: unknown,
  factSchema: FactSchema,
  options: ParseConditionOptions = {},
): ParsedCondition {
  const { path, maxDepth, maxNodes } = parseOptions(options);
  // Sizes and strings first, without recursion, so a huge condition is refused at once; the depth
  // is left to parseNode, which stops at the first node too deep (it recurses once per level).
  const nodes = {
    name: options.maxNodes === undefined ? 'maxConditionNodes' : 'maxNodes',
    max: maxNodes,
  };
  checkJsonBounds(json, path, {
    ...conditionBounds(undefined, nodes),
    maxDepth: { name: 'maxDepth', max: Number.MAX_SAFE_INTEGER },
  });
  const ctx: ParseContext = {
    schema: parseFactSchema(factSchema),
    maxDepth,
    maxNodes,
    nodes: 0,
    currencies: new Map(),
  };
  const root = parseNode(json, path, 1, ctx);
  const names = new Set<string>();
  collectFacts(root, names);
  const facts: FactRef[] = [...names].sort().map((name) => {
    const type = ctx.schema[name] as FactRef['type'];
    return Object.freeze({ name, type, currency: ctx.currencies.get(name) ?? null });
  });
  return Object.freeze(markParsed({ root, facts: Object.freeze(facts) }));
}

/**
 * Like {@link parseCondition}, but returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @param json - the condition, untrusted
 * @param factSchema - the type of each fact
 * @param options - as for {@link parseCondition}
 * @returns the parsed condition or the {@link CrmRulesError}
 * @example
 * ```ts
 * safeParseCondition({ fact: 'grade', operator: 'like', value: 'k%' }, { grade: 'string' }).success;
 * //=> false
 * ```
 */
export function safeParseCondition(
  json: unknown,
  factSchema: FactSchema,
  options: ParseConditionOptions = {},
): SafeResult<ParsedCondition> {
  return attempt(() => parseCondition(json, factSchema, options));
}

function parseNode(raw: unknown, path: ErrorPath, depth: number, ctx: ParseContext): ConditionNode {
  if (depth > ctx.maxDepth)
    throw exceeded(`the condition is nested deeper than ${ctx.maxDepth} levels`, path, depth);
  ctx.nodes += 1;
  if (ctx.nodes > ctx.maxNodes)
    throw exceeded(
      `the condition has more than ${ctx.maxNodes} nodes and list items`,
      path,
      ctx.nodes,
    );
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw invalid(
      'expected a condition object: { all }, { any }, { not } or { fact, operator, value }',
      path,
      raw,
    );
  const node = raw as Record<string, unknown>;
  const keys = Object.keys(node);
  for (const key of keys)
    if (isUnsafeKey(key))
      throw new CrmRulesError('UNSAFE_KEY', `"${key}" is not allowed as a key`, {
        path: [...path, key],
        value: node[key],
      });
  const kinds = keys.filter((key) => (KINDS as readonly string[]).includes(key));
  if (kinds.length === 0) throw invalid('expected exactly one of all, any, not or fact', path, raw);
  if (kinds.length > 1)
    throw invalid(
      `a condition has exactly one of all, any, not or fact; found ${kinds.join(' and ')}`,
      [...path, kinds[1] as string],
      node[kinds[1] as string],
    );
  const kind = kinds[0] as (typeof KINDS)[number];
  if (kind === 'fact') return parseLeaf(node, path, ctx);
  const extra = keys.find((key) => key !== kind);
  if (extra !== undefined)
    throw invalid(`unexpected key "${extra}" next to ${kind}`, [...path, extra], node[extra]);
  const inner = node[kind];
  if (kind === 'not')
    return Object.freeze({ kind, child: parseNode(inner, [...path, 'not'], depth + 1, ctx) });
  if (!Array.isArray(inner))
    throw invalid(`${kind} takes a list of conditions`, [...path, kind], inner);
  const children: ConditionNode[] = [];
  for (let index = 0; index < inner.length; index += 1)
    children.push(parseNode(inner[index], [...path, kind, index], depth + 1, ctx));
  return Object.freeze({ kind, children: Object.freeze(children) });
}

function collectFacts(node: ConditionNode, names: Set<string>): void {
  if (node.kind === 'leaf') names.add(node.fact);
  else if (node.kind === 'not') collectFacts(node.child, names);
  else for (const child of node.children) collectFacts(child, names);
}

function parseOptions(options: ParseConditionOptions): {
  path: ErrorPath;
  maxDepth: number;
  maxNodes: number;
} {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new CrmRulesError('INVALID_INPUT', 'expected the options as an object', {
      path: ['options'],
      value: options,
    });
  return {
    path: checkPath(options.path, ['options', 'path']),
    maxDepth: limit(options.maxDepth, CONDITION_LIMITS.maxDepth, 'maxDepth'),
    maxNodes: limit(options.maxNodes, CONDITION_LIMITS.maxNodes, 'maxNodes'),
  };
}

function limit(value: number | undefined, fallback: number, name: 'maxDepth' | 'maxNodes'): number {
  if (value === undefined) return fallback;
  // Parsing recurses once per level: a depth past maxJsonDepth could overflow the stack.
  const most = name === 'maxDepth' ? INPUT_LIMITS.maxJsonDepth : Number.MAX_SAFE_INTEGER;
  if (!Number.isSafeInteger(value) || value < 1 || value > most)
    throw new CrmRulesError(
      'INVALID_INPUT',
      `${name} must be a positive integer${name === 'maxDepth' ? ` of at most ${most}` : ''}`,
      { path: ['options', name], value },
    );
  return value;
}
