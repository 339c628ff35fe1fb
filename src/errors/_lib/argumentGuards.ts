import { CrmRulesError, type ErrorPath } from '../CrmRulesError';

/**
 * Cheap checks at a public function's entry for arguments that bypassed the types (`null`, a
 * number for a string, an object for an array). Each throws `INVALID_INPUT` with the argument's
 * name as the path, instead of a `TypeError` from deep inside. They look at the argument itself,
 * never walk into it: the schemas and the engine check what is inside.
 */

/** `INVALID_INPUT` at `[name]`: the argument is not what the function takes. */
export function argumentError(name: string, expected: string, value: unknown): CrmRulesError {
  return new CrmRulesError('INVALID_INPUT', `${name} must be ${expected}`, {
    path: [name],
    value,
  });
}

/** An object (not `null`, not an array). */
export function requireObject(value: unknown, name: string): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw argumentError(name, 'an object', value);
}

/** An object or `undefined` (an optional options argument). */
export function requireOptions(value: unknown, name = 'options'): void {
  if (value !== undefined) requireObject(value, name);
}

/** An array. */
export function requireArray(value: unknown, name: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw argumentError(name, 'an array', value);
}

/** An iterable object (an array, a Set, a generator); a string is not one here. */
export function requireIterable(value: unknown, name: string): asserts value is Iterable<unknown> {
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  )
    throw argumentError(name, 'an iterable (an array, a Set, a generator)', value);
}

/** A string. */
export function requireString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') throw argumentError(name, 'a string', value);
}

/** A finite number. */
export function requireNumber(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw argumentError(name, 'a finite number', value);
}

/** An error path: an array of keys and indexes. */
export function requirePath(value: unknown, name = 'path'): asserts value is ErrorPath {
  if (
    !Array.isArray(value) ||
    !value.every((part) => typeof part === 'string' || typeof part === 'number')
  )
    throw argumentError(name, 'an array of keys and indexes', value);
}

/** What {@link requireFields} checks of one field. */
export type FieldKind = 'string' | 'number' | 'object' | 'object-or-null' | 'array';

/**
 * An object whose own top-level fields have these kinds (a parsed value handed back: a
 * condition's `root`, a line's `kind`). Only the named fields are looked at, not what they hold.
 */
export function requireFields(
  value: unknown,
  name: string,
  fields: Readonly<Record<string, FieldKind>>,
  expected: string,
): void {
  requireObject(value, name);
  for (const [key, kind] of Object.entries(fields)) {
    const field = (value as Record<string, unknown>)[key];
    if (!hasKind(field, kind)) throw argumentError(name, expected, value);
  }
}

function hasKind(field: unknown, kind: FieldKind): boolean {
  switch (kind) {
    case 'string':
    case 'number':
      return typeof field === kind;
    case 'array':
      return Array.isArray(field);
    case 'object-or-null':
      if (field === null) return true;
      return typeof field === 'object';
    case 'object':
      return typeof field === 'object' && field !== null;
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}
