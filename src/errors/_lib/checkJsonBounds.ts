import { CrmRulesError, type ErrorPath } from '../CrmRulesError';
import type { ErrorCode } from '../codes';
import { INPUT_LIMITS } from '../INPUT_LIMITS';

/** Internal: one bound of a walk — its largest allowed size and the name errors give it. */
export interface Bound {
  readonly name: string;
  readonly max: number;
}

/**
 * Internal: what one walk of {@link checkJsonBounds} enforces. `maxDepth`: nesting of arrays and
 * objects (the root is depth 1). `maxEntries`: items of one array or keys of one object.
 * `maxStringLength`: UTF-16 length of a string value or key. `maxNodes`: how many values
 * `isNode` counts (by default the root and every list item).
 */
export interface JsonBounds {
  readonly maxDepth: Bound;
  readonly maxEntries?: Bound;
  readonly maxStringLength?: Bound;
  readonly maxNodes?: Bound;
  /** Whether the value under `key` (`undefined` at the root) counts toward `maxNodes`. */
  readonly isNode?: (key: string | number | undefined) => boolean;
}

/** Internal: where a value breaks its bounds, and how. */
export interface BoundsViolation {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly path: ErrorPath;
  /** The size measured (depth, length, count), or `'[cycle]'`. */
  readonly value: unknown;
}

const limit = (name: keyof typeof INPUT_LIMITS): Bound => ({ name, max: INPUT_LIMITS[name] });

/** Internal: the bounds of a rule document (plan, policy, point rules, tables). */
export const DOCUMENT_BOUNDS: JsonBounds = Object.freeze({
  maxDepth: limit('maxJsonDepth'),
  maxEntries: limit('maxTableRows'),
  maxStringLength: limit('maxStringLength'),
});

/** Internal: the bounds of a stored JSON value (a result): its depth only. */
export const STORED_BOUNDS: JsonBounds = Object.freeze({ maxDepth: limit('maxJsonDepth') });

/**
 * Internal: the bounds of one condition of at most `maxDepth` levels and `maxNodes` nodes. Its
 * JSON is at most `2 × maxDepth + 1` deep: each `all` / `any` level is an object and a list, and
 * a leaf's `in` list of money adds two. Its nodes are counted as `parseCondition` counts them:
 * the root, each list item (a child of `all` / `any`, an `in` / `between` value) and each `not`
 * child.
 */
export function conditionBounds(
  maxDepth: Bound = limit('maxConditionDepth'),
  maxNodes: Bound = limit('maxConditionNodes'),
): JsonBounds {
  return {
    maxDepth: { name: maxDepth.name, max: 2 * maxDepth.max + 1 },
    maxEntries: maxNodes,
    maxStringLength: limit('maxStringLength'),
    maxNodes,
    isNode: isConditionNode,
  };
}

function isConditionNode(key: string | number | undefined): boolean {
  return key === undefined || typeof key === 'number' || key === 'not';
}

function isListItemOrRoot(key: string | number | undefined): boolean {
  return key === undefined || typeof key === 'number';
}

interface Frame {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Frame | undefined;
  readonly key: string | number | undefined;
  /** Set on the frame that closes a container (to leave the cycle check's open set). */
  readonly exit: boolean;
}

/**
 * Internal: walks `value` once, without recursion (an explicit stack), in document order, and
 * returns the first place it breaks `bounds` — or a cycle — else `undefined`. A container's
 * size is checked before any of its items is visited, so a huge list costs one comparison.
 * Only arrays and plain objects are entered; other objects are leaves.
 */
