import { isUnsafeKey } from '../../../_lib/guards';

/** Whether `id` is surely a valid `EntityId`: non-empty ASCII without NUL, not a prototype key. */
export function plainId(id: unknown): id is string {
  if (typeof id !== 'string' || id.length === 0) return false;
  for (let i = 0; i < id.length; i += 1) {
    const c = id.charCodeAt(i);
    if (c === 0 || c > 0x7e) return false;
  }
  return !isUnsafeKey(id);
}

/**
 * `value` as a record when it is a plain object (prototype `Object.prototype`) whose own
 * enumerable keys are all in `allowed` and include every key of `required`; else `undefined`.
 * The hand checks of the common shapes start here; anything else goes to the schema.
 */
export function plainRecord(
  value: unknown,
  allowed: ReadonlySet<string>,
  required: number,
): Record<string, unknown> | undefined {
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.getPrototypeOf(value) !== Object.prototype
  )
    return undefined;
  const keys = Object.keys(value);
  if (keys.length < required) return undefined;
  for (const key of keys) if (!allowed.has(key)) return undefined;
  return value as Record<string, unknown>;
}
