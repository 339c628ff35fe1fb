/** Keys that must never be read from or written to user-given objects by name. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True when `key` could reach an object's prototype chain. */
export function isUnsafeKey(key: string): boolean {
  return UNSAFE_KEYS.has(key);
}

/** Own, enumerable property lookup that never walks the prototype chain. */
export function ownValue(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** The first own key of `record` that could reach the prototype chain, if any. */
export function findUnsafeOwnKey(record: object): string | undefined {
  for (const key of UNSAFE_KEYS) if (Object.hasOwn(record, key)) return key;
  return undefined;
}