export function findBoundsViolation(
  value: unknown,
  bounds: JsonBounds,
  path: ErrorPath = [],
): BoundsViolation | undefined {
  const stack: Frame[] = [frame(value, 1, undefined, undefined, false)];
  const open = new Set<object>();
  let nodes = 0;
  while (stack.length > 0) {
    const at = stack.pop() as Frame;
    const item = at.value;
    if (at.exit) {
      open.delete(item as object);
      continue;
    }
    if (typeof item === 'string') {
      if (bounds.maxStringLength !== undefined && item.length > bounds.maxStringLength.max)
        return exceeded(bounds.maxStringLength, 'a string longer than', item.length, at, path);
    } else if (typeof item !== 'object' || item === null) {
      // a scalar: nothing inside
    } else if (open.has(item)) {
      return { code: 'INVALID_INPUT', detail: 'the value contains a cycle', ...where(at, path) };
    } else if (Array.isArray(item) || isPlainObject(item)) {
      if (at.depth > bounds.maxDepth.max)
        return exceeded(bounds.maxDepth, 'nested deeper than', at.depth, at, path, ' levels');
      const keys = Array.isArray(item) ? undefined : Object.keys(item);
      const size = keys === undefined ? (item as unknown[]).length : keys.length;
      if (bounds.maxEntries !== undefined && size > bounds.maxEntries.max)
        return exceeded(bounds.maxEntries, 'a list or object of more than', size, at, path);
      open.add(item);
      stack.push(frame(item, at.depth, at.parent, at.key, true));
      const violation = pushEntries(item, keys, at, stack, bounds, path);
      if (violation !== undefined) return violation;
    }
    if (bounds.maxNodes !== undefined && (bounds.isNode ?? isListItemOrRoot)(at.key)) {
      nodes += 1;
      if (nodes > bounds.maxNodes.max)
        return exceeded(bounds.maxNodes, 'more nodes and list items than', nodes, at, path);
    }
  }
  return undefined;
}

/**
 * Internal: throws the first violation {@link findBoundsViolation} finds: `LIMIT_EXCEEDED` with
 * the path and the size measured (`INVALID_INPUT` for a cycle). Call it before any recursive
 * schema or walk sees `value`.
 */
export function checkJsonBounds(
  value: unknown,
  path: ErrorPath = [],
  bounds: JsonBounds = DOCUMENT_BOUNDS,
): void {
  const violation = findBoundsViolation(value, bounds, path);
  if (violation !== undefined)
    throw new CrmRulesError(violation.code, violation.detail, {
      path: violation.path,
      value: violation.value,
    });
}

function pushEntries(
  item: object,
  keys: string[] | undefined,
  at: Frame,
  stack: Frame[],
  bounds: JsonBounds,
  path: ErrorPath,
): BoundsViolation | undefined {
  const depth = at.depth + 1;
  if (keys === undefined) {
    const list = item as unknown[];
    for (let index = list.length - 1; index >= 0; index -= 1)
      stack.push(frame(list[index], depth, at, index, false));
    return undefined;
  }
  for (let index = keys.length - 1; index >= 0; index -= 1) {
    const key = keys[index] as string;
    const child = frame((item as Record<string, unknown>)[key], depth, at, key, false);
    if (bounds.maxStringLength !== undefined && key.length > bounds.maxStringLength.max)
      return exceeded(bounds.maxStringLength, 'a key longer than', key.length, child, path);
    stack.push(child);
  }
  return undefined;
}

function frame(
  value: unknown,
  depth: number,
  parent: Frame | undefined,
  key: string | number | undefined,
  exit: boolean,
): Frame {
  return { value, depth, parent, key, exit };
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function exceeded(
  bound: Bound,
  what: string,
  size: number,
  at: Frame,
  path: ErrorPath,
  unit = '',
): BoundsViolation {
  return {
    code: 'LIMIT_EXCEEDED',
    detail: `${what} ${bound.max}${unit} (${bound.name}); got ${size}`,
    ...where(at, path),
    value: size,
  };
}

function where(at: Frame, path: ErrorPath): { path: ErrorPath; value: unknown } {
  const keys: Array<string | number> = [];
  for (let node: Frame | undefined = at; node?.key !== undefined; node = node.parent)
    keys.push(node.key);
  return { path: [...path, ...keys.reverse()], value: '[cycle]' };
}
