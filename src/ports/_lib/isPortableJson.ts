import { isUnsafeKey } from '../../_lib/guards';
import { INPUT_LIMITS } from '../../errors/INPUT_LIMITS';
import { isPortableText } from '../../model';

/**
 * Internal: whether `value` is portable JSON as `canonicalJson` accepts it (finite numbers,
 * portable strings and keys, arrays without holes or `undefined`, plain objects, no unsafe key,
 * at most `maxJsonDepth` deep, hence no cycle), in one walk that allocates nothing: the bulk
 * path of a result store checks a close's values with it, and calls `canonicalJson` (which names
 * the path of the fault) only when it answers `false`. With `strings: false` it leaves strings
 * and keys unchecked, for a caller that checks them on the JSON text (see `bulkPut`).
 */
export function isPortableJson(value: unknown, strings = true, depth = 1): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'string':
      return !strings || isPortableText(value);
    case 'object':
      break;
    default:
      return false;
  }
  if (depth > INPUT_LIMITS.maxJsonDepth) return false;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (item === undefined || !isPortableJson(item, strings, depth + 1)) return false;
    }
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key of Object.keys(value)) {
    if (isUnsafeKey(key) || (strings && !isPortableText(key))) return false;
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined && !isPortableJson(item, strings, depth + 1)) return false;
  }
  return true;
}
