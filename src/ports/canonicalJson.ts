import { isUnsafeKey } from '../_lib/guards';
import { CrmRulesError, type ErrorPath } from '../errors';
import { checkJsonBounds, STORED_BOUNDS } from '../errors/_lib/checkJsonBounds';
import { isPortableText } from '../model';
import { compareKeys } from './compareKeys';

/** A JSON value as stored by a result store. `undefined` properties are treated as absent. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue | undefined };

/**
 * Writes a JSON value in canonical form: object keys sorted by code point, no spaces, properties
 * whose value is `undefined` left out. Two values are "the same" to a result store exactly when
 * their canonical forms are equal, whatever their key order (PostgreSQL `jsonb` does not keep
 * key order either). Only portable JSON is accepted: finite numbers, portable strings (see
 * `isPortableText`), arrays and plain objects, no cycles.
 *
 * @param value - the value to write
 * @param path - where the value sits in the caller's input, for errors
 * @returns the canonical JSON text
 * @throws CrmRulesError `INVALID_INPUT` for anything that is not portable JSON (with the path to
 * it), `UNSAFE_KEY` for a `__proto__`, `constructor` or `prototype` key
 * @example
 * ```ts
 * canonicalJson({ b: [1, 'x'], a: null, c: undefined });
 * //=> '{"a":null,"b":[1,"x"]}'
 * ```
 */
export function canonicalJson(value: unknown, path: ErrorPath = []): string {
  checkJsonBounds(value, path, STORED_BOUNDS);
  return write(value, [...path], new Set());
}

function write(value: unknown, path: Array<string | number>, open: Set<object>): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return JSON.stringify(value);
    throw invalid('numbers must be finite', path, value);
  }
  if (typeof value === 'string') {
    if (isPortableText(value)) return JSON.stringify(value);
    throw invalid('strings must not contain NUL characters or lone surrogates', path, value);
  }
  if (typeof value !== 'object') throw invalid(`a ${typeof value} is not JSON`, path, value);
  if (open.has(value)) throw invalid('the value contains a cycle', path, '[cycle]');
  open.add(value);
  let text: string;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (item === undefined)
        throw invalid('arrays must not hold undefined', [...path, index], item);
      items.push(write(item, [...path, index], open));
    }
    text = `[${items.join(',')}]`;
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
      throw invalid('only plain objects are JSON (no Date, Map, class instances)', path, value);
    const keys = Object.keys(value).sort(compareKeys);
    const parts: string[] = [];
    for (const key of keys) {
      if (isUnsafeKey(key))
        throw new CrmRulesError('UNSAFE_KEY', 'this key could reach an object prototype', {
          path: [...path, key],
          value: key,
        });
      if (!isPortableText(key)) throw invalid('keys must be portable text', [...path, key], key);
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined)
        parts.push(`${JSON.stringify(key)}:${write(item, [...path, key], open)}`);
    }
    text = `{${parts.join(',')}}`;
  }
  open.delete(value);
  return text;
}

function invalid(detail: string, path: ErrorPath, value: unknown): CrmRulesError {
  return new CrmRulesError('INVALID_INPUT', detail, { path, value });
}
