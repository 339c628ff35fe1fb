import { CrmRulesError, type ErrorPath } from '../../errors';
import type { ParsedCondition } from '../ParsedCondition';

/**
 * Marks a condition {@link parseCondition} built. A registered symbol, so a condition parsed by
 * the ESM build is recognised by the CommonJS one too.
 */
const PARSED: unique symbol = Symbol.for('crm-rules.ParsedCondition') as never;

/** Internal: marks `condition` as built by `parseCondition` (call before freezing it). */
export function markParsed<T extends object>(condition: T): T {
  Object.defineProperty(condition, PARSED, { value: true });
  return condition;
}

/**
 * Internal: throws `INVALID_INPUT` at `[name]` unless `value` came from `parseCondition` — a raw
 * JSON rule, `null` or a hand-made object never reaches the evaluator.
 */
export function assertParsedCondition(
  value: unknown,
  name: string,
): asserts value is ParsedCondition {
  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { [PARSED]?: true })[PARSED] !== true
  )
    throw new CrmRulesError(
      'INVALID_INPUT',
      `${name} must be a parsed condition: pass the JSON rule through parseCondition first`,
      { path: [name], value },
    );
}

const NO_PATH: ErrorPath = Object.freeze([]);

/** Internal: an optional error-path argument: `undefined` (then `[]`) or an array. */
export function checkPath(value: unknown, at: ErrorPath): ErrorPath {
  if (value === undefined) return NO_PATH;
  if (!Array.isArray(value))
    throw new CrmRulesError('INVALID_INPUT', 'a path is a list of keys and indexes', {
      path: at,
      value,
    });
  return value;
}
